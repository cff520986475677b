/**
 * A tiny stand-in for the analyzer and the lookup service, so the vocabulary's tests pin its own
 * behaviour: words are runs of letters (an elision keeps its apostrophe), lemmas come from a table.
 */
import { NotAWordError } from '../../server/errors.ts';
import type { Upos } from '../../server/core/lexicon/lefff-tags.ts';
import type { Analyzer } from '../../server/lexicon/analyzer.ts';
import type { LookupRequest, LookupResponse } from '../../server/schemas.ts';
import type { WordsService } from '../../server/words/words-service.ts';

const LEXICON: Record<string, { lemma: string; upos: string; features?: Record<string, string>; gloss?: string }> = {
  'opère': { lemma: 'opérer', upos: 'VERB', features: { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Sing' }, gloss: 'operate' },
  'opéré': { lemma: 'opérer', upos: 'VERB', features: { VerbForm: 'Part', Tense: 'Past' }, gloss: 'operate' },
  virage: { lemma: 'virage', upos: 'NOUN', features: { Gender: 'Masc', Number: 'Sing' }, gloss: 'turn' },
  'l’': { lemma: 'le', upos: 'DET' },
  'Occident': { lemma: 'Occident', upos: 'PROPN' },
  a: { lemma: 'avoir', upos: 'AUX', gloss: 'have' },
  il: { lemma: 'il', upos: 'PRON', gloss: 'he' },
  un: { lemma: 'un', upos: 'DET', gloss: 'a' },
};

const WORD = /[\p{L}]+’?|\d+|[^\s\p{L}\d]/gu;

function tokens(text: string) {
  return [...text.matchAll(WORD)].map((m) => {
    const form = m[0];
    const known = LEXICON[form] ?? LEXICON[form.toLowerCase()];
    const upos = known?.upos ?? (/^\d/.test(form) ? 'NUM' : /^\p{L}/u.test(form) ? 'NOUN' : 'PUNCT');
    return { start: m.index!, end: m.index! + form.length, lemma: known?.lemma ?? form.toLowerCase(), upos, features: known?.features, gloss: known?.gloss };
  });
}

export const fakeAnalyzer: Analyzer = {
  analyze: async (text) => tokens(text).map(({ gloss: _, features, ...t }) => ({ ...t, upos: t.upos as Upos, ...(features ? { features } : {}) })),
  dispose: () => undefined,
};

/** Looks the word up; `inTranslation` is the first place its gloss's first 4 letters appear in the translation. */
async function lookup({ text, offset, translation }: LookupRequest): Promise<LookupResponse> {
  const token = tokens(text).find((t) => t.start <= offset && offset < t.end);
  if (!token || token.upos === 'PUNCT' || token.upos === 'NUM') throw new NotAWordError(offset, text.length);
  const at = token.gloss && translation ? translation.indexOf(token.gloss.slice(0, 4)) : -1;
  return {
    token: { start: token.start, end: token.end }, lemma: token.lemma, upos: token.upos, features: token.features ?? {},
    glosses: token.gloss ? [{ text: token.gloss, pos: token.upos }, { text: 'other', pos: 'X' }] : [],
    inTranslation: at >= 0 ? [{ start: at, end: translation!.indexOf(' ', at) }] : [],
  };
}

export const fakeWords: WordsService = { lookup, align: async () => ({ links: [] }), warm: async () => undefined };

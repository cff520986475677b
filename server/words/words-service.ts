/**
 * The words service: what a French word is and what it became in the translation
 * (POST /api/lookup), and the word alignment behind it (POST /api/word-align). The dictionary
 * arrives on its own (downloaded on first use); until it does, answers carry no glosses and say why.
 *
 * @example
 * const words = createWordsService({ dictionary: createDictionarySource(config), readings, analyze });
 * await words.lookup({ text: 'Il opère.', offset: 4 })
 */
import type { DictionarySource } from '../assets/dictionary.ts';
import type { AnalyzedToken, LexiconLookup } from '../core/lexicon/analysis.ts';
import type { LookupRequest, LookupResponse, WordAlignResponse } from '../schemas.ts';
import { createAligner, type Aligner } from './aligner.ts';
import { lookupWord } from './lookup.ts';
import { recent } from './recent.ts';
import { wordLexicon, type WordLexicon } from './word-lexicon.ts';

export interface WordsDeps {
  dictionary: DictionarySource;
  /** Every Lefff reading of a form. */
  readings: LexiconLookup;
  /** Lemma, part of speech and features of every token of a French text. */
  analyze: (text: string) => readonly AnalyzedToken[] | Promise<readonly AnalyzedToken[]>;
}

export interface WordsService {
  lookup(request: LookupRequest): Promise<LookupResponse>;
  /** Links between the whitespace-separated tokens of a French `source` and an English `target`. */
  align(source: string, target: string): Promise<WordAlignResponse>;
  /** Loads the dictionary now (or starts its download), so the first lookup does not wait for it. */
  warm(): Promise<void>;
}

const tokens = (text: string): string[] => text.split(/\s+/).filter(Boolean);
/** Sentences (and sentence pairs) whose analysis (and alignment) a service keeps. */
const RECENT = 64;

export function createWordsService(deps: WordsDeps): WordsService {
  let ready: { lexicon: WordLexicon; align: Aligner } | undefined;
  let bare: Aligner | undefined;
  const analyses = recent(RECENT, (text) =>
    Promise.resolve(deps.analyze(text)).catch((error: unknown) => {
      analyses.forget(text);
      throw error;
    }),
  );
  const analyze = (text: string) => analyses.get(text);
  /** The aligner, with the alignments of the last sentence pairs kept. */
  const remembered = (align: Aligner): Aligner => {
    const links = recent(RECENT, (key) => {
      const [source, target] = JSON.parse(key) as [string[], string[]];
      return align(source, target);
    });
    return (source, target) => links.get(JSON.stringify([source, target]));
  };

  /** The dictionary's lexicon and aligner once it has loaded, or why there is none yet. */
  async function resources(): Promise<{ lexicon?: WordLexicon; align: Aligner; unavailable?: string }> {
    if (ready) return ready;
    const state = await deps.dictionary.load();
    if (state.state === 'ready') {
      const lexicon = wordLexicon(state.dictionary);
      ready = { lexicon, align: remembered(createAligner(lexicon, deps.readings)) };
      return ready;
    }
    bare ??= remembered(createAligner(undefined, deps.readings));
    return { align: bare, unavailable: state.reason };
  }

  return {
    async lookup(request) {
      const { lexicon, align, unavailable } = await resources();
      return lookupWord(request, { lexicon, align, analyze, unavailable });
    },
    async align(source, target) {
      const { align } = await resources();
      return { links: align(tokens(source), tokens(target)) };
    },
    async warm() {
      await resources();
    },
  };
}

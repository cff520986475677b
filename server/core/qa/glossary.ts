/**
 * Glossary terms not used: the French of a pinned term occurs in the source of a link but its
 * English is not in the draft. Both sides are matched word by word, tolerant of case, accents,
 * plurals and simple English inflections (`government` matches `governments`, `ban` `banned`).
 *
 * @example glossaryRule([{ source: 'député', target: 'MP' }])(pair)[0].params // { term: 'député', target: 'MP' }
 */
import type { Flag, GlossaryTerm } from './flag.ts';
import { type Pair, type Word, fold, wordsIn } from './pair.ts';

/** A French word with its plural and feminine endings removed. */
export function frenchStem(word: string): string {
  return fold(word).replace(/(?:e?s|x|e)$/, '');
}

/** Irregular English plurals, as their singular. */
const IRREGULAR: Record<string, string> = { children: 'child', women: 'woman', men: 'man', people: 'person', feet: 'foot', teeth: 'tooth', mice: 'mouse', lives: 'life', wives: 'wife' };

/** An English word with its plural, past and progressive endings removed. */
export function englishStem(word: string): string {
  const w = IRREGULAR[fold(word)] ?? fold(word);
  if (w.length <= 3) return w.replace(/([^s])s$/, '$1');
  return w
    .replace(/ies$/, 'y')
    .replace(/(ss|x|ch|sh)es$/, '$1')
    .replace(/([^s])s$/, '$1')
    .replace(/(..)(?:ed|ing)$/, '$1')
    .replace(/(.)\1$/, '$1')
    .replace(/e$/, '');
}

/** Where the term's words occur in order, as consecutive words. */
function find(words: Word[], term: string, stem: (w: string) => string): Word[] | undefined {
  const wanted = (term.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(stem);
  if (!wanted.length) return undefined;
  const stems = words.map((w) => stem(w.text));
  for (let i = 0; i + wanted.length <= stems.length; i++) {
    if (wanted.every((w, k) => stems[i + k] === w)) return words.slice(i, i + wanted.length);
  }
  return undefined;
}

/** The glossary rule for a list of terms. */
export function glossaryRule(glossary: readonly GlossaryTerm[]) {
  return (pair: Pair): Flag[] => {
    if (!pair.source || !pair.draft || !glossary.length) return [];
    const sourceWords = wordsIn(pair.sourceText, pair.source);
    const draftWords = wordsIn(pair.draftText, pair.draft);
    const flags: Flag[] = [];
    for (const term of glossary) {
      const found = find(sourceWords, term.source, frenchStem);
      if (!found || find(draftWords, term.target, englishStem)) continue;
      flags.push({
        rule: 'glossary',
        severity: 'warning',
        link: pair.link,
        message: `The glossary translates “${term.source}” as “${term.target}”: use it in the draft.`,
        params: { term: term.source, target: term.target },
        source: { start: found[0]!.start, end: found.at(-1)!.end },
      });
    }
    return flags;
  };
}

/**
 * Source text the draft does not render: a source sentence linked to nothing (1-0, an error); in a
 * link of several source sentences, one that nothing in the draft translates (a warning: aligners
 * often fold a dropped sentence into its neighbour's link); or a link whose draft is far shorter
 * than its source (a warning: part of it may be gone).
 *
 * The bounds come from the 6 003 sentence pairs of newstest2012 and newstest2013 (French source,
 * English reference): len(en)/len(fr) has median 0.883, 0.1 % of pairs fall below 0.357 and
 * 0.1 % above 1.833; over sources of 60 characters or more (5 041 pairs) the 0.1 % quantiles are
 * 0.417 and 1.533. Short sentences vary too much to judge.
 *
 * @example checkOmission({ link: 4, sourceText, draftText, source: { start: 0, end: 40 } })[0].severity // 'error'
 */
import type { Flag } from './flag.ts';
import { draftIndex, sentenceCoverage } from './coverage.ts';
import type { Pair } from './pair.ts';

/** Below this ratio of draft to source length, on a long enough source, something is missing. */
export const MIN_LENGTH_RATIO = 0.4;
/** Sources shorter than this (characters) are not judged by length. */
export const MIN_JUDGED_LENGTH = 60;

/**
 * In a link of several source sentences, one with at least this many words the dictionary or a
 * cognate could find, of which less than this share is found, reads as dropped.
 */
export const MIN_KNOWN_WORDS = 3;
export const MIN_COVERAGE = 0.1;

export function checkOmission(pair: Pair): Flag[] {
  if (!pair.source) return [];
  if (!pair.draft) {
    return [{ rule: 'omission', severity: 'error', link: pair.link, message: 'This source sentence has no translation in the draft: translate it.', source: { ...pair.source } }];
  }
  const dropped = (pair.sourceSentences ?? []).find((span) => {
    const { known, matched } = sentenceCoverage(pair.sourceText, span, draftIndex(pair.draftText, pair.draft!), pair.dictionary);
    return known >= MIN_KNOWN_WORDS && matched / known < MIN_COVERAGE;
  });
  if (dropped) {
    return [
      {
        rule: 'omission',
        severity: 'warning',
        link: pair.link,
        message: 'Nothing in the draft seems to translate this source sentence: check that it was not left out.',
        source: { ...dropped },
        draft: { ...pair.draft },
      },
    ];
  }
  const sourceLength = pair.source.end - pair.source.start;
  const ratio = (pair.draft.end - pair.draft.start) / sourceLength;
  if (sourceLength < MIN_JUDGED_LENGTH || ratio >= MIN_LENGTH_RATIO) return [];
  return [
    {
      rule: 'omission',
      severity: 'warning',
      link: pair.link,
      message: `The draft is ${Math.round(ratio * 100)} % as long as the source here: check that nothing was left out.`,
      params: { ratio: Math.round(ratio * 100) / 100 },
      source: { ...pair.source },
      draft: { ...pair.draft },
    },
  ];
}

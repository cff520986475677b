/**
 * Draft text with no source behind it: a draft sentence linked to nothing (0-1).
 *
 * @example checkAddition({ link: 1, sourceText, draftText, draft: { start: 10, end: 30 } })[0].severity // 'warning'
 */
import type { Flag } from './flag.ts';
import type { Pair } from './pair.ts';

export function checkAddition(pair: Pair): Flag[] {
  if (pair.source || !pair.draft) return [];
  return [{ rule: 'addition', severity: 'warning', link: pair.link, message: 'This draft sentence has no source sentence: check that it belongs.', draft: { ...pair.draft } }];
}

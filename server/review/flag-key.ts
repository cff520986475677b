/**
 * The key a dismissed flag is remembered by: its rule, the sentence indexes of its link, and its
 * offsets counted from the start of the link on each side. Counting from the link rather than the
 * text keeps the key when the draft is edited in another sentence; the sentence indexes keep it
 * apart from the same flag on another link.
 *
 * @example flagKey({rule: 'number', link: 0, source: {start: 14, end: 17}}, alignment) // 'number|s2|d2|4-7|'
 */
import type { AlignResponse, SentenceSpan } from '../schemas.ts';

export interface KeyedFlag {
  rule: string;
  link: number;
  source?: SentenceSpan;
  draft?: SentenceSpan;
}

function relative(span: SentenceSpan | undefined, from: number): string {
  return span ? `${span.start - from}-${span.end - from}` : '';
}

export function flagKey(flag: KeyedFlag, alignment: AlignResponse): string {
  const link = alignment.links[flag.link] ?? { source: [], draft: [] };
  const sourceStart = alignment.source[link.source[0] ?? -1]?.start ?? 0;
  const draftStart = alignment.draft[link.draft[0] ?? -1]?.start ?? 0;
  return [flag.rule, `s${link.source.join('.')}`, `d${link.draft.join('.')}`, relative(flag.source, sourceStart), relative(flag.draft, draftStart)].join('|');
}

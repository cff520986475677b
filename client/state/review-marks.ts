/**
 * What a sentence of the review shows marked: the glossary terms it holds and the stretches a QA
 * flag points at, as pieces of its text in order (so the view renders text, never markup).
 *
 * @example pieces('Le PIB a crû.', 0, [{ start: 3, end: 6, kind: 'term' }]) // ['Le ', {text:'PIB', kind:'term'}, ' a crû.']
 */
import type { GlossaryTerm } from './review-api.ts';

export type MarkKind = 'term' | 'flag';

/** A stretch of a whole text (source or draft), in UTF-16 offsets. */
export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** The term's note or target, or the flag's message: said on hover and to screen readers. */
  title?: string;
}

export type Piece = string | { text: string; kind: MarkKind; title?: string };

const WORD = /[\p{L}\p{N}]/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where each term occurs in a text, as whole words, ignoring case (`PIB` in `le PIB,`, not in
 * `PIBs`); `side` picks the French term or its English. Longer terms win where two overlap.
 */
export function termMarks(text: string, terms: readonly GlossaryTerm[], side: 'source' | 'target'): Mark[] {
  const marks: Mark[] = [];
  const sorted = [...terms].filter((t) => t[side].trim()).sort((a, b) => b[side].length - a[side].length);
  const taken = (start: number, end: number) => marks.some((m) => start < m.end && m.start < end);
  for (const term of sorted) {
    const pattern = new RegExp(escape(term[side].trim()), 'giu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (WORD.test(text[start - 1] ?? '') || WORD.test(text[end] ?? '') || taken(start, end)) continue;
      const title = side === 'source' ? [term.target, term.note].filter(Boolean).join(' — ') : term.source;
      marks.push({ start, end, kind: 'term', title });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

/**
 * The text of `[start, end)` of a whole text cut into plain pieces and marked ones. Marks are
 * offsets into the whole text; overlapping marks yield to the one that starts first.
 */
export function pieces(text: string, start: number, end: number, marks: readonly Mark[]): Piece[] {
  const out: Piece[] = [];
  let at = start;
  const inside = marks.filter((m) => m.end > start && m.start < end).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mark of inside) {
    const from = Math.max(mark.start, at);
    const to = Math.min(mark.end, end);
    if (from >= to) continue;
    if (from > at) out.push(text.slice(at, from));
    out.push({ text: text.slice(from, to), kind: mark.kind, ...(mark.title ? { title: mark.title } : {}) });
    at = to;
  }
  if (at < end) out.push(text.slice(at, end));
  return out;
}

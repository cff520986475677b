/**
 * Paragraph spans of plain text: blocks separated by blank lines, and inside a block the lines that
 * stand as units of their own (a byline over a dateline, a headline, list items, dialogue, one
 * paragraph per line as pasted from a web page). Lines wrapped inside a paragraph are joined.
 */
import { UNIT_END } from './punctuation.ts';
import { skipSpace, trimEnd, type Span } from './sentences.ts';

/** A list item's marker: a dash or bullet, a number (`1.`, `12)`) or a letter (`a)`). */
const LIST_START = /^[-–—•*·▪►]|^\d{1,3}[.)]\s|^[a-z]\)\s/;
const LOWER_START = /^\p{Ll}/u;
/** Words a French line never ends with unless the sentence goes on (`… par une` ⏎ `Union …`). */
const DANGLING = /(?:^|\s)(?:le|la|les|un|une|des|du|de|d’|d'|l’|l'|et|ou|à|au|aux|en|par|pour|sur|avec|dans|que|qui|dont|ne|se|sa|son|ses|ce|cette|ces)$|[,(«]$/iu;

interface Line extends Span {
  text: string;
}

function linesOf(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let lineStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      const s = skipSpace(text, lineStart, i);
      const e = trimEnd(text, s, i);
      if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e) });
      lineStart = i + 1;
    }
  }
  return lines;
}

/** A block wrapped at a fixed width: several lines, most of them close to the longest. */
function looksWrapped(lines: Line[]): boolean {
  if (lines.length < 3) return false;
  const widths = lines.slice(0, -1).map((l) => l.text.length);
  // A loop, not Math.max(...widths): a spread of 100 000 lines overflows the stack.
  const widest = widths.reduce((a, b) => Math.max(a, b), 0);
  if (widest > 120 || widest < 30) return false;
  return widths.filter((w) => w >= widest * 0.7).length >= widths.length * 0.75;
}

function continues(previous: Line, next: Line, wrapped: boolean): boolean {
  if (LIST_START.test(next.text)) return false;
  if (wrapped) return true;
  if (UNIT_END.test(previous.text)) return false;
  return LOWER_START.test(next.text) || DANGLING.test(previous.text);
}

/**
 * @example splitParagraphs('Titre\n\nPar Jean Dupont\n3 juin 2021') // three spans
 */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const blockBreak = /\n[ \t\u00a0\u202f\r]*\n/g;
  let blockStart = 0;
  const blocks: Span[] = [];
  for (const match of text.matchAll(blockBreak)) {
    blocks.push({ start: blockStart, end: match.index });
    blockStart = match.index + 1;
  }
  blocks.push({ start: blockStart, end: text.length });
  for (const block of blocks) {
    const lines = linesOf(text, block.start, block.end);
    if (lines.length === 0) continue;
    const wrapped = looksWrapped(lines);
    let current: Span = { start: lines[0]!.start, end: lines[0]!.end };
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (continues(lines[i - 1]!, line, wrapped)) {
        current.end = line.end;
      } else {
        paragraphs.push(current);
        current = { start: line.start, end: line.end };
      }
    }
    paragraphs.push(current);
  }
  return paragraphs;
}

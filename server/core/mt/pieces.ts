/**
 * Pieces of an over-long sentence for the model: Marian reads at most 512 tokens and translates
 * long inputs badly, so a sentence without punctuation (a transcript, a list) is cut at clause
 * marks, else at spaces, into pieces the model can take; their translations are joined again.
 */

const CLAUSE_END = /[,;:)\]»–—]\s/gu;

/**
 * @example splitLongSentence('a, b c', 3) // ['a,', 'b c']
 */
export function splitLongSentence(text: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > maxChars) {
    const window = rest.slice(0, maxChars + 1);
    let cut = -1;
    for (const match of window.matchAll(CLAUSE_END)) {
      if (match.index >= maxChars / 3) cut = match.index + 1;
    }
    if (cut === -1) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = maxChars;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

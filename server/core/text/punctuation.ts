/**
 * Sentence-final punctuation as French typography writes it: the stop, then any closing quotes,
 * brackets and the spaces French puts before them.
 */

/** Closing quotes, brackets and spaces that may follow a final stop. */
const CLOSING = `["'»”’)\\]\\s\\u00a0\\u202f]*`;

/** Text that ends a sentence: `.`, `!`, `?` or `…`, then any closing marks. */
export const FINAL_STOP = new RegExp(`[.!?…]${CLOSING}$`, 'u');

/** Text that ends a unit of prose: a final stop, or a colon or semicolon introducing what follows. */
export const UNIT_END = new RegExp(`[.!?…:;]${CLOSING}$`, 'u');

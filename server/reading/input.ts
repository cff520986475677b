/**
 * Checks a text before any work is done on it, so bad input gets a clear error and nothing else.
 */
import { BadRequestError, TextTooLongError } from '../errors.ts';

// C0 controls other than tab, newline, carriage return and form feed do not occur in real text.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * @example checkText('Bonjour.', 1000) // passes
 * @example checkText('', 1000)         // throws EMPTY_TEXT
 */
export function checkText(text: string, maxChars: number): void {
  if (text.trim() === '') {
    throw new BadRequestError('The text is empty: paste or drop a French article.', 'EMPTY_TEXT');
  }
  if (text.length > maxChars) throw new TextTooLongError(maxChars, text.length);
  const controls = text.match(CONTROL)?.length ?? 0;
  const replaced = text.match(/\ufffd/g)?.length ?? 0;
  if (controls > 0 || replaced > Math.max(3, text.length / 200)) {
    throw new BadRequestError(
      controls > 0
        ? 'This looks like a binary file, not text: send a plain-text or HTML article.'
        : 'This text is not valid UTF-8 (it holds many � characters): save the file as UTF-8 and try again.',
      'BINARY_TEXT',
    );
  }
}

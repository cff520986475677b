/**
 * The text of a downloaded page. Its bytes are decoded with the charset its byte-order mark, its
 * Content-Type or its `<meta charset>` (or XML declaration) names; without one, as UTF-8 when they
 * are valid UTF-8, else as windows-1252: French pages are often latin-1, which browsers read as
 * windows-1252 (the same letters, plus the typographic quotes and the œ latin-1 lacks).
 *
 * @example decodePage(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/plain') // 'café'
 */

const HEADER_CHARSET = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;
/** `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w.:]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([-\w.:]+)/i;
/** Browsers look for the meta charset in the first 1024 bytes; pages that put it later exist. */
const SNIFF_BYTES = 4096;

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** The encoding a label names (`latin1` → `windows-1252`), if this runtime can decode it. */
function encodingOf(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** What windows-1252 has at 0x80–0x9F, where latin-1 has control characters (WHATWG's index). */
const C1_LETTERS = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * windows-1252 by hand: Node's TextDecoder reads it as latin-1 since 20.18.3 (nodejs/node#60888),
 * which turns the ’ « œ € of a French page into control characters.
 */
function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (ch) => C1_LETTERS[ch.charCodeAt(0) - 0x80]!);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  return BOMS.find(([bom]) => bom.every((byte, i) => bytes[i] === byte))?.[1];
}

/** The encoding the page's markup declares. */
function declaredInMarkup(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  const encoding = encodingOf(XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1]);
  // Markup readable as ASCII is not UTF-16, whatever it says (the HTML standard's rule).
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding;
}

export function decodePage(bytes: Uint8Array, contentType = ''): string {
  const declared = bomEncoding(bytes) ?? encodingOf(HEADER_CHARSET.exec(contentType)?.[1]) ?? declaredInMarkup(bytes);
  if (declared === 'windows-1252') return windows1252(bytes);
  if (declared && declared !== 'utf-8') return new TextDecoder(declared).decode(bytes);
  // Bytes that are not valid UTF-8 were not written as UTF-8, even when a server says they were
  // (a default charset on every response is common); latin-1 is then by far the likeliest.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

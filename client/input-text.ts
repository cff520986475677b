/**
 * What the user put in the input box, recognised before it is read: a web address to import, or
 * HTML markup to turn into the French it holds (the reader should see French, not tags).
 *
 * @example singleUrl(' https://www.lemonde.fr/a.html ') // 'https://www.lemonde.fr/a.html'
 * @example looksLikeMarkup('<p>Bonjour.</p><p>Au revoir.</p>') // true
 */

/** The address when the whole text is one http(s) URL; undefined for anything else. */
export function singleUrl(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/^https?:\/\/\S+$/i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const DOCUMENT_START = /^(?:\ufeff)?(?:<!doctype html|<html[\s>])/i;
const CLOSING_TAG = /<\/[a-z][a-z0-9]*\s*>|<br\s*\/?>/i;

/**
 * Pasted or opened markup: it starts with a tag and closes one. Prose that merely mentions a tag
 * ("Le texte <b>gras</b>") starts with a word, and stays as typed.
 */
export function looksLikeMarkup(text: string): boolean {
  const trimmed = text.trimStart();
  return DOCUMENT_START.test(trimmed) || (trimmed.startsWith('<') && CLOSING_TAG.test(trimmed));
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
// Node's numeric types, not the `Node` global: the same code runs on a server-side DOM in tests.
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'button', 'select', 'textarea', 'head']);

/**
 * The text of some markup, one paragraph per block element, through the browser's inert parser
 * (DOMParser runs no script and loads no image). The fallback when the server cannot extract it.
 */
export function markupToText(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  const parts: string[] = [''];
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      parts[parts.length - 1] += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as Element).localName;
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) parts.push('');
    node.childNodes.forEach(walk);
    if (block) parts.push('');
  };
  walk(doc.body);
  return parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

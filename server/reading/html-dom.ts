/**
 * What the HTML extraction steps share: node types, the elements that make blocks, the characters
 * a page shows as nothing, and a walk over the DOM without recursion (deep pages would overflow
 * the stack).
 */
import type { ParagraphKind } from '../schemas.ts';

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;
/** Elements whose text is no prose, or is navigation wherever it stands. */
export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'select', 'textarea', 'button', 'nav']);
/** Elements that start and end a paragraph of their own (the HTML block elements). */
export const BLOCK = new Set(
  `address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption figure footer form
  h1 h2 h3 h4 h5 h6 header hgroup hr li main menu ol p pre section summary table tbody td tfoot th thead tr ul`.split(/\s+/),
);
export const BLOCK_KIND: Record<string, ParagraphKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'item', figcaption: 'caption', caption: 'caption',
};
/** Characters a browser shows as nothing, which would only break words for the model. */
export const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
/** HTML collapses ASCII whitespace only: a no-break space before `»` or `?` is the text's own. */
export const HTML_SPACE = /[ \t\n\r\f]+/g;
/** What separates a byline from its date on one line (`Par X · <time>`), left at the cut. */
export const SEPARATOR = /[\s·•|/,–—-]/u;
export const SEPARATORS_START = /^[\s·•|/,–—-]+/u;
/** A signature block in French markup, which Readability's English cues (`byline`, `author`) miss. */
export const SIGNATURE_CLASS = /(?:^|[^a-z])(?:auteurs?|signatures?|redacteurs?|rédacteurs?)(?:$|[^a-z])/i;
/** Bounds on the candidates read for the headline, the signature and the related lists, so that a
 * page holding thousands of them costs a fixed number of subtree reads. */
export const MAX_CANDIDATES = 10;
/** A byline's first word, alone when Readability took the name out of its line. */
export const BYLINE_LEAD = /^(?:par|de|by)$/i;
export const BYLINE_START = /^(?:par|de|by)\s/i;
/** Head lines found among the first paragraphs already stand in the text. */
export const HEAD_WINDOW = 5;
/** A date as a page shows it: a year, a numeric day and month, or a month's name. */
export const SHOWN_DATE = /\d{4}|\d{1,2}[./]\d{1,2}|(?<!\p{L})(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)/iu;
export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export const clean = (s: string | null | undefined): string => (s ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
export const collapse = (s: string): string => s.replace(HTML_SPACE, ' ').trim();

/**
 * Visits the nodes under `root` in document order, without recursion (pages nest thousands deep):
 * `enter` returns true to visit an element's children, and `leave` then follows them. `enter`
 * returning null stops the walk.
 */
export function walk(root: Node, enter: (node: Node) => boolean | null, leave: (element: Element) => void = () => {}): void {
  let node: Node | null = root.firstChild;
  while (node) {
    const descend = enter(node);
    if (descend === null) return;
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) leave(node as Element);
    while (!node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return;
      leave(node as Element);
    }
    node = node.nextSibling;
  }
}

/** The text of `element` if short: null past `maxChars`, or past `maxNodes` nodes however empty. */
export function shortText(element: Node, maxChars: number, maxNodes = 200): string | null {
  let text = '';
  let nodes = 0;
  let tooLong = false;
  walk(element, (node) => {
    // Measured before it is read: a huge text node must cost nothing to the many calls it fails.
    const data = node.nodeType === TEXT_NODE ? (node as Text).data : '';
    if (++nodes > maxNodes || text.length + data.length > 4 * maxChars) {
      tooLong = true;
      return null;
    }
    text += data;
    return node.nodeType === ELEMENT_NODE && !SKIP.has((node as Element).localName);
  });
  const result = clean(text);
  return tooLong || result.length > maxChars ? null : result;
}

export const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

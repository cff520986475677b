/**
 * The text nodes of an HTML fragment or page, to translate one by one and write back: the markup,
 * attributes included, stays as it was (linkedom serialises it again, so quoting may be normalised).
 */
import { parseHTML } from 'linkedom';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Elements whose text is code, style or not shown: never translated. */
const KEEP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea']);
const DOCUMENT = /^\s*(?:<!doctype[^>]*>\s*)?<html[\s>]/i;

interface Node {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<Node>;
  textContent: string | null;
}

export interface HtmlText {
  /** The text of each node with something to read, in document order. */
  texts: string[];
  /** The HTML with each of those nodes' text replaced, in the same order. */
  write(translations: readonly string[]): string;
}

/**
 * @example
 * const page = htmlText('<p>Il part. <b>Vite</b></p>');
 * page.texts; // ['Il part. ', 'Vite']
 * page.write(['He leaves. ', 'Fast']); // '<p>He leaves. <b>Fast</b></p>'
 */
export function htmlText(html: string): HtmlText {
  const whole = DOCUMENT.test(html);
  const { document } = parseHTML(whole ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const root = (whole ? document.documentElement : document.body) as unknown as Node;
  const nodes: Node[] = [];
  // An explicit stack: deep markup must not overflow the call stack.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      if ((node.textContent ?? '').trim() !== '') nodes.push(node);
    } else if (node.nodeType === ELEMENT_NODE && !KEEP.has(node.nodeName.toLowerCase())) {
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    }
  }
  return {
    texts: nodes.map((n) => n.textContent ?? ''),
    write(translations) {
      nodes.forEach((node, i) => {
        node.textContent = translations[i] ?? node.textContent;
      });
      return whole ? document.toString() : (document.body as unknown as { innerHTML: string }).innerHTML;
    },
  };
}

/**
 * HTML input: tells an HTML page from text that merely mentions a tag, and extracts the article
 * (Mozilla Readability on linkedom's server-side DOM) as plain text, one paragraph per block:
 * the headline, the byline, headings, paragraphs, list items and captions.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const DOCUMENT_START = /^\s*(?:\ufeff)?(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const DOCTYPE = /^\s*(?:\ufeff)?<!doctype[^>]*>/i;
// `[^<>]*`, not `[^>]*`: an unclosed tag must not make every later match rescan to the end.
const BLOCK_TAG = /<(?:p|div|h[1-6]|article|section|li|figcaption|blockquote|br)\b[^<>]*>/gi;
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,figcaption,blockquote,pre,dt,dd,td,th';

/**
 * A page, not prose: it starts like an HTML document, or block tags are a large part of it.
 *
 * @example looksLikeHtml('<p>Un</p><p>Deux</p><p>Trois</p><p>Quatre</p><p>Cinq</p>') // true
 * @example looksLikeHtml('Le texte <b>gras</b> reste du texte.')                      // false
 */
export function looksLikeHtml(text: string): boolean {
  if (DOCUMENT_START.test(text)) return true;
  const tags = text.match(BLOCK_TAG) ?? [];
  return tags.length >= 5 && tags.join('').length * 20 >= text.length;
}

export interface ExtractedArticle {
  title: string;
  byline: string;
  /** Plain text: paragraphs separated by blank lines. */
  text: string;
}

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of block elements that hold no other block, in document order. */
function blockTexts(root: Element): string[] {
  const texts: string[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    if (element.querySelector(BLOCKS)) continue;
    const text = clean(element.textContent);
    if (text) texts.push(text);
  }
  return texts;
}

/** Returns null when the page holds no readable article. */
export function extractArticle(html: string): ExtractedArticle | null {
  let { document } = parseHTML(html);
  // linkedom builds no <html> root for a doctype followed by bare text or a lone element, and
  // Readability then throws: read what follows the doctype as the body.
  if (document.documentElement?.localName !== 'html' || !document.body) {
    document = parseHTML(`<!doctype html><html><body>${html.replace(DOCTYPE, '')}</body></html>`).document;
  }
  const parsed = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  if (!parsed?.content) return null;
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const paragraphs = blockTexts(content.body as unknown as Element);
  const title = clean(parsed.title);
  const byline = clean(parsed.byline);
  const head = [title, byline].filter((line) => line && !paragraphs.slice(0, 3).includes(line));
  const text = [...head, ...paragraphs].join('\n\n');
  return text ? { title, byline, text } : null;
}

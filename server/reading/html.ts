/**
 * HTML input: tells an HTML page from text that merely mentions a tag, and extracts the article
 * (Mozilla Readability on linkedom's server-side DOM) as plain text, one paragraph per block.
 *
 * Nothing of the article is lost: every text node of Readability's content lands in exactly one
 * paragraph, in document order, a block's own text before, between and after its child blocks
 * included (Readability turns `<p><font>…<br><br>…` into blocks nested in a block). What the site
 * adds around the article (related-article lists, `À lire aussi` promotions) is dropped before it
 * becomes text. The headline is the page's `<h1>` when `<title>` also carries the site's name, and
 * the page's `<time>` of publication is kept as the dateline. Every step is linear in the page.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { MarkedParagraph } from '../core/text/article.ts';
import type { ParagraphKind } from '../schemas.ts';
import { BYLINE_LEAD, BYLINE_START, HEAD_WINDOW, clean } from './html-dom.ts';
import { chooseTitle, dropRelatedLists, frenchDate, readPage } from './page-facts.ts';
import { type RawParagraph, paragraphsOf } from './html-paragraphs.ts';

const DOCUMENT_START = /^\s*(?:\ufeff)?(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const DOCTYPE = /^\s*(?:\ufeff)?<!doctype[^>]*>/i;
// `[^<>]*`, not `[^>]*`: an unclosed tag must not make every later match rescan to the end.
const BLOCK_TAG = /<(?:p|div|h[1-6]|article|section|li|figcaption|blockquote|br)\b[^<>]*>/gi;

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
  /** The date of publication as the page's `<time>` gives it (its text, or its `datetime`), or ''. */
  dateline: string;
  /** Plain text: paragraphs separated by blank lines; list items open with `• ` or their number. */
  text: string;
  /**
   * Every paragraph of `text` with the kind its markup gives it: the title, byline and dateline,
   * `heading` (`<h1>`–`<h6>`), `item` (`<li>`), `caption` (`<figcaption>`), else `body`. For
   * `segmentArticle(text, paragraphs)`, which trusts markup over the text's own cues.
   */
  paragraphs: MarkedParagraph[];
}

/**
 * The paragraphs of an HTML fragment with the kind their markup gives them, every text node of it in
 * exactly one, in document order (promotions of other articles aside).
 *
 * @example htmlParagraphs('<p><font>Un.<br><br>Deux.</font><p>Trois.</p>Quatre.</p>').map((p) => p.text)
 * // ['Un.', 'Deux.', 'Trois.', 'Quatre.']
 */
export function htmlParagraphs(fragment: string): { text: string; kind: ParagraphKind }[] {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  return paragraphsOf(document.body as unknown as Element, null).paragraphs.map(({ text, kind }) => ({ text, kind }));
}

/**
 * Returns null when the page holds no readable article.
 *
 * @example extractArticle('<html><body><article><h1>Titre</h1><p>Un texte…</p></article></body></html>')
 * // {title: 'Titre', byline: '', dateline: '', text: 'Titre\n\nUn texte…', paragraphs: [{start: 0, end: 5, kind: 'title'}, …]}
 */
export function extractArticle(html: string): ExtractedArticle | null {
  let { document } = parseHTML(html);
  // linkedom builds no <html> root for a doctype followed by bare text or a lone element, and
  // Readability then throws: read what follows the doctype as the body.
  if (document.documentElement?.localName !== 'html' || !document.body) {
    document = parseHTML(`<!doctype html><html><body>${html.replace(DOCTYPE, '')}</body></html>`).document;
  }
  dropRelatedLists(document as unknown as Document);
  const page = readPage(document as unknown as Document);
  const parsed = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  if (!parsed?.content) return null;
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const dateline = page.dateline ?? (parsed.publishedTime ? { datetime: parsed.publishedTime, text: frenchDate(parsed.publishedTime) } : null);
  const { paragraphs, nested } = paragraphsOf(content.body as unknown as Element, dateline?.text ? dateline : null);
  // Text loose in Readability's wrapper, in no element of its own, is a doctype pasted before a
  // sentence, not an article.
  if (paragraphs.length === 0 || !nested) return null;

  const title = chooseTitle(clean(parsed.title), page.headlines);
  const byline = clean(parsed.byline) || page.signature;
  // Readability takes the byline's node out of its line, leaving `Par` (`Par <a>Anne Rivet</a> —
  // <time>`): the name goes back where the page shows it.
  const lead = byline && !BYLINE_START.test(byline) ? paragraphs.slice(0, HEAD_WINDOW).find((p) => BYLINE_LEAD.test(p.text)) : undefined;
  if (lead) lead.text = `${lead.text} ${byline}`;
  const head: RawParagraph[] = [];
  for (const [text, kind] of [[title, 'title'], [byline, 'byline'], [dateline?.text ?? '', 'dateline']] as const) {
    if (!text) continue;
    const standing = paragraphs.slice(0, HEAD_WINDOW).find((p) => p.text === text || (kind === 'byline' && p === lead));
    if (standing) standing.kind = kind;
    else head.push({ text, kind, links: 0 });
  }
  const marked: MarkedParagraph[] = [];
  let text = '';
  for (const p of [...head, ...paragraphs]) {
    if (text) text += '\n\n';
    marked.push({ start: text.length, end: text.length + p.text.length, kind: p.kind });
    text += p.text;
  }
  return { title, byline, dateline: dateline?.text ?? '', text, paragraphs: marked };
}

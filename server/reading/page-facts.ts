/**
 * What Readability drops or rewrites, read from the page before it runs: the headline among the
 * page's `<h1>`, the `<time>` of publication, a French signature block; and the related-article
 * lists removed so that their authors and teasers never become the article's.
 */
import { isRelatedHeading } from '../core/text/boilerplate.ts';
import { ELEMENT_NODE, MAX_CANDIDATES, MONTHS, SHOWN_DATE, SIGNATURE_CLASS, SKIP, TEXT_NODE, clean, shortText, walk, words } from './html-dom.ts';


/**
 * The page's `<h1>` when it is the same headline as the title, which often carries the site's name
 * too (`… - Le Blog du Canal`, from `og:title`): the `<h1>` sharing most words with the title, if
 * at least half of its own. A site logo in an `<h1>` shares fewer words than the headline.
 */
export function chooseTitle(title: string, headlines: string[]): string {
  const titleWords = new Set(words(title));
  let best = '';
  let bestShared = 0;
  for (const headline of headlines) {
    const own = words(headline);
    const shared = own.filter((w) => titleWords.has(w)).length;
    if (shared * 2 >= own.length && shared > bestShared) {
      best = headline;
      bestShared = shared;
    }
  }
  return best || title || headlines[0] || '';
}

/** `2024-01-03T07:00:00+01:00` → `3 janvier 2024 à 07:00`, the local time the page wrote. */
export function frenchDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso ?? '');
  const month = MONTHS[Number(m?.[2]) - 1];
  if (!m || !month) return '';
  const date = `${Number(m[3])} ${month} ${m[1]}`;
  return m[4] ? `${date} à ${m[4]}:${m[5]}` : date;
}

export interface Dateline {
  datetime: string;
  text: string;
}

/** The `<time>` of publication: marked so, else the first after the headline, else the first. */
export function publicationTime(document: Document): Dateline | null {
  let time = document.querySelector('time[itemprop~="datePublished"], time[pubdate]');
  if (!time) {
    let afterHeadline = false;
    for (const element of document.querySelectorAll('h1, time')) {
      if (element.localName === 'h1') afterHeadline = true;
      else if (afterHeadline) {
        time = element;
        break;
      }
    }
  }
  time ??= document.querySelector('time');
  if (!time) return null;
  const datetime = time.getAttribute('datetime') ?? '';
  const shown = shortText(time, 80);
  // `Il y a 2 heures` says nothing once read later: the machine-readable date says it for good.
  const text = shown && SHOWN_DATE.test(shown) ? shown : frenchDate(datetime);
  return text ? { datetime, text } : null;
}

export interface PageFacts {
  headlines: string[];
  signature: string;
  dateline: Dateline | null;
}

/** What Readability drops or rewrites: read from the page before it runs. */
export function readPage(document: Document): PageFacts {
  const siteName = clean(document.querySelector('meta[property="og:site_name"]')?.getAttribute('content'));
  const headlines = [...document.querySelectorAll('h1')]
    .slice(0, MAX_CANDIDATES)
    .filter((h1) => !h1.querySelector('a[href="/"], a[rel~="home"]'))
    .map((h1) => shortText(h1, 300))
    .filter((t): t is string => !!t && t !== siteName);
  let signature = '';
  let read = 0;
  for (const element of document.querySelectorAll('[class], [id]')) {
    if (!SIGNATURE_CLASS.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) continue;
    const text = shortText(element, 100);
    if (text && text.length >= 3) {
      signature = text;
      break;
    }
    if (++read >= MAX_CANDIDATES) break;
  }
  return { headlines, signature, dateline: publicationTime(document) };
}

export function linkDensity(element: Element): number {
  if (element.localName === 'a') return 1;
  const total = (element.textContent ?? '').length;
  if (total === 0) return 0;
  let links = 0;
  for (const a of element.querySelectorAll('a')) links += (a.textContent ?? '').length;
  return links / total;
}

export const elementChildren = (element: Element): Element[] => [...element.children];
export const hasLink = (element: Element): boolean => element.matches('a[href]') || !!element.querySelector('a[href]');

/** A teaser opens with a link, its headline (`<h4><a>…</a></h4>`); an article's paragraph with a
 * link in it opens with its own words. */
export function opensWithLink(element: Element): boolean {
  let first: Node | null = null;
  let nodes = 0;
  walk(element, (node) => {
    if (++nodes > 50) return null;
    if (node.nodeType === TEXT_NODE && /\S/.test((node as Text).data)) {
      first = node;
      return null;
    }
    return node.nodeType === ELEMENT_NODE;
  });
  const link = (first as Node | null)?.parentElement?.closest('a[href]');
  return !!link && (link === element || element.contains(link));
}

/**
 * Removes lists of other articles: a block whose heading says so (`Articles similaires`, `Sur le
 * même sujet`) and whose other children each open with a link; or, when the heading stands inside
 * the article's own block, the heading and the link lists right after it. Before Readability runs, so it
 * neither keeps them as body nor takes their authors for the article's byline.
 */
export function dropRelatedLists(document: Document): void {
  const body = document.body;
  if (!body) return;
  const headings: Element[] = [];
  walk(body, (node) => {
    if (node.nodeType === TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && isRelatedHeading((node as Text).data) && isRelatedHeading(shortText(parent, 60) ?? '')) headings.push(parent);
      return headings.length >= MAX_CANDIDATES ? null : false;
    }
    return node.nodeType === ELEMENT_NODE && !SKIP.has((node as Element).localName);
  });
  const pageChars = (body.textContent ?? '').length;
  for (let heading of headings) {
    if (!body.contains(heading)) continue;
    let removed = false;
    for (let level = 0; level < 4 && !removed; level++) {
      const list = heading.parentElement;
      if (!list || list === body) break;
      const others = elementChildren(list).filter((c) => c !== heading);
      if (others.length === 0) {
        heading = list; // the heading's own wrapper: look one level up
        continue;
      }
      if (list.firstElementChild !== heading) break;
      if (others.every(opensWithLink) && !list.querySelector('h1') && (list.textContent ?? '').length * 2 < pageChars) {
        list.remove();
        removed = true;
      }
      break;
    }
    if (removed) continue;
    // The heading stands in the article's block: it goes with the link lists after it, if any.
    let next = heading.nextElementSibling;
    let lists = 0;
    while (next && hasLink(next) && linkDensity(next) >= 0.5) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
      lists++;
    }
    if (lists > 0) heading.remove();
  }
}


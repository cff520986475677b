/**
 * The import service: reads a French article from a web address. The page is fetched under the
 * network guard (./page-fetcher.ts), then goes through the reading service's own prepare path:
 * HTML extracted on a worker thread with a time budget, French checked, segmented.
 *
 * @example
 * const pages = createImportService({ config });
 * await pages.importUrl('https://www.example.fr/article')
 * // { url, title: 'Le titre', text: 'Le titre\n\nPremier paragraphe…', paragraphs: [...] }
 */
import type { Config } from '../config.ts';
import { BadRequestError, NoArticleError, TextTooLongError, UrlNotArticleError } from '../errors.ts';
import { titleOf } from '../library/library-service.ts';
import { HtmlExtractor } from '../reading/html-extractor.ts';
import { looksLikeHtml, type ExtractedArticle } from '../reading/html.ts';
import { prepareArticleWith } from '../reading/prepare.ts';
import type { SegmentResponse } from '../schemas.ts';
import { createPageFetcher, type FetchedPage } from './page-fetcher.ts';

/** What POST /api/import answers: what /api/segment answers for an HTML page, plus where and what. */
export interface ImportedArticle extends SegmentResponse {
  /** The address the page was read from, after redirects. */
  url: string;
  /** The headline: Readability's for an HTML page, else the text's first heading or sentence. */
  title: string;
  /** The article's plain text, which the paragraphs' offsets point into. */
  text: string;
}

// C0 controls other than whitespace: an HTML parser drops them, but the text check would take
// the page for a binary file (CMSs leave them in pasted text).
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** The page as prepare reads it: what a server calls HTML is always read as HTML. */
function inputOf(page: FetchedPage): string {
  if (page.text.trim() === '') throw new UrlNotArticleError('This page is empty.');
  if (page.mediaType === 'text/plain') return page.text;
  const html = page.text.replace(CONTROL, '');
  return looksLikeHtml(html) ? html : `<!doctype html>${html}`;
}

/** The reading checks' errors as an import's: the page, not the user's text, is at fault. */
function asImportError(error: unknown): unknown {
  if (error instanceof NoArticleError) {
    return new UrlNotArticleError('This page holds no article text that could be found. Open the article itself, or paste its text.');
  }
  if (error instanceof BadRequestError && error.code === 'BINARY_TEXT') {
    return new UrlNotArticleError('This page is not readable text (binary content, or a charset it does not declare).');
  }
  return error;
}

export function createImportService({ config }: { config: Config }) {
  const fetcher = createPageFetcher({
    timeoutMs: config.importTimeoutMs,
    maxBytes: config.importMaxBytes,
    allowPrivate: config.importAllowPrivate,
    allowAddresses: config.importAllowAddresses,
  });
  // Its own worker, started on the first import: a page may be far longer than a pasted text.
  const extractor = new HtmlExtractor(config.htmlBudgetMs);

  return {
    /** Fails with the URL_* errors, NOT_FRENCH, HTML_TOO_COMPLEX or TEXT_TOO_LONG. */
    async importUrl(url: string, signal?: AbortSignal): Promise<ImportedArticle> {
      const page = await fetcher.fetch(url, signal);
      let headline = '';
      const extract = async (html: string): Promise<ExtractedArticle | null> => {
        const extracted = await extractor.extract(html);
        // The article, not the page around it, is what must fit the reader's limit.
        if (extracted && extracted.text.length > config.maxChars) throw new TextTooLongError(config.maxChars, extracted.text.length);
        headline = extracted?.title ?? '';
        return extracted;
      };
      // A plain-text page is the text itself; an HTML page is bounded by the download limit.
      const limit = page.mediaType === 'text/plain' ? config.maxChars : config.importMaxBytes;
      const article = await prepareArticleWith(extract, inputOf(page), limit).catch((error: unknown) => {
        throw asImportError(error);
      });
      return { url: page.url, title: headline || titleOf(article), text: article.source, paragraphs: article.paragraphs };
    },

    /** Ends the extraction worker and closes open sockets. */
    close(): Promise<void> {
      fetcher.close();
      return extractor.close();
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;

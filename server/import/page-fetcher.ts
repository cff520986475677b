/**
 * Fetches one web page to import, without letting it reach into the user's network: http(s) only,
 * every address checked where it is connected (./guard.ts), redirects followed by hand and each
 * one checked again, one deadline for the whole fetch, the body counted while it streams and cut
 * past the limit, only HTML or plain text accepted, no cookies, a plain User-Agent.
 *
 * @example
 * const fetcher = createPageFetcher({ timeoutMs: 15_000, maxBytes: 5e6, allowPrivate: false, allowAddresses: [] });
 * const page = await fetcher.fetch('https://www.example.fr/article');
 * // { url: 'https://www.example.fr/article', mediaType: 'text/html', text: '<!doctype html>…' }
 */
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { addAbortSignal, pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AppError, UrlForbiddenError, UrlInvalidError, UrlNotArticleError, UrlTooLargeError, UrlUnreachableError } from '../errors.ts';
import { decodePage } from './charset.ts';
import { guardedAgents, refusalOf, type GuardPolicy, type Refusal } from './guard.ts';

export interface FetchPolicy extends GuardPolicy {
  /** Most time the whole fetch may take, redirects and body included. */
  timeoutMs: number;
  /** Largest body, in bytes once decompressed. */
  maxBytes: number;
}

export const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface FetchedPage {
  /** The address the page was read from, after redirects. */
  url: string;
  mediaType: PageType;
  /** The body, decoded with its charset (./charset.ts). */
  text: string;
}

export const MAX_REDIRECTS = 5;
const MAX_URL_CHARS = 2048;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// ASCII only: a header is sent as latin-1 bytes.
const HEADERS = {
  'User-Agent': 'Vis-a-vis/0.1 (a French-English reader on one person\'s computer, fetching a page they asked for)',
  Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
  'Accept-Language': 'fr,en;q=0.5',
  'Accept-Encoding': 'gzip, deflate, br',
};
const DECOMPRESS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** What a failed connection's code says to the reader. */
const NETWORK_FAILURES: Record<string, string> = {
  ENOTFOUND: 'its name does not resolve (no such site, or no network)',
  EAI_AGAIN: 'its name does not resolve (no such site, or no network)',
  ECONNREFUSED: 'it refused the connection',
  ECONNRESET: 'it closed the connection',
  EHOSTUNREACH: 'it cannot be reached from this network',
  ENETUNREACH: 'it cannot be reached from this network',
  ETIMEDOUT: 'the connection timed out',
};

const TLS_FAILURE = /^(CERT_|ERR_TLS_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_(GET|VERIFY)_)/;

/**
 * The address to fetch, refused unless it is a well-formed http(s) URL without credentials. The
 * WHATWG parser has already turned `http://2130706433/`, `http://0x7f.1/` and `http://017700000001/`
 * into `127.0.0.1`, so the guard sees every numeric form of an IPv4 address as the address itself.
 */
export function importUrl(raw: string): URL {
  const text = raw.trim();
  if (text.length > MAX_URL_CHARS) throw new UrlInvalidError(`This address is longer than ${MAX_URL_CHARS} characters: send the address of the article itself.`);
  if (!URL.canParse(text)) throw new UrlInvalidError('This is not a web address: send a full address like https://www.example.fr/article.');
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UrlInvalidError(`Only http:// and https:// pages can be imported, not ${url.protocol} addresses.`);
  }
  if (url.username || url.password) throw new UrlInvalidError('Addresses with a user name or password are not imported: remove the "user:password@" part.');
  url.hash = '';
  return url;
}

/** The `type/subtype` of a Content-Type header, lower-cased; '' when there is none. */
function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** What the guard refused, said of the host the URL names. */
function forbidden(host: string, { address, kind }: Refusal): UrlForbiddenError {
  const subject = host.replace(/^\[|\]$/g, '') === address ? `${host} is` : `${host} resolves to ${address},`;
  return new UrlForbiddenError(
    host,
    kind === 'meta'
      ? `${subject} the unspecified address, which is never fetched.`
      : `${subject} an address on this computer or a private network; Vis-à-vis imports only public pages (VISAVIS_IMPORT_ALLOW_PRIVATE=1 allows intranet pages).`,
  );
}

function isPageType(type: string): type is PageType {
  return (PAGE_TYPES as readonly string[]).includes(type);
}

export function createPageFetcher(policy: FetchPolicy) {
  const agents = guardedAgents(policy);
  const seconds = policy.timeoutMs / 1000;

  function get(url: URL, signal: AbortSignal): Promise<IncomingMessage> {
    const [client, agent] = url.protocol === 'https:' ? [https, agents.https] : [http, agents.http];
    return new Promise((resolve, reject) => {
      client.get(url, { agent, headers: HEADERS, signal }, resolve).on('error', reject);
    });
  }

  /** The next address of a redirect, checked like the first. */
  function redirectTarget(from: URL, location: string): URL {
    const target = URL.canParse(location, from) ? new URL(location, from) : undefined;
    if (!target) throw new UrlUnreachableError(from.host, 'it redirects to an address that is not one');
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      throw new UrlForbiddenError(from.hostname, `The page at ${from.host} redirects to a ${target.protocol} address; only http:// and https:// pages are fetched.`);
    }
    return importUrl(target.href);
  }

  /** The body, decompressed, counted as it streams and cut past the limit. */
  async function readBody(res: IncomingMessage, host: string, signal: AbortSignal): Promise<Buffer> {
    const encoding = (res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    const decompress = DECOMPRESS[encoding];
    if (!decompress && encoding !== 'identity' && encoding !== '') {
      throw new UrlUnreachableError(host, `it sent the page compressed as "${encoding.slice(0, 40)}", which this server does not read`);
    }
    const body: Readable = decompress ? (pipeline(res, decompress(), () => {}) as unknown as Readable) : res;
    addAbortSignal(signal, body);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      // Leaving the loop destroys the stream, and the pipeline the response behind it.
      if (size > policy.maxBytes) throw new UrlTooLargeError(policy.maxBytes);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, size);
  }

  async function pageOf(url: URL, res: IncomingMessage, signal: AbortSignal): Promise<FetchedPage> {
    const status = res.statusCode ?? 0;
    if (status < 200 || status > 299) {
      throw new UrlUnreachableError(url.host, `it answered ${status} ${http.STATUS_CODES[status] ?? ''}`.trimEnd());
    }
    const mediaType = mediaTypeOf(res.headers['content-type']);
    if (!isPageType(mediaType)) {
      const given = /^[\w.+-]+\/[\w.+-]+$/.test(mediaType) ? mediaType : 'no readable content type';
      throw new UrlNotArticleError(`This address gives ${given}, not a web page: only ${PAGE_TYPES.join(', ')} can be imported.`);
    }
    if (Number(res.headers['content-length']) > policy.maxBytes) throw new UrlTooLargeError(policy.maxBytes);
    const bytes = await readBody(res, url.host, signal);
    return { url: url.href, mediaType, text: decodePage(bytes, res.headers['content-type']) };
  }

  /** An error of the fetch as one of the URL_* errors, or as it is when the caller gave up. */
  function failure(error: unknown, url: URL, deadline: AbortSignal, caller: AbortSignal | undefined): unknown {
    if (caller?.aborted) return error;
    if (deadline.aborted) return new UrlUnreachableError(url.host, `it did not send the page within ${seconds} s`, error);
    if (error instanceof AppError) return error;
    const refusal = refusalOf(error);
    if (refusal) return forbidden(url.hostname, refusal);
    const code = (error as { code?: unknown }).code;
    const reason =
      typeof code !== 'string'
        ? 'the connection failed'
        : (NETWORK_FAILURES[code] ?? (TLS_FAILURE.test(code) ? `its certificate could not be verified (${code})` : `the connection failed (${code})`));
    return new UrlUnreachableError(url.host, reason, error);
  }

  return {
    /** Fails with URL_INVALID, URL_FORBIDDEN, URL_UNREACHABLE, URL_TOO_LARGE or URL_NOT_ARTICLE. */
    async fetch(raw: string, signal?: AbortSignal): Promise<FetchedPage> {
      let url = importUrl(raw);
      const deadline = AbortSignal.timeout(policy.timeoutMs);
      const both = signal ? AbortSignal.any([deadline, signal]) : deadline;
      try {
        for (let redirects = 0; ; redirects++) {
          const res = await get(url, both);
          const location = REDIRECTS.has(res.statusCode ?? 0) ? res.headers.location : undefined;
          if (location === undefined) {
            try {
              return await pageOf(url, res, both);
            } finally {
              res.destroy();
            }
          }
          res.destroy();
          if (redirects === MAX_REDIRECTS) throw new UrlUnreachableError(url.host, `it redirects more than ${MAX_REDIRECTS} times`);
          url = redirectTarget(url, location);
        }
      } catch (error) {
        throw failure(error, url, deadline, signal);
      }
    },

    /** Closes the sockets still open. */
    close(): void {
      agents.destroy();
    },
  };
}

export type PageFetcher = ReturnType<typeof createPageFetcher>;

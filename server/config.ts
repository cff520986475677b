/**
 * The server's configuration, read once from environment variables and frozen.
 *
 * @example loadConfig({ PORT: '9000', VISAVIS_MODEL: 'visavis/marian-tiny' })
 */
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.ts';

export type ModelDtype = 'q8' | 'fp32';

export interface Config {
  port: number;
  host: string;
  /**
   * Host names (without port) a request's Host header may carry: the loopback names and the bound
   * address, plus VISAVIS_ALLOWED_HOSTS. Any other is refused, so a web page on a DNS-rebinding
   * domain cannot drive the local API.
   */
  allowedHosts: readonly string[];
  /** Folder holding `<model id>/config.json`, `<model id>/onnx/…`. */
  modelsDir: string;
  modelId: string;
  dtype: ModelDtype;
  /** The hub that serves `<hub>/<model id>/resolve/main/<file>` and the other downloadable assets. */
  hubUrl: string;
  /** Nothing is ever downloaded: a missing model stays missing, with the command that installs it. */
  offline: boolean;
  /** The user's data: the SQLite database and downloaded data files. */
  dataDir: string;
  /** The SQLite database inside `dataDir`. */
  databaseFile: string;
  /** Most time a request may take to send its headers and body. */
  requestTimeoutMs: number;
  /** Most connections open at once; more are closed at once. */
  maxConnections: number;
  /** Most time one HTML page may take to extract (on a worker thread); past it, 422 HTML_TOO_COMPLEX. */
  htmlBudgetMs: number;
  /** Longest text accepted by /api/segment and /api/translate, in UTF-16 code units. */
  maxChars: number;
  /** intra-op threads; on 2 cores one thread is fastest, a pool spins on the core the other thread needs. */
  threads: number;
  /** Beam width: 1 is greedy (fast, the default); more is a real beam search (quality mode). */
  beams: number;
  /** Largest number of sentences decoded together. */
  batchSize: number;
  /** Largest sentences × longest-sentence-tokens of a batch: long sentences batch fewer at a time. */
  batchTokens: number;
  /** Sentences batched together by length, window after window from the top of the article. */
  batchWindow: number;
  /** Folder of the built client, served at `/`. */
  clientDir: string;
  /** Folder of the built `<visavis-reader>` module and its demo, served at `/embed/`. */
  embedDir: string;
  /** Keep translations in the database (VISAVIS_CACHE=off: every sentence goes to the model). */
  cache: boolean;
  /** Most translations the cache keeps (least recently used go first). */
  cacheEntries: number;
  /** Most translate requests in progress or waiting; more get 503 with Retry-After. */
  maxQueue: number;
  /** Most source tokens one request may send to the model (cached sentences are free); past it, 413 TOO_MANY_TOKENS. */
  maxRequestTokens: number;
  /** POST /api/import may fetch private, loopback and link-local addresses (an intranet reader). */
  importAllowPrivate: boolean;
  /** Addresses or CIDR ranges POST /api/import may fetch even though they are private. */
  importAllowAddresses: readonly string[];
  /** Most time POST /api/import may take to fetch its page, redirects included. */
  importTimeoutMs: number;
  /** Largest page POST /api/import downloads, in bytes (counted as it streams). */
  importMaxBytes: number;
  /**
   * Keys a client must send (`Authorization: Bearer <key>`) to use /api/* and /libretranslate/*:
   * VISAVIS_API_KEYS (comma-separated) and VISAVIS_API_KEYS_FILE (one a line, `#` comments). None:
   * no key is asked, as a loopback-only server needs none.
   */
  apiKeys: readonly string[];
  /** Requests one API key may make a minute (0: no limit). Only applies when keys are set. */
  rateRequests: number;
  /** Characters of text one API key may send a minute (0: no limit). */
  rateChars: number;
  /** Origins (`https://blog.example`) whose pages may call the API from the browser (CORS, exact match). */
  allowedOrigins: readonly string[];
  /**
   * The French Wiktionary translations file (EurADiC CSV): VISAVIS_DICTIONARY, a local copy used
   * as it is and never downloaded, or by default a file in `dataDir` downloaded on first use.
   */
  dictionaryFile: string;
  /** True when VISAVIS_DICTIONARY names the file: the server never downloads it. */
  dictionaryLocal: boolean;
  /** Where the dictionary is downloaded from (VISAVIS_DICTIONARY_URL; the pinned raw GitHub file by default). */
  dictionaryUrl: string;
}

/** The folder with package.json: the same from the sources (server/) and the build (dist/server/). */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

export const DEFAULT_MODEL = 'Xenova/opus-mt-fr-en';
export const DEFAULT_HUB_URL = 'https://huggingface.co';
/** The French Wiktionary extract, pinned to one commit of pquentin/wiktionary-translations. */
export const DICTIONARY_FILE = 'frwiktionary-20140612-euradicfmt.csv';
export const DEFAULT_DICTIONARY_URL = `https://raw.githubusercontent.com/pquentin/wiktionary-translations/1a7f7ea1a55f47d6abe21556059e7b39ec852c00/${DICTIONARY_FILE}`;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function choice<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!values.includes(raw as T)) throw new ConfigError(`${name} must be one of [${values.join(', ')}], got "${raw}"`);
  return raw as T;
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  const parsed = URL.canParse(raw) ? new URL(raw) : undefined;
  if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

/** A comma-separated list of IP addresses and CIDR ranges (`10.1.2.3, 192.168.0.0/24, fd00::/8`). */
function addressList(env: NodeJS.ProcessEnv, name: string): string[] {
  const entries = (env[name] ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address = '', bits, ...rest] = entry.split('/');
    const version = isIP(address);
    const prefix = Number(bits);
    const valid = version !== 0 && rest.length === 0 && (bits === undefined || (/^\d+$/.test(bits) && prefix <= (version === 4 ? 32 : 128)));
    if (!valid) throw new ConfigError(`${name} must list IP addresses or CIDR ranges (like 10.1.2.3,192.168.0.0/24), got "${entry}"`);
  }
  return entries;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];
const ANY_ADDRESS = ['0.0.0.0', '::', '[::]'];

function hostList(env: NodeJS.ProcessEnv, host: string): string[] {
  const extra = (env.VISAVIS_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  const bound = ANY_ADDRESS.includes(host) ? [] : [host.toLowerCase()];
  return [...new Set([...LOOPBACK_NAMES, ...bound, ...extra])];
}

/** Keys from VISAVIS_API_KEYS and the file VISAVIS_API_KEYS_FILE names; no spaces or commas inside a key. */
function apiKeyList(env: NodeJS.ProcessEnv): string[] {
  const listed = (env.VISAVIS_API_KEYS ?? '').split(',');
  const file = env.VISAVIS_API_KEYS_FILE;
  let lines: string[] = [];
  if (file) {
    try {
      lines = readFileSync(resolve(file), 'utf8').split(/\r?\n/).filter((line) => !line.trimStart().startsWith('#'));
    } catch (error) {
      throw new ConfigError(`VISAVIS_API_KEYS_FILE names a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): "${file}"`);
    }
  }
  const keys = [...listed, ...lines].map((k) => k.trim()).filter(Boolean);
  const bad = keys.find((k) => /[\s,]/.test(k));
  if (bad !== undefined) throw new ConfigError('API keys may not hold spaces or commas: put one key a line in VISAVIS_API_KEYS_FILE.');
  return [...new Set(keys)];
}

/** Exact origins, as a browser sends them: scheme, host and port only (`http://localhost:5173`). */
function originList(env: NodeJS.ProcessEnv, name: string): string[] {
  const entries = (env[name] ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const entry of entries) {
    const origin = URL.canParse(entry) ? new URL(entry).origin : 'null';
    if (origin !== entry) throw new ConfigError(`${name} must list origins like https://blog.example or http://localhost:5173 (no path, no trailing slash, lower case), got "${entry}"`);
  }
  return entries;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const host = env.HOST || '127.0.0.1';
  const dataDir = resolve(env.VISAVIS_DATA_DIR || resolve(projectRoot, 'data'));
  return Object.freeze({
    port: integer(env, 'PORT', 8787, 0, 65535),
    host,
    allowedHosts: Object.freeze(hostList(env, host)),
    modelsDir: resolve(env.VISAVIS_MODELS_DIR || resolve(projectRoot, 'models')),
    modelId: env.VISAVIS_MODEL || DEFAULT_MODEL,
    dtype: choice(env, 'VISAVIS_DTYPE', ['q8', 'fp32'] as const, 'q8'),
    hubUrl: url(env, 'VISAVIS_HUB_URL', DEFAULT_HUB_URL),
    offline: choice(env, 'VISAVIS_OFFLINE', ['0', '1'] as const, '0') === '1',
    dataDir,
    databaseFile: join(dataDir, 'visavis.sqlite'),
    requestTimeoutMs: integer(env, 'VISAVIS_REQUEST_TIMEOUT_MS', 60_000, 1000, 3_600_000),
    maxConnections: integer(env, 'VISAVIS_MAX_CONNECTIONS', 256, 4, 100_000),
    htmlBudgetMs: integer(env, 'VISAVIS_HTML_BUDGET_MS', 5000, 100, 600_000),
    maxChars: integer(env, 'VISAVIS_MAX_CHARS', 200_000, 1, 10_000_000),
    threads: integer(env, 'VISAVIS_THREADS', 1, 1, 64),
    beams: integer(env, 'VISAVIS_BEAMS', 1, 1, 16),
    batchSize: integer(env, 'VISAVIS_BATCH', 16, 1, 64),
    batchTokens: integer(env, 'VISAVIS_BATCH_TOKENS', 512, 16, 100_000),
    batchWindow: integer(env, 'VISAVIS_BATCH_WINDOW', 64, 1, 1_000_000),
    clientDir: resolve(projectRoot, 'dist/client'),
    embedDir: resolve(projectRoot, 'dist/embed'),
    cache: choice(env, 'VISAVIS_CACHE', ['on', 'off'] as const, 'on') === 'on',
    cacheEntries: integer(env, 'VISAVIS_CACHE_ENTRIES', 100_000, 1, 100_000_000),
    maxQueue: integer(env, 'VISAVIS_QUEUE', 4, 1, 1000),
    maxRequestTokens: integer(env, 'VISAVIS_MAX_REQUEST_TOKENS', 100_000, 16, 100_000_000),
    importAllowPrivate: choice(env, 'VISAVIS_IMPORT_ALLOW_PRIVATE', ['0', '1'] as const, '0') === '1',
    importAllowAddresses: Object.freeze(addressList(env, 'VISAVIS_IMPORT_ALLOW_ADDRESSES')),
    importTimeoutMs: integer(env, 'VISAVIS_IMPORT_TIMEOUT_MS', 15_000, 100, 600_000),
    importMaxBytes: integer(env, 'VISAVIS_IMPORT_MAX_BYTES', 5_000_000, 1024, 1_000_000_000),
    apiKeys: Object.freeze(apiKeyList(env)),
    rateRequests: integer(env, 'VISAVIS_RATE_REQUESTS', 120, 0, 1_000_000),
    rateChars: integer(env, 'VISAVIS_RATE_CHARS', 1_000_000, 0, 1_000_000_000),
    allowedOrigins: Object.freeze(originList(env, 'VISAVIS_ALLOWED_ORIGINS')),
    dictionaryFile: env.VISAVIS_DICTIONARY ? resolve(env.VISAVIS_DICTIONARY) : join(dataDir, DICTIONARY_FILE),
    dictionaryLocal: Boolean(env.VISAVIS_DICTIONARY),
    dictionaryUrl: url(env, 'VISAVIS_DICTIONARY_URL', DEFAULT_DICTIONARY_URL),
  });
}

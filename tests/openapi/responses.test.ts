/**
 * The OpenAPI document cannot drift from the code: every route the app serves is documented (and
 * nothing else), and real answers of every operation — successes and errors — match what the
 * document says, field for field (the response schemas are strict).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, STATUS } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { EVERY_ROUTE, type Operation } from '../../server/openapi/operation.ts';
import { OPERATIONS } from '../../server/openapi/operations.ts';
import { errorBody } from '../../server/openapi/responses.ts';
import { openDatabase } from '../../server/store/db.ts';
import { DocumentStore } from '../../server/store/documents.ts';
import { GlossaryStore } from '../../server/store/glossary.ts';
import { ReviewStore } from '../../server/store/reviews.ts';
import { TranslationCache } from '../../server/store/translation-cache.ts';
import { VocabularyStore } from '../../server/store/vocabulary.ts';
import { WordEvents } from '../../server/store/word-events.ts';
import { REVIEW_CALLS } from '../review/openapi-calls.ts';
import { VOCABULARY_CALLS } from '../vocabulary/openapi-calls.ts';
import { fixtureWords } from '../words/stand-ins.ts';
import { ARTICLE_HTML, pageServer, type PageServer } from '../support/page-server.ts';
import { LOCAL_HOST } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';

// The page to import is served on this machine: private addresses allowed for the test. The
// lexicon is built in a data folder of the test's own; the dictionary is the small fixture.
const dataDir = mkdtempSync(join(tmpdir(), 'visavis-openapi-'));
const config = tinyConfig({ VISAVIS_IMPORT_ALLOW_PRIVATE: '1', VISAVIS_DATA_DIR: dataDir });
const translator = createMarianTranslator(config);
const db = openDatabase(':memory:');
const app = createApp({
  config,
  translator,
  store: new TranslationCache(db, 1000),
  documents: new DocumentStore(db),
  reviews: new ReviewStore(db),
  glossary: new GlossaryStore(db),
  vocabulary: new VocabularyStore(db),
  wordEvents: new WordEvents(db),
  words: fixtureWords(),
});
let site: PageServer;
beforeAll(async () => {
  site = await pageServer((_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(ARTICLE_HTML));
});
afterAll(async () => {
  await site.close();
  await translator.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const TEXT = 'Le chat dort. Il part demain.';

interface Call {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The status this call must get: proves the case ran as meant. */
  status: number;
}

/** Real calls, in order (a document is created before it is read); each operation gets at least one success. */
const CALLS: Call[] = [
  { method: 'GET', path: '/api/health', status: 200 },
  { method: 'POST', path: '/api/segment', body: { text: TEXT }, status: 200 },
  { method: 'POST', path: '/api/segment', body: { text: '' }, status: 400 },
  { method: 'POST', path: '/api/segment', body: { text: 'This is plainly an English sentence, and it says so at length.' }, status: 422 },
  { method: 'POST', path: '/api/translate', body: { text: TEXT }, status: 200 },
  { method: 'POST', path: '/api/translate', body: { text: TEXT, from: 1 }, headers: { Accept: 'application/x-ndjson' }, status: 200 },
  { method: 'POST', path: '/api/translate', body: { text: 42 }, status: 400 },
  { method: 'POST', path: '/api/alternatives', body: { text: 'Bonjour.', n: 2 }, status: 200 },
  { method: 'POST', path: '/api/alternatives', body: { text: ' ' }, status: 400 },
  { method: 'POST', path: '/api/documents', body: { text: TEXT, source: 'pasted' }, status: 201 },
  { method: 'GET', path: '/api/documents', status: 200 },
  { method: 'GET', path: '/api/documents?q=chat', status: 200 },
  { method: 'GET', path: '/api/documents/1', status: 200 },
  { method: 'GET', path: '/api/documents/99', status: 404 },
  { method: 'PATCH', path: '/api/documents/1', body: { position: 1 }, status: 200 },
  { method: 'DELETE', path: '/api/documents/1', status: 204 },
  { method: 'POST', path: '/api/documents/1/restore', status: 200 },
  { method: 'POST', path: '/api/import', body: { url: 'not an address' }, status: 400 },
  { method: 'POST', path: '/api/import', body: { url: 'http://127.0.0.1:9/' }, status: 502 },
  { method: 'POST', path: '/api/import', body: { url: 'SITE' }, status: 200 },
  { method: 'POST', path: '/api/analyze', body: { text: 'Il a opéré hier.' }, status: 200 },
  { method: 'POST', path: '/api/analyze', body: { text: '' }, status: 400 },
  { method: 'POST', path: '/api/lookup', body: { text: 'Le chien noir dort.', offset: 5, translation: 'The black dog sleeps.' }, status: 200 },
  { method: 'POST', path: '/api/lookup', body: { text: 'Le chien noir dort.', offset: 99 }, status: 400 },
  { method: 'POST', path: '/api/word-align', body: { source: 'le chien dort', target: 'the dog sleeps' }, status: 200 },
  ...REVIEW_CALLS.filter((call) => !call.withoutDatabase),
  ...VOCABULARY_CALLS,
  { method: 'GET', path: '/api/openapi.json', status: 200 },
  { method: 'GET', path: '/api/docs', status: 200 },
  { method: 'GET', path: '/api/docs/reference.js', status: 200 },
];

/** The documented operation a concrete call is an instance of. */
function operationOf(method: string, path: string): Operation | undefined {
  const bare = path.split('?')[0]!;
  return OPERATIONS.find((op) => op.method === method.toLowerCase() && new RegExp(`^${op.path.replace(/:\w+/g, '[^/]+')}$`).test(bare));
}

async function check(op: Operation, res: Response): Promise<void> {
  const answer = op.ok.find((a) => a.status === res.status);
  const type = res.headers.get('content-type') ?? '';
  if (!answer) {
    const body = await res.json();
    const parsed = errorBody([...op.errors, ...EVERY_ROUTE]).safeParse(body);
    expect(parsed.success, `${op.method} ${op.path} ${res.status}: ${JSON.stringify(body)} is not a documented error`).toBe(true);
    expect(STATUS[parsed.data!.error.code]).toBe(res.status);
    return;
  }
  if (res.status === 204) return expect(await res.text()).toBe('');
  if (type.startsWith('application/x-ndjson')) {
    const lines = (await res.text()).trim().split('\n');
    for (const line of lines) expect(answer.ndjson!.safeParse(JSON.parse(line)).error).toBeUndefined();
    return;
  }
  if (answer.json) {
    const body = await res.json();
    expect(answer.json.safeParse(body).error, `${op.method} ${op.path}`).toBeUndefined();
    return;
  }
  expect(type.startsWith(answer.media!)).toBe(true);
}

describe('the OpenAPI document', () => {
  it('documents every route the app serves under /api, and no route it does not serve', () => {
    const served = new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method.toLowerCase()} ${r.path}`));
    const documented = new Set(OPERATIONS.map((op) => `${op.method} ${op.path}`));
    expect([...served].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !served.has(r))).toEqual([]);
  });

  it('is served at /api/openapi.json as OpenAPI 3.1, each path with its error codes', async () => {
    const res = await app.request('/api/openapi.json', { headers: LOCAL_HOST });
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/documents/{id}']!.get!.responses['404']!.description).toContain('NOT_FOUND');
    expect(doc.paths['/api/translate']!.post!.responses['413']!.description).toBe('Error: TEXT_TOO_LONG, TOO_MANY_TOKENS.');
  });

  it('describes the real answers of every operation', async () => {
    const exercised = new Set<Operation>();
    for (const planned of CALLS) {
      const call = planned.body && (planned.body as { url?: string }).url === 'SITE' ? { ...planned, body: { url: site.url('/article') } } : planned;
      const op = operationOf(call.method, call.path);
      expect(op, `${call.method} ${call.path} is documented`).toBeDefined();
      const res = await app.request(call.path, {
        method: call.method,
        headers: { ...LOCAL_HOST, ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...call.headers },
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      });
      expect(res.status, `${call.method} ${call.path}`).toBe(call.status);
      await check(op!, res);
      if (op!.ok.some((a) => a.status === res.status)) exercised.add(op!);
    }
    expect(OPERATIONS.filter((op) => !exercised.has(op)).map((op) => `${op.method} ${op.path}`)).toEqual([]);
  }, 60_000);
});

/**
 * An app for the review routes: the tiny model's config (the routes never translate), and its
 * own in-memory reviews and glossary, or none to test STORAGE_UNAVAILABLE.
 */
import { afterAll } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { openDatabase, type Db } from '../../server/store/db.ts';
import { GlossaryStore } from '../../server/store/glossary.ts';
import { ReviewStore } from '../../server/store/reviews.ts';
import { LOCAL_HOST } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';

export { DRAFT, SOURCE } from './sample.ts';

const config = tinyConfig();
const translator = createMarianTranslator(config);
afterAll(() => translator.dispose());

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text of any other body. */
  body: unknown;
  text: string;
}

/** `db`: the database behind the stores; `null`: no database at all. */
export function reviewApp(db: Db | null = openDatabase(':memory:'), overrides: Record<string, string> = {}) {
  const app = createApp({
    config: Object.keys(overrides).length ? tinyConfig(overrides) : config,
    translator,
    ...(db ? { reviews: new ReviewStore(db), glossary: new GlossaryStore(db) } : {}),
  });
  const call = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const res = await app.request(path, {
      method,
      headers: { ...LOCAL_HOST, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    const json = res.headers.get('content-type')?.startsWith('application/json') ? (JSON.parse(text) as unknown) : text;
    return { status: res.status, headers: res.headers, body: json, text };
  };
  return { call, db };
}

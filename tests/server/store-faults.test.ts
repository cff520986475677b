/**
 * A store that fails (a full disk, a read-only file) must never stop a translation: the reader
 * gets every sentence, health says why the cache is unavailable, and it recovers by itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { HealthResponse, TranslateResponse } from '../../server/schemas.ts';
import { openDatabase, StoreError } from '../../server/store/db.ts';
import { TranslationCache } from '../../server/store/translation-cache.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const config = tinyConfig();
const translator = createMarianTranslator(config);
const dir = mkdtempSync(join(tmpdir(), 'visavis-store-faults-'));
afterAll(async () => {
  await translator.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const LONG = Array.from({ length: 40 }, (_, i) => `Le conseil numéro ${i} a voté jeudi une loi sur les transports régionaux.`).join(' ');

function appWith(store: TranslationCache) {
  const app = createApp({ config, translator, store });
  return {
    translate: async (text: string) => {
      const res = await app.request('/api/translate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
      expect(res.status).toBe(200);
      return ((await res.json()) as TranslateResponse).paragraphs.flatMap((p) => p.sentences);
    },
    health: async () => ((await (await app.request('/api/health')).json()) as HealthResponse).cache,
  };
}

describe('a full disk', () => {
  it('translates every sentence, says the cache is unavailable, and recovers when space returns', async () => {
    const db = openDatabase(join(dir, 'full.sqlite'));
    const { translate, health } = appWith(new TranslationCache(db, 100_000));
    expect(await health()).toEqual({ state: 'on' });
    // SQLite's own limit on the file's pages fails writes exactly as a full disk does (SQLITE_FULL).
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const sentences = await translate(LONG);
    expect(sentences).toHaveLength(40);
    expect(sentences.every((s) => s.translation !== '')).toBe(true);
    expect(await health()).toEqual({ state: 'unavailable', reason: 'database or disk is full' });

    db.pragma('max_page_count = 1073741823');
    await translate('Le chat dort sur le canapé du salon.');
    expect(await health()).toEqual({ state: 'on' });
    db.close();
  });
});

describe('a read-only database', () => {
  it('translates every sentence from the model and says why it cannot store them', async () => {
    const file = join(dir, 'readonly.sqlite');
    openDatabase(file).close();
    const db = new Database(file, { readonly: true });
    const { translate, health } = appWith(new TranslationCache(db, 100_000));
    const sentences = await translate(LONG);
    expect(sentences).toHaveLength(40);
    expect(sentences.every((s) => s.translation !== '')).toBe(true);
    expect(await health()).toEqual({ state: 'unavailable', reason: 'attempt to write a readonly database' });
    db.close();
  });
});

describe('a data folder that cannot hold the database', () => {
  it('fails to open with a typed error naming the folder setting, not a raw SQLite error', () => {
    const notADir = join(dir, 'a-file');
    openDatabase(notADir).close();
    expect(() => openDatabase(join(notADir, 'visavis.sqlite'))).toThrow(StoreError);
    expect(() => openDatabase(join(notADir, 'visavis.sqlite'))).toThrow(/Check that VISAVIS_DATA_DIR is a writable folder/);
  });

  it('still serves: health reports the cache as unavailable with the reason', async () => {
    const app = createApp({ config, translator, storeUnavailable: 'Cannot open the database /x/visavis.sqlite: EACCES' });
    const health = (await (await app.request('/api/health')).json()) as HealthResponse;
    expect(health.cache).toEqual({ state: 'unavailable', reason: 'Cannot open the database /x/visavis.sqlite: EACCES' });
  });
});

/**
 * Every NDJSON translation must let go of its request once answered: 1 000 streams through a real
 * socket, then a forced collection; the requests must be collectable (a FinalizationRegistry
 * counts them) and the live heap must not grow with them. With Hono's `stream()` helper each one
 * stayed reachable through its context.
 */
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNdjson } from '../../client/ndjson.ts';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { TranslateEvent } from '../../server/schemas.ts';
import { openDatabase } from '../../server/store/db.ts';
import { TranslationCache } from '../../server/store/translation-cache.ts';
import { tinyConfig } from '../support/tiny-model.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const STREAMS = 1000;
/** Heap measured after this many streams (caches warm) and again at the end. */
const WARM = 100;
const config = tinyConfig();
const translator = createMarianTranslator(config);
const app = createApp({ config, translator, store: new TranslationCache(openDatabase(':memory:'), 1000) });
let collected = 0;
const registry = new FinalizationRegistry<number>(() => {
  collected += 1;
});
let server: ServerType;
let url: string;

beforeAll(async () => {
  server = await new Promise<ServerType>((resolve) => {
    const s = serve(
      {
        fetch: (request, env) => {
          registry.register(request, 0);
          return app.fetch(request, env);
        },
        hostname: '127.0.0.1',
        port: 0,
      },
      () => resolve(s),
    );
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/translate`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await translator.dispose();
});

function settledHeap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('NDJSON translations', () => {
  it(`leave nothing reachable after ${STREAMS} streams`, async () => {
    let warmHeap = 0;
    for (let i = 0; i < STREAMS; i++) {
      if (i === WARM) warmHeap = settledHeap();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' },
        body: JSON.stringify({ text: 'Le chat dort. Il part demain.' }),
      });
      const events: TranslateEvent[] = [];
      for await (const event of readNdjson<TranslateEvent>(res.body!)) events.push(event);
      expect(events.at(-1)?.type).toBe('done');
    }
    for (let round = 0; round < 20 && collected < STREAMS - 5; round++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // A kept-alive socket may still hold the last request or two.
    expect(collected).toBeGreaterThanOrEqual(STREAMS - 5);
    // The old route kept ~29 KB per stream (+8.6 MB over 300), so 900 leaked would be ~26 MB; a clean run grows ~1.1 MB.
    expect(settledHeap() - warmHeap).toBeLessThan(4 * 1024 * 1024);
  }, 120_000);
});

import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { LOCAL_HOST, postJson } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const translator = createMarianTranslator(tinyConfig());
afterAll(() => translator.dispose());

const appWith = (rates: Record<string, string>) => createApp({ config: tinyConfig({ VISAVIS_API_KEYS: 'key-a,key-b', ...rates }), translator });
const segmentAs = (app: ReturnType<typeof createApp>, key: string, text = 'Bonjour.') => postJson(app, '/api/segment', { text }, { headers: { Authorization: `Bearer ${key}` } });

/** Seconds to wait, at most a minute: the window started during this test. */
const RETRY_AFTER = /^(?:[1-9]|[1-5]\d|60)$/;

describe('per-key rate limits', () => {
  it('refuses the request after N in a minute with 429 RATE_LIMITED and Retry-After', async () => {
    const app = appWith({ VISAVIS_RATE_REQUESTS: '3', VISAVIS_RATE_CHARS: '0' });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await segmentAs(app, 'key-a')).status);
    expect(statuses).toEqual([200, 200, 200]);
    const res = await segmentAs(app, 'key-a');
    expect(res.status).toBe(429);
    const retryAfter = res.headers.get('Retry-After') ?? '';
    expect(retryAfter).toMatch(RETRY_AFTER);
    expect(await res.json()).toEqual({ error: { code: 'RATE_LIMITED', message: `This API key may send 3 requests a minute; try again in ${retryAfter} s.` } });
    // Another key has its own count.
    expect((await segmentAs(app, 'key-b')).status).toBe(200);
  });

  it('refuses a text that passes the characters a minute, counting the text field', async () => {
    const app = appWith({ VISAVIS_RATE_REQUESTS: '0', VISAVIS_RATE_CHARS: '20' });
    expect((await segmentAs(app, 'key-a', 'Bonjour le monde.')).status).toBe(200);
    const res = await segmentAs(app, 'key-a', 'Au revoir.');
    expect(res.status).toBe(429);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.message).toBe(`This API key may send 20 characters of text a minute; try again in ${res.headers.get('Retry-After')} s.`);
    // 17 + 3 characters: exactly the limit.
    expect((await segmentAs(app, 'key-a', 'Oui')).status).toBe(200);
  });

  it('applies the same limits to /libretranslate, in its shape', async () => {
    const app = appWith({ VISAVIS_RATE_REQUESTS: '1', VISAVIS_RATE_CHARS: '0' });
    const detect = () =>
      Promise.resolve(app.request('/libretranslate/detect', { method: 'POST', headers: LOCAL_HOST, body: new URLSearchParams({ q: 'Bonjour.', api_key: 'key-b' }) }));
    expect((await detect()).status).toBe(200);
    const res = await detect();
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({ error: `Slowdown: This API key may send 1 requests a minute; try again in ${res.headers.get('Retry-After')} s.` });
  });
});

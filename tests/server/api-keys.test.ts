import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { get, postJson } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const config = tinyConfig({ VISAVIS_API_KEYS: 'key-one, key-two', VISAVIS_RATE_REQUESTS: '0', VISAVIS_RATE_CHARS: '0' });
const translator = createMarianTranslator(config);
const app = createApp({ config, translator });
afterAll(() => translator.dispose());

const segment = (headers: Record<string, string> = {}) => postJson(app, '/api/segment', { text: 'Bonjour.' }, { headers });
const NEEDS_KEY = 'This server needs an API key: send it as "Authorization: Bearer <key>" (the operator lists keys in VISAVIS_API_KEYS).';
const WRONG_KEY = 'This API key is not one this server accepts: check it with the server operator.';

describe('API keys', () => {
  it.each([
    ['no Authorization header', {}, NEEDS_KEY],
    ['another scheme', { Authorization: 'Basic a2V5LW9uZQ==' }, NEEDS_KEY],
    ['a wrong key', { Authorization: 'Bearer key-three' }, WRONG_KEY],
    ['a prefix of a key', { Authorization: 'Bearer key-on' }, WRONG_KEY],
  ])('refuses a request with %s: 401 UNAUTHORIZED', async (_name, headers, message) => {
    const res = await segment(headers);
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHORIZED', message } });
  });

  it.each(['key-one', 'key-two'])('lets %s through', async (key) => {
    const res = await segment({ Authorization: `Bearer ${key}` });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { paragraphs: { sentences: unknown[] }[] };
    expect(body.paragraphs.map((p) => p.sentences)).toEqual([[{ start: 0, end: 8 }]]);
  });

  it('guards every /api route, not only the translation ones', async () => {
    const res = await get(app, '/api/documents');
    expect(res.status).toBe(401);
  });

  it('leaves GET /api/health open for monitoring', async () => {
    const res = await get(app, '/api/health');
    expect(res.status).toBe(200);
  });

  it('asks no key when none is configured', async () => {
    const open = createApp({ config: tinyConfig(), translator });
    const res = await postJson(open, '/api/segment', { text: 'Bonjour.' });
    expect(res.status).toBe(200);
  });
});

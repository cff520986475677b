import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { LOCAL_HOST } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const ALLOWED = 'https://blog.example';
const config = tinyConfig({ VISAVIS_ALLOWED_ORIGINS: `${ALLOWED},http://localhost:5173` });
const translator = createMarianTranslator(config);
const app = createApp({ config, translator });
afterAll(() => translator.dispose());

const CORS_HEADERS = ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-expose-headers', 'access-control-max-age', 'access-control-allow-credentials'];
const corsHeadersOf = (res: Response) => CORS_HEADERS.filter((name) => res.headers.has(name));

const segmentFrom = (origin: string) =>
  Promise.resolve(app.request('/api/segment', { method: 'POST', headers: { ...LOCAL_HOST, Origin: origin, 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Bonjour.' }) }));
const preflightFrom = (origin: string, path = '/api/translate') =>
  Promise.resolve(
    app.request(path, {
      method: 'OPTIONS',
      headers: { ...LOCAL_HOST, Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, authorization' },
    }),
  );

describe('CORS with VISAVIS_ALLOWED_ORIGINS', () => {
  it('gives a listed origin exactly its own origin back', async () => {
    const res = await segmentFrom(ALLOWED);
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(ALLOWED);
    expect(res.headers.get('Access-Control-Expose-Headers')).toBe('Retry-After');
    expect(res.headers.get('Vary')).toBe('Origin');
  });

  it.each(['https://evil.example', 'https://blog.example.evil.example', 'http://blog.example', 'https://blog.example:8443', 'null'])(
    'gives %s no CORS header at all',
    async (origin) => {
      const res = await segmentFrom(origin);
      expect(res.status).toBe(200);
      expect(corsHeadersOf(res)).toEqual([]);
      expect(res.headers.get('Vary')).toBe('Origin');
    },
  );

  it('answers the preflight of a listed origin', async () => {
    const res = await preflightFrom('http://localhost:5173');
    expect(res.status).toBe(204);
    expect(Object.fromEntries(CORS_HEADERS.filter((n) => res.headers.has(n)).map((n) => [n, res.headers.get(n)]))).toEqual({
      'access-control-allow-origin': 'http://localhost:5173',
      'access-control-allow-methods': 'GET,POST,PATCH,DELETE',
      'access-control-allow-headers': 'Authorization,Content-Type,Accept',
      'access-control-expose-headers': 'Retry-After',
      'access-control-max-age': '600',
    });
  });

  it('answers the preflight of any other origin with no CORS header', async () => {
    const res = await preflightFrom('https://evil.example');
    expect(res.status).toBe(404);
    expect(corsHeadersOf(res)).toEqual([]);
  });

  it('covers /libretranslate too', async () => {
    const res = await preflightFrom(ALLOWED, '/libretranslate/translate');
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(ALLOWED);
  });

  it('keeps the Host check, which is separate: a listed origin on a foreign Host is refused', async () => {
    const res = await app.request('/api/health', { headers: { Host: 'rebind.example', Origin: ALLOWED } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('HOST_NOT_ALLOWED');
  });

  it('sends no CORS header when no origin is configured', async () => {
    const plain = createApp({ config: tinyConfig(), translator });
    const res = await plain.request('/api/health', { headers: { ...LOCAL_HOST, Origin: ALLOWED } });
    expect(corsHeadersOf(res)).toEqual([]);
    expect(res.headers.get('Vary')).toBe(null);
  });
});

describe('CORS with API keys', () => {
  it('lets a listed origin read a 401, and its preflight needs no key', async () => {
    const keyed = createApp({ config: tinyConfig({ VISAVIS_ALLOWED_ORIGINS: ALLOWED, VISAVIS_API_KEYS: 'k1' }), translator });
    const preflight = await keyed.request('/api/segment', { method: 'OPTIONS', headers: { ...LOCAL_HOST, Origin: ALLOWED, 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(204);
    const res = await keyed.request('/api/segment', { method: 'POST', headers: { ...LOCAL_HOST, Origin: ALLOWED, 'Content-Type': 'application/json' }, body: '{"text":"Bonjour."}' });
    expect(res.status).toBe(401);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(ALLOWED);
  });
});

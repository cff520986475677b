import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { LOCAL_HOST } from '../support/requests.ts';
import { TINY_FP32, tinyConfig } from '../support/tiny-model.ts';

const config = tinyConfig({ VISAVIS_MAX_CHARS: '2000', VISAVIS_CACHE: 'off' });
const translator = createMarianTranslator(config);
const app = createApp({ config, translator });
afterAll(() => translator.dispose());

const json = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  Promise.resolve(app.request(path, { method: 'POST', headers: { ...LOCAL_HOST, 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }));
const form = (path: string, fields: Record<string, string>) =>
  Promise.resolve(app.request(path, { method: 'POST', headers: LOCAL_HOST, body: new URLSearchParams(fields) }));

describe('GET /libretranslate/languages', () => {
  it('lists French with English as its target, and English', async () => {
    const res = await app.request('/libretranslate/languages', { headers: LOCAL_HOST });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([
      { code: 'fr', name: 'French', targets: ['en'] },
      { code: 'en', name: 'English', targets: [] },
    ]);
  });
});

describe('POST /libretranslate/translate on the tiny model', () => {
  it('translates one text sentence by sentence, keeping what lies between sentences', async () => {
    const res = await json('/libretranslate/translate', { q: 'Bonjour.\nAu revoir.', source: 'fr', target: 'en' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ translatedText: `${TINY_FP32['Bonjour.']}\n${TINY_FP32['Au revoir.']}` });
  });

  it('translates an array of texts into an array, in order', async () => {
    const res = await json('/libretranslate/translate', { q: ['Au revoir.', 'Selon eux.'], source: 'fr', target: 'en', format: 'text' });
    expect(await res.json()).toEqual({ translatedText: [TINY_FP32['Au revoir.'], TINY_FP32['Selon eux.']] });
  });

  it('reads a form-encoded body, with its line endings made \\n', async () => {
    const res = await form('/libretranslate/translate', { q: 'Bonjour.\r\n\r\nSelon eux.', source: 'fr', target: 'en' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ translatedText: `${TINY_FP32['Bonjour.']}\n\n${TINY_FP32['Selon eux.']}` });
  });

  it('detects the language when the source is auto', async () => {
    const res = await json('/libretranslate/translate', { q: 'Il repart demain.', source: 'auto', target: 'en' });
    expect(await res.json()).toEqual({ translatedText: TINY_FP32['Il repart demain.'], detectedLanguage: { confidence: 100, language: 'fr' } });
  });

  it('detects each text of an array when the source is auto', async () => {
    const res = await json('/libretranslate/translate', { q: ['Bonjour.', 'Le port et la ville.'], source: 'auto', target: 'en' });
    const body = (await res.json()) as { detectedLanguage: unknown };
    expect(body.detectedLanguage).toEqual([
      { confidence: 50, language: 'fr' },
      { confidence: 100, language: 'fr' },
    ]);
  });

  it('answers alternatives from the beam search when asked, the translation given left out', async () => {
    const res = await json('/libretranslate/translate', { q: ['Bonjour.'], source: 'fr', target: 'en', alternatives: 2 });
    const c = (n: number) => Array(n).fill('ç').join(' ');
    expect(await res.json()).toEqual({ translatedText: [TINY_FP32['Bonjour.']], alternatives: [[`${c(18)} on L`, `${c(19)} on L`]] });
  });

  it('translates the text of HTML and keeps its markup', async () => {
    const res = await json('/libretranslate/translate', { q: '<p class="x">Bonjour. <b>Au revoir.</b></p><code>x = 1</code>', source: 'fr', target: 'en', format: 'html' });
    expect(await res.json()).toEqual({ translatedText: `<p class="x">${TINY_FP32['Bonjour.']} <b>${TINY_FP32['Au revoir.']}</b></p><code>x = 1</code>` });
  });

  it.each([
    ['an unsupported pair', { q: 'Hello.', source: 'en', target: 'fr' }, 'French (fr) is not available as a target language from English (en)'],
    ['an unknown target', { q: 'Bonjour.', source: 'fr', target: 'de' }, 'de is not supported'],
    ['an unknown source', { q: 'Hallo.', source: 'de', target: 'en' }, 'de is not supported'],
    ['English text sent as auto', { q: 'The minister said that the plan was over.', source: 'auto', target: 'en' }, 'English (en) is not available as a target language from English (en)'],
    ['a missing q', { source: 'fr', target: 'en' }, 'Invalid request: missing q parameter'],
    ['a missing target', { q: 'Bonjour.', source: 'fr' }, 'Invalid request: missing target parameter'],
    ['an unknown format', { q: 'Bonjour.', source: 'fr', target: 'en', format: 'markdown' }, 'markdown format is not supported'],
  ])('refuses %s with a 400 in LibreTranslate’s shape', async (_name, body, error) => {
    const res = await json('/libretranslate/translate', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error });
  });

  it('refuses a JSON body that is not an object', async () => {
    const res = await json('/libretranslate/translate', ['Bonjour.']);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'Invalid JSON format' });
  });
});

describe('POST /libretranslate/detect', () => {
  it('answers a list of detections', async () => {
    const res = await form('/libretranslate/detect', { q: 'Le président est arrivé à Paris avec les ministres.' });
    expect(await res.json()).toEqual([{ confidence: 100, language: 'fr' }]);
  });

  it('tells English apart', async () => {
    const res = await json('/libretranslate/detect', { q: 'The president arrived in Paris with the ministers.' });
    expect(await res.json()).toEqual([{ confidence: 100, language: 'en' }]);
  });
});

describe('LibreTranslate with API keys', () => {
  const keyed = tinyConfig({ VISAVIS_API_KEYS: 'lt-key-1', VISAVIS_RATE_REQUESTS: '0', VISAVIS_RATE_CHARS: '0', VISAVIS_CACHE: 'off' });
  const keyedApp = createApp({ config: keyed, translator });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    Promise.resolve(keyedApp.request('/libretranslate/translate', { method: 'POST', headers: { ...LOCAL_HOST, 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }));
  const BODY = { q: 'Bonjour.', source: 'fr', target: 'en' };

  it('accepts the key as api_key in the body', async () => {
    const res = await post({ ...BODY, api_key: 'lt-key-1' });
    expect(await res.json()).toEqual({ translatedText: TINY_FP32['Bonjour.'] });
  });

  it('accepts it as a Bearer header', async () => {
    const res = await post(BODY, { Authorization: 'Bearer lt-key-1' });
    expect(res.status).toBe(200);
  });

  it('refuses a wrong key with 403 and a missing one with 400, as LibreTranslate does', async () => {
    const wrong = await post({ ...BODY, api_key: 'lt-key-2' });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: 'Invalid API key' });
    const none = await post(BODY);
    expect(none.status).toBe(400);
    expect(await none.json()).toEqual({ error: 'Please contact the server operator to get an API key' });
  });

  it('lists languages without a key', async () => {
    const res = await keyedApp.request('/libretranslate/languages', { headers: LOCAL_HOST });
    expect(res.status).toBe(200);
  });
});

describe('LibreTranslate without the model', () => {
  it('answers 500 in its shape, with the command that installs the model', async () => {
    const absent = tinyConfig({ VISAVIS_MODEL: 'visavis/absent', VISAVIS_CACHE: 'off' });
    const missing = createMarianTranslator(absent);
    const res = await createApp({ config: absent, translator: missing }).request('/libretranslate/translate', {
      method: 'POST',
      headers: { ...LOCAL_HOST, 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: 'Bonjour.', source: 'fr', target: 'en' }),
    });
    await missing.dispose();
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: string }).error).toMatch(/^Cannot translate text: The translation model visavis\/absent is not installed yet\. .*models:fetch -- visavis\/absent/);
  });
});

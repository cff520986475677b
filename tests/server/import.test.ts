/**
 * POST /api/import against pages served on 127.0.0.1 (the machine has no internet), with the
 * import allowed to reach exactly that address (VISAVIS_IMPORT_ALLOW_ADDRESSES).
 */
import { gzipSync } from 'node:zlib';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { listen } from '../../server/listener.ts';
import type { ImportResponse } from '../../server/routes/import.ts';
import type { ErrorBody, SegmentResponse } from '../../server/schemas.ts';
import { ARTICLE_HTML, pageServer, type PageServer } from '../support/page-server.ts';
import { postJson } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const MAX_BYTES = 20_000;
const config = tinyConfig({ VISAVIS_IMPORT_ALLOW_ADDRESSES: '127.0.0.1', VISAVIS_IMPORT_MAX_BYTES: String(MAX_BYTES), VISAVIS_IMPORT_TIMEOUT_MS: '5000' });
const translator = createMarianTranslator(config);
const app = createApp({ config, translator });
const post = (body: unknown) => postJson(app, '/api/import', body);

const TITLE = "Le port de Marseille s'agrandit";
const ARTICLE_TEXT = [
  TITLE,
  "Le port de Marseille a annoncé jeudi un vaste projet d'agrandissement. Les travaux commenceront au printemps prochain et dureront trois ans.",
  "Selon la direction, le nouveau quai accueillera des navires plus grands que ceux d'aujourd'hui. Les habitants du quartier restent prudents et demandent des garanties.",
  "Le maire de la ville a salué une « bonne nouvelle pour l'emploi ». Il a rappelé que le port fait vivre des milliers de familles dans la région.",
  "Les associations de défense de l'environnement, elles, s'inquiètent pour la qualité de l'eau. Elles ont demandé une étude indépendante avant le début du chantier.",
].join('\n\n');
const PLAIN_TEXT = 'La grève continue\n\nLes cheminots ont voté jeudi la poursuite du mouvement. Les trains restent rares.';
const ENGLISH_HTML = `<!doctype html><html><head><title>Port expansion</title></head><body><article><h1>The port is growing</h1>
<p>The port of Marseille announced on Thursday a vast expansion project. The work will begin next spring and last three years, the management said.</p>
<p>According to the management, the new quay will receive larger ships than those of today. Residents of the neighbourhood remain cautious about it.</p>
<p>The mayor of the city welcomed good news for employment. He recalled that the port supports thousands of families in the region and beyond it.</p>
</article></body></html>`;

const html = (res: ServerResponse, body: string | Buffer, type = 'text/html; charset=utf-8') => {
  res.setHeader('Content-Type', type);
  res.end(body);
};

/** Every page the tests import, by path. */
const PAGES: Record<string, (res: ServerResponse, path: string) => void> = {
  '/article': (res) => html(res, ARTICLE_HTML),
  '/moved': (res) => res.writeHead(302, { Location: '/article' }).end(),
  '/latin1': (res) => html(res, Buffer.from(ARTICLE_HTML.replace('<meta charset="utf-8">', ''), 'latin1'), 'text/html; charset=ISO-8859-1'),
  '/latin1-meta': (res) => html(res, Buffer.from(ARTICLE_HTML.replace('utf-8', 'iso-8859-1'), 'latin1'), 'text/html'),
  '/gzip': (res) => {
    res.setHeader('Content-Encoding', 'gzip');
    html(res, gzipSync(ARTICLE_HTML));
  },
  '/fragment': (res) => html(res, ARTICLE_HTML.slice(ARTICLE_HTML.indexOf('<article>'), ARTICLE_HTML.indexOf('</article>') + 10)),
  '/plain': (res) => html(res, PLAIN_TEXT, 'text/plain; charset=utf-8'),
  '/image': (res) => html(res, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'),
  '/untyped': (res) => res.end(ARTICLE_HTML),
  '/declared-large': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(MAX_BYTES + 1) });
    res.end('x'.repeat(MAX_BYTES + 1));
  },
  '/endless': (res) => {
    // Chunked, no length: only counting while streaming stops it.
    res.writeHead(200, { 'Content-Type': 'text/html' });
    const timer = setInterval(() => res.write(`<p>${'bla '.repeat(250)}</p>`), 2);
    res.on('close', () => clearInterval(timer));
  },
  '/missing': (res) => res.writeHead(404).end('Not here'),
  '/failing': (res) => res.writeHead(503).end(),
  '/empty': (res) => html(res, ''),
  '/nothing': (res) => html(res, '<!doctype html><html><head><title>Accueil</title></head><body></body></html>'),
  '/english': (res) => html(res, ENGLISH_HTML),
  '/hang': () => {},
};

let site: PageServer;
const requests: { path: string; headers: IncomingHttpHeaders }[] = [];
beforeAll(async () => {
  site = await pageServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const loop = /^\/loop\/(\d+)$/.exec(path);
    if (loop) return void res.writeHead(302, { Location: `/loop/${Number(loop[1]) + 1}` }).end();
    (PAGES[path] ?? PAGES['/missing']!)(res, path);
  });
});
afterAll(async () => {
  await site.close();
  await translator.dispose();
});

describe('POST /api/import', () => {
  it('answers what /api/segment answers for the page, plus its title and address', async () => {
    const res = await post({ url: site.url('/article') });
    expect(res.status).toBe(200);
    const imported = (await res.json()) as ImportResponse;
    const segmented = (await (await postJson(app, '/api/segment', { text: ARTICLE_HTML })).json()) as SegmentResponse;
    expect(imported).toEqual({ ...segmented, title: TITLE, url: site.url('/article') });
    expect(imported.text).toBe(ARTICLE_TEXT);
    expect(imported.paragraphs.map((p) => [p.kind, p.sentences.length])).toEqual([['title', 1], ['body', 2], ['body', 2], ['body', 2], ['body', 2]]);
  });

  it('imports through the real listener too (the request’s abort signal stays quiet while it works)', async () => {
    const { server, port } = await listen(app.fetch, { ...config, port: 0 });
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/import`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ url: site.url('/article') }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ url: site.url('/article'), title: TITLE, text: ARTICLE_TEXT });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('sends a plain User-Agent naming Vis-à-vis, and no cookie', async () => {
    await post({ url: site.url('/article') });
    const { headers } = requests.at(-1)!;
    expect(headers['user-agent']).toMatch(/^Vis-a-vis\/0\.1 \(/);
    expect(headers.cookie).toBeUndefined();
    expect(headers.authorization).toBeUndefined();
    expect(headers.accept).toBe('text/html,application/xhtml+xml,text/plain;q=0.9');
  });

  it('follows a redirect and gives the address it ended at', async () => {
    const res = await post({ url: site.url('/moved') });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ url: site.url('/article'), title: TITLE, text: ARTICLE_TEXT });
  });

  it.each([
    ['named by the Content-Type', '/latin1'],
    ['named by <meta charset>', '/latin1-meta'],
  ])('decodes a latin-1 page with its charset %s', async (_name, path) => {
    const res = await post({ url: site.url(path) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ title: TITLE, text: ARTICLE_TEXT });
  });

  it('reads a gzip-compressed page', async () => {
    const res = await post({ url: site.url('/gzip') });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ title: TITLE, text: ARTICLE_TEXT });
  });

  it('reads what the server calls HTML as HTML, even a bare fragment', async () => {
    const res = await post({ url: site.url('/fragment') });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ title: TITLE, text: ARTICLE_TEXT });
  });

  it('reads a text/plain page as the text itself, titled by its headline', async () => {
    const res = await post({ url: site.url('/plain') });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      url: site.url('/plain'),
      title: 'La grève continue',
      text: PLAIN_TEXT,
      paragraphs: [
        { start: 0, end: 17, kind: 'title', sentences: [{ start: 0, end: 17 }] },
        { start: 19, end: 100, kind: 'body', sentences: [{ start: 19, end: 74 }, { start: 75, end: 100 }] },
      ],
    });
  });

  const host = () => `127.0.0.1:${site.port}`;
  it.each([
    ['an image', '/image', 422, 'URL_NOT_ARTICLE', () => 'This address gives image/png, not a web page: only text/html, application/xhtml+xml, text/plain can be imported.'],
    ['a page without a Content-Type', '/untyped', 422, 'URL_NOT_ARTICLE', () => 'This address gives no readable content type, not a web page: only text/html, application/xhtml+xml, text/plain can be imported.'],
    ['an empty page', '/empty', 422, 'URL_NOT_ARTICLE', () => 'This page is empty.'],
    ['a page without article text', '/nothing', 422, 'URL_NOT_ARTICLE', () => 'This page holds no article text that could be found. Open the article itself, or paste its text.'],
    ['an English article', '/english', 422, 'NOT_FRENCH', () => 'This text reads like English. Vis-à-vis translates French into English: paste a French text.'],
    ['a page that says it is too large', '/declared-large', 413, 'URL_TOO_LARGE', () => "The page is larger than 20000 bytes, the most this server downloads (VISAVIS_IMPORT_MAX_BYTES). Save the article's text and paste it."],
    ['a page that streams past the limit', '/endless', 413, 'URL_TOO_LARGE', () => "The page is larger than 20000 bytes, the most this server downloads (VISAVIS_IMPORT_MAX_BYTES). Save the article's text and paste it."],
    ['a missing page', '/missing', 502, 'URL_UNREACHABLE', () => `${host()} could not be read: it answered 404 Not Found. Check the address, or try again later.`],
    ['a failing server', '/failing', 502, 'URL_UNREACHABLE', () => `${host()} could not be read: it answered 503 Service Unavailable. Check the address, or try again later.`],
    ['a redirect loop', '/loop/0', 502, 'URL_UNREACHABLE', () => `${host()} could not be read: it redirects more than 5 times. Check the address, or try again later.`],
  ])('refuses %s', async (_name, path, status, code, message) => {
    const res = await post({ url: site.url(path) });
    expect(res.status).toBe(status);
    expect((await res.json()) as ErrorBody).toEqual({ error: { code, message: message() } });
  });

  it('follows 5 redirects, and no sixth', async () => {
    const before = requests.length;
    await post({ url: site.url('/loop/0') });
    expect(requests.slice(before).map((r) => r.path)).toEqual(['/loop/0', '/loop/1', '/loop/2', '/loop/3', '/loop/4', '/loop/5']);
  });

  it('says when the connection is refused', async () => {
    const closed = await pageServer(() => {});
    const url = closed.url('/');
    await closed.close();
    const res = await post({ url });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({
      error: { code: 'URL_UNREACHABLE', message: `127.0.0.1:${closed.port} could not be read: it refused the connection. Check the address, or try again later.` },
    });
  });

  it('gives up on a server that does not answer in time', async () => {
    const quick = tinyConfig({ VISAVIS_IMPORT_ALLOW_ADDRESSES: '127.0.0.1', VISAVIS_IMPORT_TIMEOUT_MS: '300' });
    const started = performance.now();
    const res = await postJson(createApp({ config: quick, translator }), '/api/import', { url: site.url('/hang') });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({
      error: { code: 'URL_UNREACHABLE', message: `${host()} could not be read: it did not send the page within 0.3 s. Check the address, or try again later.` },
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses an article longer than the reader takes (VISAVIS_MAX_CHARS), though its page is larger still', async () => {
    const small = createApp({ config: tinyConfig({ VISAVIS_IMPORT_ALLOW_ADDRESSES: '127.0.0.1', VISAVIS_MAX_CHARS: '600' }), translator });
    const res = await postJson(small, '/api/import', { url: site.url('/article') });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: { code: 'TEXT_TOO_LONG', message: `The text has ${ARTICLE_TEXT.length} characters; this server accepts at most 600 (VISAVIS_MAX_CHARS). Split the article.` },
    });
  });

  it.each([
    ['a missing url', {}, 'BAD_REQUEST', 'Send JSON like {"url": "https://…"} with the address of a French article.'],
    ['a url that is not a string', { url: 42 }, 'BAD_REQUEST', 'Send JSON like {"url": "https://…"} with the address of a French article.'],
    ['words that are not an address', { url: 'le port de Marseille' }, 'URL_INVALID', 'This is not a web address: send a full address like https://www.example.fr/article.'],
  ])('rejects %s with 400', async (_name, body, code, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code, message } });
  });
});

/**
 * The import never becomes a way into the user's network. With the default configuration every
 * address on this computer or a private network is refused, and an IP address is refused before
 * any socket connects (a spy on `net.Socket#connect` and a 1 s limit per test): these tests send
 * nothing anywhere, and never to an address outside loopback.
 */
import type { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { guardedAgents, refusalOf } from '../../server/import/guard.ts';
import type { ErrorBody } from '../../server/schemas.ts';
import { ARTICLE_HTML, pageServer, type PageServer } from '../support/page-server.ts';
import { postJson } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const SECOND = 1000;
const config = tinyConfig();
const translator = createMarianTranslator(config);
const appWith = (env: Record<string, string> = {}) => createApp({ config: tinyConfig(env), translator });
const app = appWith();
const importUrl = (url: string, on = app) => postJson(on, '/api/import', { url });
afterAll(() => translator.dispose());

let connect: MockInstance;
beforeEach(() => {
  connect = vi.spyOn(net.Socket.prototype, 'connect');
});
afterEach(() => connect.mockRestore());

const PRIVATE = 'an address on this computer or a private network; Vis-à-vis imports only public pages (VISAVIS_IMPORT_ALLOW_PRIVATE=1 allows intranet pages).';

describe('addresses refused before any connection', () => {
  it.each([
    ['loopback', 'http://127.0.0.1/', '127.0.0.1'],
    ['loopback with a port and a path', 'http://127.0.0.1:8787/api/health', '127.0.0.1'],
    ['loopback over https', 'https://127.0.0.1/', '127.0.0.1'],
    ['loopback as one decimal number', 'http://2130706433/', '127.0.0.1'],
    ['loopback in hexadecimal', 'http://0x7f000001/', '127.0.0.1'],
    ['loopback in octal', 'http://017700000001/', '127.0.0.1'],
    ['loopback in mixed short form', 'http://0x7f.1/', '127.0.0.1'],
    ['loopback in short form', 'http://127.1/', '127.0.0.1'],
    ['another loopback address', 'http://127.8.9.10/', '127.8.9.10'],
    ['IPv6 loopback', 'http://[::1]/', '[::1]'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
    ['IPv4-mapped IPv6 private', 'http://[::ffff:10.0.0.1]/', '[::ffff:a00:1]'],
    ['private 10/8', 'http://10.0.0.1/', '10.0.0.1'],
    ['private 172.16/12', 'http://172.16.5.4/', '172.16.5.4'],
    ['private 192.168/16', 'http://192.168.1.1/', '192.168.1.1'],
    ['carrier-grade NAT', 'http://100.64.0.1/', '100.64.0.1'],
    ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['IPv6 link-local', 'http://[fe80::1]/', '[fe80::1]'],
    ['IPv6 unique-local', 'http://[fc00::1]/', '[fc00::1]'],
    ['IPv6 unique-local fd00::/8', 'http://[fd12:3456::1]/', '[fd12:3456::1]'],
    ['multicast', 'http://224.0.0.1/', '224.0.0.1'],
    ['IPv6 multicast', 'http://[ff02::1]/', '[ff02::1]'],
    ['broadcast', 'http://255.255.255.255/', '255.255.255.255'],
  ])('%s: %s', async (_name, url, host) => {
    const res = await importUrl(url);
    expect(res.status).toBe(403);
    expect((await res.json()) as ErrorBody).toEqual({ error: { code: 'URL_FORBIDDEN', message: `${host} is ${PRIVATE}` } });
    expect(connect).not.toHaveBeenCalled();
  }, SECOND);

  it.each([
    ['http://0.0.0.0/', '0.0.0.0'],
    ['http://0/', '0.0.0.0'],
    ['http://[::]/', '[::]'],
  ])('the unspecified address %s, even with VISAVIS_IMPORT_ALLOW_PRIVATE=1', async (url, host) => {
    for (const on of [app, appWith({ VISAVIS_IMPORT_ALLOW_PRIVATE: '1' })]) {
      const res = await importUrl(url, on);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: { code: 'URL_FORBIDDEN', message: `${host} is the unspecified address, which is never fetched.` } });
    }
    expect(connect).not.toHaveBeenCalled();
  }, SECOND);
});

describe('addresses that are not http(s) pages', () => {
  it.each([
    ['ftp://x/', 'Only http:// and https:// pages can be imported, not ftp: addresses.'],
    ['file:///etc/passwd', 'Only http:// and https:// pages can be imported, not file: addresses.'],
    ['javascript:alert(1)', 'Only http:// and https:// pages can be imported, not javascript: addresses.'],
    ['data:text/html,<p>Bonjour</p>', 'Only http:// and https:// pages can be imported, not data: addresses.'],
    ['ws://example.fr/', 'Only http:// and https:// pages can be imported, not ws: addresses.'],
    ['', 'This is not a web address: send a full address like https://www.example.fr/article.'],
    ['http://', 'This is not a web address: send a full address like https://www.example.fr/article.'],
    ['www.example.fr/article', 'This is not a web address: send a full address like https://www.example.fr/article.'],
    ['http://[::1/', 'This is not a web address: send a full address like https://www.example.fr/article.'],
    ['http://user:secret@example.fr/', 'Addresses with a user name or password are not imported: remove the "user:password@" part.'],
    [`http://example.fr/${'a'.repeat(2048)}`, 'This address is longer than 2048 characters: send the address of the article itself.'],
  ])('%s → 400 URL_INVALID', async (url, message) => {
    const res = await importUrl(url);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'URL_INVALID', message } });
    expect(connect).not.toHaveBeenCalled();
  }, SECOND);
});

describe('host names that resolve to a refused address', () => {
  let site: PageServer;
  beforeAll(async () => {
    site = await pageServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(ARTICLE_HTML));
  });
  afterAll(() => site.close());

  it('refuses http://localhost/', async () => {
    const res = await importUrl('http://localhost/');
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'URL_FORBIDDEN', message: `localhost resolves to 127.0.0.1, ${PRIVATE}` } });
  }, SECOND);

  it('refuses localhost, checked on the address the socket would connect to', async () => {
    const res = await importUrl(`http://localhost:${site.port}/`);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'URL_FORBIDDEN', message: `localhost resolves to 127.0.0.1, ${PRIVATE}` } });
    expect(site.connections).toBe(0);
  }, SECOND);

  it('reaches the same page with VISAVIS_IMPORT_ALLOW_PRIVATE=1 (so the refusal above is the guard’s)', async () => {
    const res = await importUrl(`http://localhost:${site.port}/`, appWith({ VISAVIS_IMPORT_ALLOW_PRIVATE: '1' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ url: `http://localhost:${site.port}/`, title: "Le port de Marseille s'agrandit" });
    expect(site.connections).toBe(1);
  });
});

describe('redirects, each checked again', () => {
  // The first hop is allowed (127.0.0.1 only); the redirect goes to another loopback address.
  const allowOne = appWith({ VISAVIS_IMPORT_ALLOW_ADDRESSES: '127.0.0.1' });
  let first: PageServer;
  let second: PageServer;
  beforeAll(async () => {
    second = await pageServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(ARTICLE_HTML), '127.0.0.2');
    const targets: Record<string, string> = {
      '/to-second': second.url('/'),
      '/to-second-as-a-number': `http://2130706434:${second.port}/`,
      '/to-metadata': 'http://169.254.169.254/latest/meta-data/',
      '/to-file': 'file:///etc/passwd',
    };
    first = await pageServer((req, res) => res.writeHead(302, { Location: targets[req.url ?? ''] ?? '/' }).end());
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it.each([
    ['another loopback address', '/to-second'],
    ['another loopback address written as a number', '/to-second-as-a-number'],
  ])('refuses a redirect to %s', async (_name, path) => {
    const res = await importUrl(first.url(path), allowOne);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'URL_FORBIDDEN', message: `127.0.0.2 is ${PRIVATE}` } });
    expect(second.connections).toBe(0);
  }, SECOND);

  it('reaches that second server when it is allowed too (so the refusal above is the guard’s)', async () => {
    const res = await importUrl(first.url('/to-second'), appWith({ VISAVIS_IMPORT_ALLOW_ADDRESSES: '127.0.0.0/8' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ url: second.url('/') });
    expect(second.connections).toBe(1);
  });

  it('refuses a redirect to the cloud metadata address, connecting only to the first server', async () => {
    const res = await importUrl(first.url('/to-metadata'), allowOne);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'URL_FORBIDDEN', message: `169.254.169.254 is ${PRIVATE}` } });
    expect(connect).toHaveBeenCalledTimes(1);
    expect(first.paths).toContain('/to-metadata');
  }, SECOND);

  it('refuses a redirect to a file: address, without naming its path', async () => {
    const res = await importUrl(first.url('/to-file'), allowOne);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: 'URL_FORBIDDEN', message: `The page at 127.0.0.1:${first.port} redirects to a file: address; only http:// and https:// pages are fetched.` },
    });
  }, SECOND);
});

describe('the guard', () => {
  it('checks the answer of the socket’s own DNS lookup, so a name cannot change its address after a check (DNS rebinding)', async () => {
    const site = await pageServer((_req, res) => res.end('ok'));
    const agents = guardedAgents({ allowPrivate: false, allowAddresses: [] });
    let lookups = 0;
    // A resolver for a rebinding name: whatever it answered before, the connection asks it now.
    const rebound = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      lookups++;
      if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
      else callback(null, '127.0.0.1', 4);
    }) as unknown as typeof dnsLookup;
    const error = await new Promise<unknown>((resolve) => {
      http.get({ host: 'rebinding.example', port: site.port, agent: agents.http, lookup: rebound }, () => resolve(undefined)).on('error', resolve);
    });
    expect(refusalOf(error)).toEqual({ address: '127.0.0.1', kind: 'private' });
    expect(lookups).toBe(1);
    expect(site.connections).toBe(0);
    agents.destroy();
    await site.close();
  }, SECOND);

  it('knows the refusal of request-filtering-agent by its message (its errors carry no code)', () => {
    expect(refusalOf(new Error('DNS lookup 127.0.0.1(family:4, host:localhost) is not allowed. Because, It is private IP address.'))).toEqual({ address: '127.0.0.1', kind: 'private' });
    expect(refusalOf(new Error('DNS lookup 0.0.0.0(family:undefined, host:undefined) is not allowed. Because, It is meta IP address.'))).toEqual({ address: '0.0.0.0', kind: 'meta' });
    expect(refusalOf(Object.assign(new Error('getaddrinfo ENOTFOUND example.invalid'), { code: 'ENOTFOUND' }))).toBeUndefined();
  });
});

describe('configuration', () => {
  it('refuses private addresses unless told otherwise, with a 15 s and 5 MB limit', () => {
    expect(loadConfig({})).toMatchObject({ importAllowPrivate: false, importAllowAddresses: [], importTimeoutMs: 15_000, importMaxBytes: 5_000_000 });
  });

  it('reads the allowed addresses and ranges', () => {
    const { importAllowAddresses } = loadConfig({ VISAVIS_IMPORT_ALLOW_ADDRESSES: '10.1.2.3, 192.168.0.0/24,fd00::/8' });
    expect(importAllowAddresses).toEqual(['10.1.2.3', '192.168.0.0/24', 'fd00::/8']);
  });

  it.each(['intranet.local', '10.0.0.0/33', '10.0.0.1/8/8', '::1/129'])('refuses %s in VISAVIS_IMPORT_ALLOW_ADDRESSES', (entry) => {
    expect(() => loadConfig({ VISAVIS_IMPORT_ALLOW_ADDRESSES: entry })).toThrow(
      `VISAVIS_IMPORT_ALLOW_ADDRESSES must list IP addresses or CIDR ranges (like 10.1.2.3,192.168.0.0/24), got "${entry}"`,
    );
  });
});

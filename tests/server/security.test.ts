import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { hostName } from '../../server/security.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const config = tinyConfig();
const translator = createMarianTranslator(config);
const app = createApp({ config, translator });
afterAll(() => translator.dispose());

const health = (host: string) => app.request('http://x/api/health', { headers: { Host: host } });

describe('the Host check (DNS rebinding)', () => {
  it.each(['localhost:8787', '127.0.0.1:8787', '[::1]:8787', 'LOCALHOST'])('answers a request addressed to %s', async (host) => {
    expect((await health(host)).status).toBe(200);
  });

  it.each(['evil.example', 'evil.example:8787', '127.0.0.1.nip.io'])('refuses a request addressed to "%s" before any work', async (host) => {
    const res = await health(host);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('HOST_NOT_ALLOWED');
    expect(body.error.message).toContain('VISAVIS_ALLOWED_HOSTS');
  });

  it('reads the host from the URL when a request carries no Host header (in-process requests)', async () => {
    expect((await app.request('http://localhost/api/health')).status).toBe(200);
    expect((await app.request('http://evil.example/api/health')).status).toBe(403);
  });

  it('also guards the page, not only the API', async () => {
    expect((await app.request('http://x/', { headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  it('takes names from VISAVIS_ALLOWED_HOSTS and the bound address, never a wildcard bind', () => {
    expect(loadConfig({ HOST: '192.168.1.20', VISAVIS_ALLOWED_HOSTS: 'reader.lan, Other.Lan' }).allowedHosts).toEqual([
      'localhost', '127.0.0.1', '[::1]', '::1', '192.168.1.20', 'reader.lan', 'other.lan',
    ]);
    expect(loadConfig({ HOST: '0.0.0.0' }).allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]', '::1']);
  });

  it.each([
    ['localhost:8787', 'localhost'],
    ['[::1]:8787', '[::1]'],
    ['[::1]', '[::1]'],
    ['Example.COM', 'example.com'],
  ])('reads the host name of %s as %s', (header, name) => {
    expect(hostName(header)).toBe(name);
  });
});

describe('security headers', () => {
  it('forbid inline and foreign scripts, framing by other sites, and sniffing', async () => {
    const res = await health('localhost');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

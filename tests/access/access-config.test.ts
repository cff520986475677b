import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

const dir = mkdtempSync(join(tmpdir(), 'visavis-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('API keys, rate limits and origins in the configuration', () => {
  it('asks no key, and allows no origin, by default', () => {
    const config = loadConfig({});
    expect([config.apiKeys, config.rateRequests, config.rateChars, config.allowedOrigins]).toEqual([[], 120, 1_000_000, []]);
  });

  it('reads keys from VISAVIS_API_KEYS and from a file, one a line, without comments or duplicates', () => {
    const file = join(dir, 'keys.txt');
    writeFileSync(file, '# the blog\nkey-from-file\r\n\n  key-two  \n# old: key-three\n');
    const config = loadConfig({ VISAVIS_API_KEYS: 'key-one, key-two,', VISAVIS_API_KEYS_FILE: file });
    expect(config.apiKeys).toEqual(['key-one', 'key-two', 'key-from-file']);
  });

  it.each([
    [{ VISAVIS_API_KEYS_FILE: join(dir, 'absent.txt') }, `VISAVIS_API_KEYS_FILE names a file that cannot be read (ENOENT): "${join(dir, 'absent.txt')}"`],
    [{ VISAVIS_RATE_REQUESTS: '-1' }, 'VISAVIS_RATE_REQUESTS must be an integer from 0 to 1000000, got "-1"'],
    [{ VISAVIS_ALLOWED_ORIGINS: 'https://blog.example/' }, 'VISAVIS_ALLOWED_ORIGINS must list origins like https://blog.example or http://localhost:5173 (no path, no trailing slash, lower case), got "https://blog.example/"'],
    [{ VISAVIS_ALLOWED_ORIGINS: 'blog.example' }, 'VISAVIS_ALLOWED_ORIGINS must list origins like https://blog.example or http://localhost:5173 (no path, no trailing slash, lower case), got "blog.example"'],
    [{ VISAVIS_ALLOWED_ORIGINS: 'https://Blog.example' }, 'VISAVIS_ALLOWED_ORIGINS must list origins like https://blog.example or http://localhost:5173 (no path, no trailing slash, lower case), got "https://Blog.example"'],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('keeps exact origins as given', () => {
    expect(loadConfig({ VISAVIS_ALLOWED_ORIGINS: 'https://blog.example, http://localhost:5173' }).allowedOrigins).toEqual(['https://blog.example', 'http://localhost:5173']);
  });
});

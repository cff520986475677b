import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDictionarySource, dictionaryAsset, DICTIONARY_BYTES } from '../../server/assets/dictionary.ts';
import { DEFAULT_DICTIONARY_URL, loadConfig } from '../../server/config.ts';
import { startFakeHub, type FakeHub } from '../support/fake-hub.ts';
import { FIXTURE_DICTIONARY } from './stand-ins.ts';

const FILE = readFileSync(FIXTURE_DICTIONARY);
const KEY = 'pquentin/wiktionary-translations/frwiktionary.csv';
let hub: FakeHub;
let dir: string;

beforeAll(async () => {
  hub = await startFakeHub({ [KEY]: FILE });
  dir = mkdtempSync(join(tmpdir(), 'visavis-dictionary-'));
});

afterAll(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

const spec = (name: string, overrides: Partial<Parameters<typeof createDictionarySource>[0]> = {}) => ({
  dictionaryFile: join(dir, name),
  dictionaryLocal: false,
  dictionaryUrl: `${hub.url}/pquentin/wiktionary-translations/resolve/main/frwiktionary.csv`,
  offline: false,
  ...overrides,
});

describe('the dictionary asset', () => {
  it('is the pinned raw GitHub file, in the data folder unless VISAVIS_DICTIONARY names a copy', () => {
    const config = loadConfig({ VISAVIS_DATA_DIR: dir });
    expect(dictionaryAsset(config)).toEqual({
      name: 'frwiktionary-20140612-euradicfmt.csv',
      url: 'https://raw.githubusercontent.com/pquentin/wiktionary-translations/1a7f7ea1a55f47d6abe21556059e7b39ec852c00/frwiktionary-20140612-euradicfmt.csv',
      path: join(dir, 'frwiktionary-20140612-euradicfmt.csv'),
      size: DICTIONARY_BYTES,
    });
    expect(config.dictionaryUrl).toBe(DEFAULT_DICTIONARY_URL);
    const local = loadConfig({ VISAVIS_DATA_DIR: dir, VISAVIS_DICTIONARY: FIXTURE_DICTIONARY });
    expect([local.dictionaryFile, local.dictionaryLocal]).toEqual([FIXTURE_DICTIONARY, true]);
  });

  it('downloads on first use, size checked, then loads', async () => {
    const source = createDictionarySource(spec('good.csv'), FILE.length);
    expect(await source.load()).toEqual({ state: 'unavailable', reason: 'The dictionary is being downloaded (3 MB); glosses will follow shortly.' });
    await source.download();
    expect(readFileSync(join(dir, 'good.csv')).equals(FILE)).toBe(true);
    const state = await source.load();
    expect(state.state === 'ready' && state.dictionary.get('accroître')).toEqual([
      { text: 'accrue', pos: 'VERB' },
      { text: 'increase', pos: 'VERB' },
      { text: 'grow', pos: 'VERB' },
      { text: 'build up', pos: 'VERB' },
      { text: 'growth', pos: 'NOUN' },
    ]);
    expect(hub.requests.filter((r) => r.startsWith('GET'))).toEqual([`GET /pquentin/wiktionary-translations/resolve/main/frwiktionary.csv`, `GET /cdn/${encodeURIComponent(KEY)}`]);
  });

  it('refuses a file of another size and says so', async () => {
    const source = createDictionarySource(spec('wrong.csv'), FILE.length + 1);
    await source.load();
    await expect(source.download()).rejects.toThrow(`wrong.csv: got ${FILE.length} bytes, expected ${FILE.length + 1}`);
    expect(existsSync(join(dir, 'wrong.csv'))).toBe(false);
    const state = await source.load();
    expect(state.state === 'unavailable' && state.reason).toMatch(/^The dictionary could not be downloaded \(restart the server to try again\): wrong\.csv: got \d+ bytes/);
  });

  it('never downloads offline or when VISAVIS_DICTIONARY names a missing copy', async () => {
    hub.requests.length = 0;
    const offline = createDictionarySource(spec('offline.csv', { offline: true }));
    expect(await offline.load()).toEqual({ state: 'unavailable', reason: 'The dictionary is not installed and this server does not download (VISAVIS_OFFLINE=1).' });
    const local = createDictionarySource(spec('mine.csv', { dictionaryLocal: true }));
    expect(await local.load()).toEqual({ state: 'unavailable', reason: 'The dictionary file VISAVIS_DICTIONARY names does not exist: mine.csv.' });
    await expect(local.download()).rejects.toThrow('does not exist: mine.csv.');
    expect(hub.requests).toEqual([]);
  });
});

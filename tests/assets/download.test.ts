import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadAssets } from '../../server/assets/download.ts';
import { modelAssets } from '../../server/assets/manifest.ts';
import type { DownloadProgress } from '../../server/schemas.ts';
import { startFakeHub, type FakeHub } from '../support/fake-hub.ts';

const CONFIG = Buffer.from('{"model_type":"marian"}');
const ENCODER = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
let hub: FakeHub;
let dir: string;

beforeAll(async () => {
  hub = await startFakeHub({ 'acme/tiny-mt/config.json': CONFIG, 'acme/tiny-mt/onnx/encoder_model_quantized.onnx': ENCODER });
  dir = mkdtempSync(join(tmpdir(), 'visavis-download-'));
});

afterAll(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The fake hub's two files, as the manifest names and places them. */
function assets() {
  return modelAssets({ hubUrl: hub.url, modelsDir: dir, modelId: 'acme/tiny-mt', dtype: 'q8' }).filter((a) => a.name === 'config.json' || a.name.startsWith('onnx/encoder'));
}

describe('downloadAssets against a local fake hub', () => {
  it('downloads every file with progress over the whole set, verifying sizes', async () => {
    const progress: DownloadProgress[] = [];
    const fetched = await downloadAssets(assets(), { onProgress: (p) => progress.push(p) });
    expect(fetched.map((f) => [f.name, f.bytes, f.skipped])).toEqual([
      ['config.json', 23, false],
      ['onnx/encoder_model_quantized.onnx', 300_000, false],
    ]);
    expect(readFileSync(join(dir, 'acme/tiny-mt/config.json')).equals(CONFIG)).toBe(true);
    expect(readFileSync(join(dir, 'acme/tiny-mt/onnx/encoder_model_quantized.onnx')).equals(ENCODER)).toBe(true);
    expect(progress[0]).toEqual({ received: 0, total: 300_023, file: 'config.json' });
    expect(progress.at(-1)).toEqual({ received: 300_023, total: 300_023 });
    expect(progress.map((p) => p.received)).toEqual([...progress.map((p) => p.received)].sort((a, b) => a - b));
  });

  it('skips complete files and resumes a partial one with a Range request', async () => {
    const target = join(dir, 'acme/tiny-mt/onnx/encoder_model_quantized.onnx');
    rmSync(target);
    writeFileSync(`${target}.part`, ENCODER.subarray(0, 120_000));
    hub.requests.length = 0;
    const fetched = await downloadAssets(assets());
    expect(fetched.map((f) => [f.skipped, f.resumed])).toEqual([[true, false], [false, true]]);
    expect(hub.requests).toContain(`GET /cdn/${encodeURIComponent('acme/tiny-mt/onnx/encoder_model_quantized.onnx')} bytes=120000-`);
    expect(readFileSync(target).equals(ENCODER)).toBe(true);
    expect(existsSync(`${target}.part`)).toBe(false);
  });

  it('fails clearly on a file the hub does not have', async () => {
    const missing = modelAssets({ hubUrl: hub.url, modelsDir: dir, modelId: 'acme/tiny-mt', dtype: 'q8' }).filter((a) => a.name === 'tokenizer.json');
    await expect(downloadAssets(missing)).rejects.toThrow(/tokenizer\.json answered 404/);
  });

  it('refuses a file whose size differs from the one announced, keeping the part to resume', async () => {
    const wrong = [{ name: 'config.json', url: `${hub.url}/acme/tiny-mt/resolve/main/config.json`, path: join(dir, 'sized/config.json'), size: 99 }];
    await expect(downloadAssets(wrong)).rejects.toThrow('config.json: got 23 bytes, expected 99');
    expect(existsSync(join(dir, 'sized/config.json'))).toBe(false);
  });
});

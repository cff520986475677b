import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchModel, type Progress } from '../../models/fetch.ts';

/** A fake hub: `/<id>/resolve/main/<file>` with HEAD, Range, and LFS-style redirects. */
const FILES: Record<string, Buffer> = {
  'config.json': Buffer.from('{"model_type":"marian"}'),
  'onnx/encoder_model_quantized.onnx': Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251)),
};
const requests: string[] = [];
let server: Server;
let hub: string;
let dir: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url} ${req.headers.range ?? ''}`.trim());
    const match = /^\/acme\/tiny-mt\/resolve\/main\/(.+)$/.exec(req.url ?? '');
    if (req.url?.startsWith('/cdn/')) {
      const body = FILES[req.url.slice(5)]!;
      const range = /bytes=(\d+)-/.exec(req.headers.range ?? '');
      const from = range ? Number(range[1]) : 0;
      res.writeHead(range ? 206 : 200, { 'Content-Length': body.length - from });
      res.end(req.method === 'HEAD' ? undefined : body.subarray(from));
      return;
    }
    const body = match && FILES[match[1]!];
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(302, { Location: `/cdn/${match[1]}`, 'x-linked-size': String(body.length) }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hub = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'visavis-fetch-'));
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fetchModel against a local fake hub', () => {
  const files = Object.keys(FILES);

  it('downloads every file with progress, verifying sizes', async () => {
    const progress: Progress[] = [];
    const fetched = await fetchModel({ modelId: 'acme/tiny-mt', files, modelsDir: dir, hubUrl: hub, onProgress: (p) => progress.push(p) });
    expect(fetched.map((f) => [f.file, f.bytes, f.skipped])).toEqual([
      ['config.json', 23, false],
      ['onnx/encoder_model_quantized.onnx', 300_000, false],
    ]);
    for (const file of files) expect(readFileSync(join(dir, 'acme/tiny-mt', file)).equals(FILES[file]!)).toBe(true);
    expect(progress.at(-1)).toEqual({ file: 'onnx/encoder_model_quantized.onnx', received: 300_000, total: 300_000 });
  });

  it('skips complete files and resumes a partial one with a Range request', async () => {
    const target = join(dir, 'acme/tiny-mt', 'onnx/encoder_model_quantized.onnx');
    rmSync(target);
    writeFileSync(`${target}.part`, FILES['onnx/encoder_model_quantized.onnx']!.subarray(0, 120_000));
    requests.length = 0;
    const fetched = await fetchModel({ modelId: 'acme/tiny-mt', files, modelsDir: dir, hubUrl: hub });
    expect(fetched.map((f) => [f.skipped, f.resumed])).toEqual([[true, false], [false, true]]);
    expect(requests).toContain('GET /cdn/onnx/encoder_model_quantized.onnx bytes=120000-');
    expect(readFileSync(target).equals(FILES['onnx/encoder_model_quantized.onnx']!)).toBe(true);
    expect(existsSync(`${target}.part`)).toBe(false);
  });

  it('fails clearly on a missing file', async () => {
    mkdirSync(join(dir, 'other'), { recursive: true });
    await expect(fetchModel({ modelId: 'acme/tiny-mt', files: ['tokenizer.json'], modelsDir: dir, hubUrl: hub })).rejects.toThrow(/404/);
  });
});

/**
 * Downloads a Marian model's files from the Hugging Face hub into the models folder: resumable
 * (a `.part` file continues with an HTTP Range request), sizes verified, with a progress bar.
 * It needs the internet; the server never downloads anything by itself.
 *
 * @example npm run models:fetch                          # Xenova/opus-mt-fr-en, q8
 * @example npm run models:fetch -- Xenova/opus-mt-fr-en --dtype fp32
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig, type ModelDtype } from '../server/config.ts';
import { modelFiles } from '../server/engine/files.ts';

const HUB_URL = 'https://huggingface.co';

export class FetchError extends Error {
  readonly code = 'MODEL_FETCH_FAILED';
}

export interface Progress {
  file: string;
  received: number;
  total: number;
}

export interface FetchOptions {
  modelId: string;
  files: string[];
  modelsDir: string;
  hubUrl?: string;
  revision?: string;
  onProgress?: (progress: Progress) => void;
}

export interface FetchedFile {
  file: string;
  bytes: number;
  /** Already complete on disk: nothing downloaded. */
  skipped: boolean;
  /** Continued from a partial download. */
  resumed: boolean;
}

function fileUrl(options: FetchOptions, file: string): string {
  const hub = (options.hubUrl ?? HUB_URL).replace(/\/$/, '');
  return `${hub}/${options.modelId}/resolve/${options.revision ?? 'main'}/${file}`;
}

async function remoteSize(url: string): Promise<number> {
  const res = await fetch(url, { method: 'HEAD', redirect: 'follow' });
  if (!res.ok) throw new FetchError(`${url} answered ${res.status} ${res.statusText}`);
  // The hub reports the real size of LFS files in x-linked-size when it redirects.
  const size = Number(res.headers.get('x-linked-size') ?? res.headers.get('content-length'));
  if (!Number.isFinite(size) || size <= 0) throw new FetchError(`${url} did not say how large it is`);
  return size;
}

async function fetchFile(options: FetchOptions, file: string): Promise<FetchedFile> {
  const url = fileUrl(options, file);
  const target = join(options.modelsDir, options.modelId, file);
  const part = `${target}.part`;
  const total = await remoteSize(url);
  if (existsSync(target) && statSync(target).size === total) return { file, bytes: total, skipped: true, resumed: false };
  mkdirSync(dirname(target), { recursive: true });
  let have = existsSync(part) ? statSync(part).size : 0;
  if (have > total) {
    rmSync(part);
    have = 0;
  }
  const res = await fetch(url, { headers: have > 0 ? { Range: `bytes=${have}-` } : {}, redirect: 'follow' });
  if (!res.ok || !res.body) throw new FetchError(`${url} answered ${res.status} ${res.statusText}`);
  // A server that ignores Range sends the whole file again: start over.
  const resumed = have > 0 && res.status === 206;
  if (!resumed) have = 0;
  let received = have;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      options.onProgress?.({ file, received, total });
      done(null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), count, createWriteStream(part, { flags: resumed ? 'a' : 'w' }));
  const size = statSync(part).size;
  if (size !== total) throw new FetchError(`${file}: got ${size} bytes, expected ${total}; run the command again to resume`);
  renameSync(part, target);
  return { file, bytes: total, skipped: false, resumed };
}

/** Fetches every file in turn; a failure leaves the `.part` file to resume from. */
export async function fetchModel(options: FetchOptions): Promise<FetchedFile[]> {
  const fetched: FetchedFile[] = [];
  for (const file of options.files) fetched.push(await fetchFile(options, file));
  return fetched;
}

function bar({ file, received, total }: Progress): string {
  const width = 28;
  const share = total > 0 ? received / total : 0;
  const filled = Math.round(share * width);
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${mb(received)}/${mb(total)} MB  ${file}`;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const config = loadConfig();
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { dtype: { type: 'string' } } });
  const dtype = (values.dtype ?? config.dtype) as ModelDtype;
  if (dtype !== 'q8' && dtype !== 'fp32') {
    console.error(`Unknown dtype: ${dtype}. Must be one of [q8, fp32]`);
    process.exit(2);
  }
  const modelId = positionals[0] ?? config.modelId;
  const tty = process.stderr.isTTY;
  let lastDraw = 0;
  try {
    const fetched = await fetchModel({
      modelId,
      files: modelFiles(dtype),
      modelsDir: config.modelsDir,
      hubUrl: process.env.VISAVIS_HUB_URL,
      onProgress: (p) => {
        const now = Date.now();
        if (tty && (now - lastDraw > 100 || p.received === p.total)) {
          process.stderr.write(`\r${bar(p)}`);
          lastDraw = now;
        }
      },
    });
    if (tty) process.stderr.write('\n');
    for (const f of fetched) console.log(`${f.skipped ? 'present ' : f.resumed ? 'resumed ' : 'fetched '} ${f.file} (${f.bytes} bytes)`);
    console.log(`${modelId} (${dtype}) is in ${join(config.modelsDir, modelId)}. Start the server with: npm start`);
  } catch (error) {
    if (tty) process.stderr.write('\n');
    console.error(`Could not fetch ${modelId}: ${error instanceof Error ? error.message : String(error)}`);
    console.error('This needs the internet (huggingface.co). Run the same command again to resume.');
    process.exit(1);
  }
}

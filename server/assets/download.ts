/**
 * Downloads assets: resumable (a `.part` file continues with an HTTP Range request), every size
 * checked, progress reported over all the files together.
 *
 * @example await downloadAssets(modelAssets(config), { onProgress: (p) => console.log(p.received) })
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import type { DownloadProgress } from '../schemas.ts';
import type { Asset } from './manifest.ts';

export class DownloadError extends Error {
  readonly code = 'DOWNLOAD_FAILED';
}

export interface DownloadedAsset {
  name: string;
  bytes: number;
  /** Already complete on disk: nothing downloaded. */
  skipped: boolean;
  /** Continued from a partial download. */
  resumed: boolean;
}

export interface DownloadOptions {
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

async function remoteSize(asset: Asset, signal?: AbortSignal): Promise<number> {
  if (asset.size !== undefined) return asset.size;
  const res = await request(asset.url, { method: 'HEAD', signal });
  if (!res.ok) throw new DownloadError(`${asset.url} answered ${res.status} ${res.statusText}`);
  // The hub reports the real size of LFS files in x-linked-size when it redirects.
  const size = Number(res.headers.get('x-linked-size') ?? res.headers.get('content-length'));
  if (!Number.isFinite(size) || size <= 0) throw new DownloadError(`${asset.url} did not say how large it is`);
  return size;
}

/** fetch() says only "fetch failed"; its cause names the host and the reason. */
async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'follow', ...init });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new DownloadError(`Could not reach ${new URL(url).origin}: ${cause}`, { cause: error });
  }
}

const sizeOnDisk = (path: string): number => (existsSync(path) ? statSync(path).size : 0);

async function downloadOne(asset: Asset, total: number, options: DownloadOptions, report: (bytes: number) => void): Promise<DownloadedAsset> {
  if (sizeOnDisk(asset.path) === total) return { name: asset.name, bytes: total, skipped: true, resumed: false };
  const part = `${asset.path}.part`;
  mkdirSync(dirname(asset.path), { recursive: true });
  let have = sizeOnDisk(part);
  if (have > total) {
    rmSync(part);
    have = 0;
  }
  const res = await request(asset.url, { headers: have > 0 ? { Range: `bytes=${have}-` } : {}, signal: options.signal });
  if (!res.ok || !res.body) throw new DownloadError(`${asset.url} answered ${res.status} ${res.statusText}`);
  // A server that ignores Range sends the whole file again: start over.
  const resumed = have > 0 && res.status === 206;
  if (!resumed) have = 0;
  report(have);
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      report(chunk.length);
      done(null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(res.body as WebReadableStream), count, createWriteStream(part, { flags: resumed ? 'a' : 'w' }), {
    signal: options.signal,
  });
  const size = statSync(part).size;
  if (size !== total) throw new DownloadError(`${asset.name}: got ${size} bytes, expected ${total}; run the same command again to resume`);
  renameSync(part, asset.path);
  return { name: asset.name, bytes: total, skipped: false, resumed };
}

/** Downloads every asset in turn; a failure leaves its `.part` file to resume from. */
export async function downloadAssets(assets: readonly Asset[], options: DownloadOptions = {}): Promise<DownloadedAsset[]> {
  const sizes: number[] = [];
  for (const asset of assets) sizes.push(await remoteSize(asset, options.signal));
  const total = sizes.reduce((a, b) => a + b, 0);
  const done: DownloadedAsset[] = [];
  let before = 0;
  for (const [i, asset] of assets.entries()) {
    let received = before;
    options.onProgress?.({ received, total, file: asset.name });
    done.push(
      await downloadOne(asset, sizes[i]!, options, (bytes) => {
        received += bytes;
        options.onProgress?.({ received, total, file: asset.name });
      }),
    );
    before += sizes[i]!;
  }
  options.onProgress?.({ received: total, total });
  return done;
}

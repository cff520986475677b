/**
 * Killing the server (SIGKILL) while it saves documents loses nothing it acknowledged and leaves
 * no half-written document: after a restart the database is intact and holds every 201.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/store/db.ts';
import { DocumentStore } from '../../server/store/documents.ts';
import { TINY_MODELS_DIR, TINY_MODEL_ID } from '../support/tiny-model.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'visavis-crash-'));
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** The server from the sources, on a free port; resolves with its address once it listens. */
function startServer(): Promise<string> {
  server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', VISAVIS_DATA_DIR: dataDir, VISAVIS_MODELS_DIR: TINY_MODELS_DIR, VISAVIS_MODEL: TINY_MODEL_ID, VISAVIS_OFFLINE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    server!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1];
      if (url) resolve(url);
    });
    server!.on('exit', (code) => reject(new Error(`The server exited (${code}) before listening: ${out}`)));
  });
}

describe('a crash during library writes', () => {
  it('keeps every acknowledged document, whole, after a restart', async () => {
    const url = await startServer();
    const acknowledged: number[] = [];
    const post = async (i: number): Promise<void> => {
      const res = await fetch(`${url}/api/documents`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: `Article ${i}\n\nLe conseil numéro ${i} a voté jeudi une loi sur les transports régionaux. ${'Elle entre en vigueur demain. '.repeat(50)}` }),
      });
      if (res.status === 201) acknowledged.push(((await res.json()) as { id: number }).id);
    };
    // Four writers at once; the server is killed while they are still sending.
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = w; ; i += 4) {
        if (acknowledged.length >= 60) {
          server!.kill('SIGKILL');
          return;
        }
        await post(i).catch(() => undefined);
        if (server!.exitCode !== null || server!.signalCode !== null) return;
      }
    });
    await Promise.all(writers);
    const exited = (): boolean => server!.exitCode !== null || server!.signalCode !== null;
    if (!exited()) await new Promise((resolve) => server!.once('exit', resolve));

    const db = openDatabase(join(dataDir, 'visavis.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.prepare("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')").run();
    const documents = new DocumentStore(db).list('', 10_000);
    const ids = new Set(documents.map((d) => d.id));
    for (const id of acknowledged) expect(ids.has(id)).toBe(true);
    for (const doc of documents) expect(doc.title).toMatch(/^Article \d+$/);
    db.close();
  }, 60_000);
});

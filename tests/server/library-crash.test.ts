/**
 * Killing the server (SIGKILL) while it saves documents loses nothing it acknowledged and leaves
 * no half-written document: after a restart the database is intact and holds every 201.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/store/db.ts';
import { DocumentStore } from '../../server/store/documents.ts';
import { startSourceServer, type SourceServer } from '../support/source-server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'visavis-crash-'));
let server: SourceServer | undefined;
afterAll(async () => {
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a crash during library writes', () => {
  it('keeps every acknowledged document, whole, after a restart', async () => {
    server = startSourceServer(dataDir);
    const url = await server.url;
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
          await server!.kill();
          return;
        }
        await post(i).catch(() => undefined);
        if (server!.process.exitCode !== null || server!.process.signalCode !== null) return;
      }
    });
    await Promise.all(writers);
    await server!.kill();

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

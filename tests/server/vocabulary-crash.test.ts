/**
 * Killing the server (SIGKILL) while it saves words loses nothing it acknowledged and leaves no
 * half-written entry: after a restart the database is intact and holds every 201, with its status.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/store/db.ts';
import { VocabularyStore } from '../../server/store/vocabulary.ts';
import { startSourceServer, type SourceServer } from '../support/source-server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'visavis-vocabulary-crash-'));
let server: SourceServer | undefined;
afterAll(async () => {
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a crash during vocabulary writes', () => {
  it('keeps every acknowledged word, whole, with its status, after a restart', async () => {
    server = startSourceServer(dataDir);
    const url = await server.url;
    const acknowledged: number[] = [];
    const save = async (i: number): Promise<void> => {
      const text = `Le conseil numéro ${i} a opéré un virage.`;
      const res = await fetch(`${url}/api/vocabulary`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, offset: text.indexOf('opéré'), translation: `Council number ${i} made a turn.`, status: 'learning-2' }),
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
        await save(i).catch(() => undefined);
        if (server!.process.exitCode !== null || server!.process.signalCode !== null) return;
      }
    });
    await Promise.all(writers);
    await server!.kill();

    const db = openDatabase(join(dataDir, 'visavis.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const store = new VocabularyStore(db);
    const entries = store.list();
    const ids = new Set(entries.map((e) => e.id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    for (const id of acknowledged) expect(ids.has(id)).toBe(true);
    for (const entry of entries) {
      expect(entry.sentence).toMatch(/^Le conseil numéro \d+ a opéré un virage\.$/);
      expect([entry.word, entry.lemma, entry.status]).toEqual(['opéré', 'opérer', 'learning-2']);
      expect(entry.translation).toBe(`Council number ${/\d+/.exec(entry.sentence)![0]} made a turn.`);
    }
    db.close();
  }, 60_000);
});

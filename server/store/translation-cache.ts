/**
 * Translations already made, keyed by model and sentence text, so re-opening an article is
 * instant. Bounded: past `maxEntries` the least recently used rows go.
 *
 * @example const cache = new TranslationCache(openDatabase(':memory:'), 1000)
 */
import type Database from 'better-sqlite3';
import type { CachedTranslation, TranslationStore } from '../reading/translate.ts';
import type { Db } from './db.ts';

export class TranslationCache implements TranslationStore {
  private readonly lookup: Database.Statement<[string, string], { text: string; score: number }>;
  private readonly touch: Database.Statement<[number, string, string]>;
  private readonly insert: Database.Statement<[string, string, string, number, number]>;
  private readonly count: Database.Statement<[], { n: number }>;
  private readonly prune: Database.Statement<[number]>;
  private clock = 0;

  constructor(private readonly db: Db, readonly maxEntries: number) {
    this.lookup = db.prepare('SELECT text, score FROM translations WHERE model = ? AND source = ?');
    this.touch = db.prepare('UPDATE translations SET used = ? WHERE model = ? AND source = ?');
    this.insert = db.prepare('INSERT OR REPLACE INTO translations (model, source, text, score, used) VALUES (?, ?, ?, ?, ?)');
    this.count = db.prepare('SELECT count(*) AS n FROM translations');
    this.prune = db.prepare('DELETE FROM translations WHERE used IN (SELECT used FROM translations ORDER BY used LIMIT ?)');
    this.clock = (db.prepare('SELECT max(used) AS m FROM translations').get() as { m: number | null }).m ?? 0;
  }
  /** The cached translations of `sources` that exist, by index. */
  getMany(model: string, sources: readonly string[]): Map<number, CachedTranslation> {
    const found = new Map<number, CachedTranslation>();
    this.db.transaction(() => {
      sources.forEach((source, i) => {
        const row = this.lookup.get(model, source);
        if (!row) return;
        found.set(i, row);
        this.touch.run(++this.clock, model, source);
      });
    })();
    return found;
  }

  putMany(model: string, entries: readonly { source: string; text: string; score: number }[]): void {
    if (entries.length === 0) return;
    this.db.transaction(() => {
      for (const e of entries) this.insert.run(model, e.source, e.text, e.score, ++this.clock);
      const over = this.count.get()!.n - this.maxEntries;
      if (over > 0) this.prune.run(over);
    })();
  }

  size(): number {
    return this.count.get()!.n;
  }
}

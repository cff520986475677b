/**
 * The vocabulary page's state, as a Lit controller: the saved words the filters keep (status,
 * article, search; the server filters), the articles they came from, the known words over time,
 * and edits and deletions, each followed by the list as the server now has it.
 *
 * @example const page = new VocabularyPage(this); page.filter({ status: 'learning' });
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VocabularyListQuery, VocabularyPatch } from '../../server/schemas.ts';
import { vocabularyApi, type VocabularyApi, type VocabularyEntry } from './vocabulary-api.ts';

export interface Article {
  id: number;
  title: string;
}

/** The articles the entries came from, by first appearance, each once. */
export function articlesOf(entries: readonly VocabularyEntry[]): Article[] {
  const seen = new Map<number, string>();
  for (const e of entries) if (e.documentId !== null && !seen.has(e.documentId)) seen.set(e.documentId, e.source || `#${e.documentId}`);
  return [...seen].map(([id, title]) => ({ id, title }));
}

export class VocabularyPage implements ReactiveController {
  entries: VocabularyEntry[] = [];
  articles: Article[] = [];
  history: { day: string; known: number }[] = [];
  query: VocabularyListQuery = {};
  loading = true;
  error: { code: string; message: string } | undefined;
  /** The entry just saved, for its "Saved." line. */
  savedId: number | undefined;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: VocabularyApi = vocabularyApi,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  filter(patch: Partial<VocabularyListQuery>): void {
    this.query = { ...this.query, ...patch };
    void this.load();
  }

  async update(id: number, patch: VocabularyPatch): Promise<void> {
    await this.guard(async () => {
      await this.api.update(id, patch);
      this.savedId = id;
    });
  }

  async remove(id: number): Promise<void> {
    await this.guard(() => this.api.remove(id));
  }

  private async guard(action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
      await this.load();
    } catch (error) {
      this.fail(error);
    }
  }

  async load(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.loading = true;
    this.host.requestUpdate();
    try {
      const [entries, all, history] = await Promise.all([
        this.api.list(this.query, controller.signal),
        // The article filter lists every article with saved words, whatever the other filters keep.
        this.api.list({}, controller.signal),
        this.api.history(controller.signal),
      ]);
      if (controller.signal.aborted) return;
      Object.assign(this, { entries, articles: articlesOf(all), history, error: undefined, loading: false });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fail(error);
    }
    this.host.requestUpdate();
  }

  private fail(error: unknown): void {
    const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'NETWORK';
    this.error = { code, message: error instanceof Error ? error.message : String(error) };
    this.loading = false;
    this.host.requestUpdate();
  }
}

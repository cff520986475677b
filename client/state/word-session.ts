/**
 * The learner's words in the open article, as a Lit controller: each French sentence's tokens
 * (one `POST /api/analyze` per batch of paragraphs, see `analysisBatches`), the statuses keyed on
 * the lemma, the word open in the panel (its lookup, what it became in the English), saving and
 * status changes, "mark the rest as known", gloss mode's top glosses, and the lookups and
 * reveals recorded for the vocabulary page.
 *
 * Gloss mode asks for the words of the paragraphs on screen only (see `GlossQueue`).
 *
 * @example const words = new WordSession(this); words.load(paragraphs, documentId); await words.open('1:0', 3);
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WordCounts, WordStatus } from '../../server/schemas.ts';
import type { ReaderParagraph } from '../reader-model.ts';
import { vocabularyApi, type VocabularyApi } from './vocabulary-api.ts';
import { GlossQueue, type GlossJob } from './word-glosses.ts';
import { glossKey, type OpenWord, type WordView } from './word-view.ts';
import { analysisBatches, countWords, joinSpans, tokensBySentence, unmarkedLemmas, wantsGloss, type AnalyzedWord } from './word-tokens.ts';

/**
 * Characters per analyze request: a short article is one request; a long one arrives in pieces
 * whose rows each render again in well under a long task.
 */
const BATCH_CHARS = 2_000;

export class WordSession implements ReactiveController {
  tokens = new Map<string, AnalyzedWord[]>();
  statuses: Record<string, WordStatus> = {};
  version = 0;
  private statusRev = 0;
  private cached: { version: number; view: WordView; counts?: WordCounts } | undefined;
  word: OpenWord | undefined;
  /** The server could not analyze the article: words are not clickable (the reader still reads). */
  failure: { code: string; message: string } | undefined;

  private sentences = new Map<string, { fr: string; en?: string; paragraph: number }>();
  private signature = '';
  private documentId: number | undefined;
  private loading: AbortController | undefined;
  private glossQueue: GlossQueue;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: VocabularyApi = vocabularyApi,
  ) {
    this.glossQueue = this.newGlossQueue();
    host.addController(this);
  }

  private newGlossQueue(): GlossQueue {
    return new GlossQueue((request) => this.api.lookup(request), () => this.changed());
  }

  /** `key@start` → the top in-context gloss (gloss mode). */
  get glosses(): ReadonlyMap<string, string> {
    return this.glossQueue.glosses;
  }

  hostDisconnected(): void {
    this.loading?.abort();
  }

  /** The same object until something changes: the reader's renders while English streams in stay cheap. */
  get view(): WordView {
    if (this.cached?.version === this.version) return this.cached.view;
    const word = this.word;
    const lit = word?.result?.inTranslation.length ? { key: word.key, spans: joinSpans(word.translation, word.result.inTranslation) } : undefined;
    const view = { tokens: this.tokens, statuses: this.statuses, glosses: this.glossQueue.glosses, statusRev: this.statusRev, glossRev: this.glossQueue.rev, ...(lit ? { lit } : {}) };
    this.cached = { version: this.version, view };
    return view;
  }

  get counts(): WordCounts {
    const cached = this.cached?.version === this.version ? this.cached : undefined;
    const counts = cached?.counts ?? countWords(this.analyzed(), this.statuses);
    if (cached) cached.counts = counts;
    return counts;
  }

  /** Follows the open article: a new French text is analyzed again, a new English only remembered. */
  load(paragraphs: readonly ReaderParagraph[], documentId: number | undefined): void {
    this.documentId = documentId;
    this.sentences = new Map(paragraphs.flatMap((p, pi) => p.sentences.map((s) => [s.key, { fr: s.fr, ...(s.en ? { en: s.en } : {}), paragraph: pi }] as const)));
    const signature = paragraphs.map((p) => p.sentences.map((s) => s.fr).join('\u0001')).join('\u0002');
    if (signature === this.signature) return;
    this.signature = signature;
    this.loading?.abort();
    this.tokens = new Map();
    this.glossQueue.stop();
    this.glossQueue = this.newGlossQueue();
    this.word = undefined;
    this.failure = undefined;
    this.changed();
    if (paragraphs.length === 0) return;
    const loading = (this.loading = new AbortController());
    void this.analyze(paragraphs, loading.signal);
  }

  private async analyze(paragraphs: readonly ReaderParagraph[], signal: AbortSignal): Promise<void> {
    try {
      // Without the saved statuses (no storage) the words are still opened, all unknown.
      this.statuses = await this.api.statuses(signal).catch(() => ({}));
      this.statusRev++;
      for (const batch of analysisBatches(paragraphs, BATCH_CHARS)) {
        const { tokens } = await this.api.analyze(batch.text, signal);
        // The words go in when the page is idle: never in the same task as a slice of rows or a burst of English.
        await idle();
        if (signal.aborted) return;
        for (const [key, list] of tokensBySentence(batch, tokens)) this.tokens.set(key, list);
        this.changed();
      }
    } catch (error) {
      if (signal.aborted) return;
      this.failure = describe(error);
      this.changed();
    }
  }

  /** Opens the word at `start` of sentence `key` in the panel and records the lookup. */
  async open(key: string, start: number): Promise<void> {
    const sentence = this.sentences.get(key);
    const token = this.tokens.get(key)?.find((t) => t.start === start);
    if (!sentence || !token) return;
    const translation = sentence.en ?? '';
    const word: OpenWord = { key, start, form: sentence.fr.slice(token.start, token.end), sentence: sentence.fr, translation };
    this.word = word;
    this.changed();
    const request = { text: sentence.fr, offset: start, ...(translation ? { translation } : {}) };
    void this.api.record({ kind: 'lookup', text: sentence.fr, offset: start, ...this.document() }).catch(() => undefined);
    try {
      this.patch(word, { result: await this.api.lookup(request) });
    } catch (error) {
      this.patch(word, { error: describe(error) });
    }
  }

  /** A new object for the panel (Lit compares by identity), if `word` is still the open one; the reader renders again either way. */
  private patch(word: OpenWord, changes: Partial<OpenWord>): void {
    if (this.word?.key === word.key && this.word.start === word.start) this.word = { ...this.word, ...changes };
    this.changed();
  }

  close(): void {
    if (!this.word) return;
    this.word = undefined;
    this.changed();
  }

  /** Saves the open word with its sentence and the article, with `status`. */
  async save(status: WordStatus): Promise<void> {
    const word = this.word;
    if (!word) return;
    try {
      const entry = await this.api.save({ text: word.sentence, offset: word.start, ...(word.translation ? { translation: word.translation } : {}), ...this.document(), status });
      this.statuses = { ...this.statuses, [entry.lemma]: entry.status };
      this.statusRev++;
      this.patch(word, { entry, error: undefined });
    } catch (error) {
      this.patch(word, { error: describe(error) });
    }
  }

  /** A new status for the open word's lemma: on its saved entry, or on the lemma alone. */
  async setStatus(status: WordStatus): Promise<void> {
    const word = this.word;
    const lemma = word?.entry?.lemma ?? word?.result?.lemma;
    if (!word || !lemma) return;
    try {
      const entry = word.entry ? await this.api.update(word.entry.id, { status }) : undefined;
      if (!entry) await this.api.setStatuses({ lemmas: [lemma], status, overwrite: true });
      this.statuses = { ...this.statuses, [lemma]: status };
      this.statusRev++;
      this.patch(word, { ...(entry ? { entry } : {}), error: undefined });
    } catch (error) {
      this.patch(word, { error: describe(error) });
    }
  }

  /** The status of the open word's lemma, if it has one. */
  get status(): WordStatus | undefined {
    const lemma = this.word?.entry?.lemma ?? this.word?.result?.lemma;
    return lemma === undefined ? undefined : this.statuses[lemma];
  }

  /** Every word of the article still without a status becomes known; the learner's statuses stay. */
  async markRestKnown(): Promise<number> {
    const lemmas = unmarkedLemmas(this.analyzed(), this.statuses);
    if (lemmas.length === 0) return 0;
    await this.api.setStatuses({ lemmas, status: 'known', overwrite: false });
    this.statuses = { ...Object.fromEntries(lemmas.map((l) => [l, 'known' as const])), ...this.statuses };
    this.statusRev++;
    this.changed();
    return lemmas.length;
  }

  /** The French of the sentence at a position in document order ('' when there is none). */
  sentenceAt(position: number): string {
    return [...this.sentences.values()][position]?.fr ?? '';
  }

  /** A hidden sentence shown on purpose: the learner's data of what was hard. */
  revealed(key: string): void {
    const sentence = this.sentences.get(key);
    if (!sentence?.fr.trim()) return;
    const offset = sentence.fr.search(/\S/u);
    void this.api.record({ kind: 'reveal', text: sentence.fr, offset, ...this.document() }).catch(() => undefined);
  }

  /** Gloss mode: the words still to learn in these paragraphs get their top gloss. */
  wantGlosses(paragraphs: readonly number[]): void {
    const wanted = new Set(paragraphs);
    const jobs: GlossJob[] = [];
    for (const [key, sentence] of this.sentences) {
      if (!wanted.has(sentence.paragraph)) continue;
      for (const token of this.tokens.get(key) ?? []) {
        if (!wantsGloss(token, this.statuses[token.lemma])) continue;
        const request = { text: sentence.fr, offset: token.start, ...(sentence.en ? { translation: sentence.en } : {}) };
        jobs.push({ id: glossKey(key, token.start), paragraph: sentence.paragraph, request });
      }
    }
    this.glossQueue.add(jobs);
  }

  private *analyzed(): Iterable<[string, readonly AnalyzedWord[]]> {
    for (const [key, tokens] of this.tokens) yield [this.sentences.get(key)?.fr ?? '', tokens];
  }

  private document(): { documentId?: number } {
    return this.documentId === undefined ? {} : { documentId: this.documentId };
  }

  private changed(): void {
    this.version++;
    this.host.requestUpdate();
  }
}

/** After the browser's current work (the next idle period, or half a second at most). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });
}

function describe(error: unknown): { code: string; message: string } {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'NETWORK';
  return { code, message: error instanceof Error ? error.message : String(error) };
}

/**
 * Article extraction on a worker thread with a time budget per page. Pages are extracted one at a
 * time; a page over its budget has its worker ended (the only way to stop synchronous work) and
 * gets HtmlTooComplexError, and the next page starts a fresh worker.
 *
 * @example const article = await extractor.extract(html) // ExtractedArticle, or null: no article
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HtmlTooComplexError, QueueFullError } from '../errors.ts';
import type { ExtractedArticle } from './html.ts';
import type { ExtractReply, Ready } from './html-worker.ts';

const READY: Ready = 'ready';

/** A worker on html-worker.js beside the bundle in dist/server/, or on the TypeScript source. */
function startWorker(): Worker {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, 'html-worker.js');
  if (existsSync(built)) return new Worker(built);
  // From the sources (tests, `npm run dev`) the worker needs tsx to read TypeScript; a worker
  // does not inherit the parent's loader, so it registers tsx itself before importing the source.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const source = pathToFileURL(join(here, 'html-worker.ts')).href;
  return new Worker(`import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}));`, { eval: true });
}

/** Real news pages nest a few dozen elements deep; Readability's cost grows with the square of it. */
const MAX_NESTING = 400;
const MAX_WAITING = 8;
/** Elements whose end tag may be left out (or that have none): they do not count as nesting. */
const UNCOUNTED = new Set('p li dt dd td th tr tbody thead tfoot option optgroup rt rp colgroup caption area base br col embed hr img input link meta source track wbr'.split(' '));
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g;

/** How deep elements nest in `html`, by a linear scan of its tags (an estimate on broken markup). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (selfClosing || UNCOUNTED.has(name!.toLowerCase())) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

interface Job {
  html: string;
  resolve: (article: ExtractedArticle | null) => void;
  reject: (error: Error) => void;
}

export class HtmlExtractor {
  private worker: Promise<Worker> | undefined;
  private readonly jobs: Job[] = [];
  private running = false;
  private nextId = 0;

  constructor(private readonly budgetMs: number) {}

  extract(html: string): Promise<ExtractedArticle | null> {
    // Refused at once, costing nothing: a page nested past any real article's depth, and a page
    // beyond a short line of waiting pages (each may take its whole budget).
    if (nestingDepth(html) > MAX_NESTING) return Promise.reject(new HtmlTooComplexError(this.budgetMs));
    if (this.jobs.length >= MAX_WAITING) {
      return Promise.reject(new QueueFullError(Math.ceil(((this.jobs.length + 1) * this.budgetMs) / 1000), MAX_WAITING));
    }
    return new Promise((resolve, reject) => {
      this.jobs.push({ html, resolve, reject });
      void this.drain();
    });
  }

  /** Ends the worker (pages in progress fail). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await (await worker?.catch(() => undefined))?.terminate();
  }

  /** A worker that has loaded its code. */
  private spawn(): Promise<Worker> {
    const worker = startWorker();
    // An idle worker must not keep the server (or a test run) alive.
    worker.unref();
    return new Promise((resolve, reject) => {
      worker.once('message', (message) => (message === READY ? resolve(worker) : reject(new Error(`The HTML worker said ${String(message)} first`))));
      worker.once('error', reject);
    });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.jobs.shift(); job; job = this.jobs.shift()) {
        await this.run(job);
      }
    } finally {
      this.running = false;
    }
  }

  private async run(job: Job): Promise<void> {
    let worker: Worker;
    try {
      worker = await (this.worker ??= this.spawn());
    } catch (error) {
      this.worker = undefined;
      job.reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const id = this.nextId++;
    return new Promise<void>((done) => {
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        settle();
        done();
      };
      const onMessage = (reply: ExtractReply): void => {
        if (reply.id !== id) return;
        // Nesting deep enough to overflow Readability's recursion is a page built too complex.
        const failure = (error: string): Error => (error.startsWith('RangeError') ? new HtmlTooComplexError(this.budgetMs) : new Error(error));
        finish(() => ('error' in reply ? job.reject(failure(reply.error)) : job.resolve(reply.article)));
      };
      const onError = (error: Error): void => {
        this.worker = undefined;
        finish(() => job.reject(error));
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        finish(() => job.reject(new HtmlTooComplexError(this.budgetMs)));
      }, this.budgetMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, html: job.html });
    });
  }
}

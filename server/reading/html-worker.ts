/**
 * Worker thread: extracts articles from HTML pages off the main thread, so a page built to be slow
 * (thousands of nested elements) costs its own time budget and never stalls the server.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from './html.ts';

export interface ExtractRequest {
  id: number;
  html: string;
}

export type ExtractReply = { id: number; article: ReturnType<typeof extractArticle> } | { id: number; error: string };

/** Sent once loaded, so the first page's time budget does not pay for the worker's start. */
export type Ready = 'ready';
const READY: Ready = 'ready';

parentPort?.on('message', ({ id, html }: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id, article: extractArticle(html) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  parentPort!.postMessage(reply);
});
parentPort?.postMessage(READY);

/**
 * Entry point: the only module with side effects. Reads the configuration, opens the database,
 * creates the translator, serves the app, and in the background downloads a missing model (unless
 * offline) and loads it.
 */
import { createApp } from './app.ts';
import { createAnalyzer } from './lexicon/analyzer.ts';
import { createDictionarySource } from './assets/dictionary.ts';
import { defaultWords } from './services.ts';
import { modelInstaller } from './assets/installer.ts';
import { fixCommand } from './assets/manifest.ts';
import { progressLine } from './assets/progress.ts';
import { loadConfig } from './config.ts';
import { listen, type Listening } from './listener.ts';
import { createMarianTranslator } from './engine/translator.ts';
import { warmUpModel } from './reading/reading-service.ts';
import { openDatabase, type Db } from './store/db.ts';
import { DocumentStore } from './store/documents.ts';
import { GlossaryStore } from './store/glossary.ts';
import { ReviewStore } from './store/reviews.ts';
import { VocabularyStore } from './store/vocabulary.ts';
import { WordEvents } from './store/word-events.ts';
import { TranslationCache } from './store/translation-cache.ts';

const config = loadConfig();
/** The database, or why it could not be opened: the reader then works without a cache. */
function openStore(): { db?: Db; unavailable?: string } {
  try {
    return { db: openDatabase(config.databaseFile) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`${reason}\nTranslating without a cache.`);
    return { unavailable: reason };
  }
}
const { db, unavailable: storeUnavailable } = openStore();
const store = db && config.cache ? new TranslationCache(db, config.cacheEntries) : undefined;
const documents = db ? new DocumentStore(db) : undefined;
const reviews = db ? new ReviewStore(db) : undefined;
const glossary = db ? new GlossaryStore(db) : undefined;
const vocabulary = db ? new VocabularyStore(db) : undefined;
const wordEvents = db ? new WordEvents(db) : undefined;
try {
  documents?.purgeDeleted();
} catch (error) {
  // A read-only or full disk: the library still reads; the purge waits for the next start.
  console.error(`Could not purge deleted documents: ${error instanceof Error ? error.message : String(error)}`);
}
const translator = createMarianTranslator(config);
const installer = modelInstaller(config);
const stopping = new AbortController();
// Built here so the dictionary and the lexicon can load (or start downloading) before the first click.
const analyzer = createAnalyzer({ dataDir: config.dataDir });
const dictionary = createDictionarySource(config);
const words = defaultWords(dictionary, { config }, analyzer);
const app = createApp({ config, translator, installer, store, storeUnavailable, documents, reviews, glossary, vocabulary, wordEvents, analyzer, dictionary, words, shutdown: stopping.signal });

/** Progress in the terminal: a redrawn bar on a TTY, a line every 10 % in a log. */
function progressPrinter(): (p: { received: number; total: number; file?: string }) => void {
  let lastDraw = 0;
  let lastTenth = -1;
  return (p) => {
    const now = Date.now();
    if (process.stderr.isTTY) {
      if (now - lastDraw > 200 || p.received === p.total) process.stderr.write(`\r${progressLine(p)}`);
      lastDraw = now;
      return;
    }
    const tenth = p.total > 0 ? Math.floor((p.received / p.total) * 10) : -1;
    if (tenth > lastTenth) console.log(progressLine(p));
    lastTenth = tenth;
  };
}

let listening: Listening;
try {
  listening = await listen(app.fetch, config);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const { server, port } = listening;

console.log(`Vis-à-vis on http://${config.host}:${port}/  (model ${config.modelId}, ${config.dtype})`);
const missing = translator.status().state === 'missing';
// A redrawn progress bar leaves the cursor on its line.
const afterBar = missing && installer && process.stderr.isTTY ? '\n' : '';
if (missing && !installer) console.warn(`The model is not installed and VISAVIS_OFFLINE=1; the reader will say so. To install it: ${fixCommand(config)}`);
if (missing && installer) console.log(`Downloading the model ${config.modelId} from ${config.hubUrl} (VISAVIS_OFFLINE=1 turns this off)…`);
void words.warm().catch((error: unknown) => console.warn(`Word lookups will have no glosses: ${error instanceof Error ? error.message : String(error)}`));
void warmUpModel(
  { translator, installer },
  {
    onProgress: progressPrinter(),
    onReady: () => console.log(`${afterBar}Model ready.`),
    onError: (error) => console.error(`${afterBar}The model is not available: ${error instanceof Error ? error.message : String(error)}\nTo install it by hand: ${fixCommand(config)}`),
  },
);

/**
 * Streams in progress end with a final `error` event, the listener stops, and the database closes
 * cleanly (its WAL checkpointed) before the process exits.
 */
function shutdown(): void {
  if (stopping.signal.aborted) return;
  stopping.abort();
  installer?.abort();
  server.close(() => {
    db?.close();
    void translator.dispose().finally(() => process.exit(0));
  });
  (server as import('node:http').Server).closeIdleConnections();
  // A client that never reads its stream must not hold the exit.
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

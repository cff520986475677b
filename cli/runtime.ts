/**
 * The engine in-process, built as server/index.ts builds it: the same configuration (VISAVIS_*),
 * translator, translation cache and reading service, with no server and no download (a missing
 * model is reported with the command that installs it).
 */
import { loadConfig, type Config } from '../server/config.ts';
import { createMarianTranslator, type Translator } from '../server/engine/translator.ts';
import { createReadingService, type ReadingService } from '../server/reading/reading-service.ts';
import { openDatabase, type Db } from '../server/store/db.ts';
import { TranslationCache } from '../server/store/translation-cache.ts';

export interface Runtime {
  config: Readonly<Config>;
  reading: ReadingService;
  close(): Promise<void>;
}

/** `warn`: told when the cache cannot be used (the command then translates without it). */
export function openRuntime(warn: (message: string) => void): Runtime {
  const config = loadConfig();
  let db: Db | undefined;
  if (config.cache) {
    try {
      db = openDatabase(config.databaseFile);
    } catch (error) {
      warn(`Translating without a cache: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const store = db ? new TranslationCache(db, config.cacheEntries) : undefined;
  const translator: Translator = createMarianTranslator(config);
  const reading = createReadingService({
    config,
    translator,
    store,
    logError: (message, error) => warn(`${message} ${error instanceof Error ? error.message : String(error)}`),
  });
  return {
    config,
    reading,
    async close() {
      await reading.close();
      await translator.dispose();
      db?.close();
    },
  };
}

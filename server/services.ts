/**
 * Every service the routes talk to, built once from the adapters the app runs on (the engine,
 * the stores, optional stand-ins for tests). The one place that knows how the services depend on
 * each other; the HTTP layer (app.ts) only mounts them.
 *
 * @example const services = createServices({ config, translator, documents });
 */
import { createAccess } from './access/gate.ts';
import { createDictionarySource, type DictionarySource } from './assets/dictionary.ts';
import { createImportService } from './import/import-service.ts';
import { createAnalyzer, type Analyzer } from './lexicon/analyzer.ts';
import { createLibraryService, type DocumentsStore } from './library/library-service.ts';
import { createReadingService, type ReadingDeps } from './reading/reading-service.ts';
import { createGlossaryService, type GlossaryStorage } from './review/glossary-service.ts';
import { createReviewService } from './review/review-service.ts';
import { createSavedReviews, type ReviewsStore } from './review/saved-reviews.ts';
import { createVocabularyService, type VocabularyRepository, type WordEventRepository } from './vocabulary/vocabulary-service.ts';
import { wordAtFromLookup } from './vocabulary/word-at.ts';
import { lefffReadings } from './words/readings.ts';
import { createWordsService, type WordsService } from './words/words-service.ts';

/** The adapters the app runs on: those of the reading service, the stores, and optional stand-ins. */
export interface AppDeps extends Omit<ReadingDeps, 'logError'> {
  /** The library; none: its routes answer 503 STORAGE_UNAVAILABLE. */
  documents?: DocumentsStore;
  /** Saved reviews of translations; none: their routes answer 503 STORAGE_UNAVAILABLE. */
  reviews?: ReviewsStore;
  /** The translator's glossary; none: its routes answer 503, and reviews use only the terms they send. */
  glossary?: GlossaryStorage;
  /** Lemmas and parts of speech; by default Lefff and the project's tagger, loaded on first use. */
  analyzer?: Analyzer;
  /** The fr→en dictionary; by default the Wiktionary file, downloaded on first use (VISAVIS_DICTIONARY for a local copy). */
  dictionary?: DictionarySource;
  /** Lookups and word alignment; by default on the dictionary, Lefff and the analyzer. */
  words?: WordsService;
  /** The learner's saved words and statuses, and their lookups and reveals; none: their routes answer 503 STORAGE_UNAVAILABLE. */
  vocabulary?: VocabularyRepository;
  wordEvents?: WordEventRepository;
}

export function createServices(deps: AppDeps) {
  const { config } = deps;
  const reading = createReadingService(deps);
  const analyzer = deps.analyzer ?? createAnalyzer({ dataDir: config.dataDir });
  const dictionary = deps.dictionary ?? createDictionarySource(config);
  const words = deps.words ?? defaultWords(dictionary, deps, analyzer);
  return {
    reading,
    access: createAccess(config),
    library: createLibraryService({ documents: deps.documents, prepare: (text) => reading.prepare(text) }),
    pages: createImportService({ config }),
    analyzer,
    words,
    vocabulary: createVocabularyService({
      vocabulary: deps.vocabulary,
      wordEvents: deps.wordEvents,
      wordAt: wordAtFromLookup((request) => words.lookup(request)),
      documentTitle: deps.documents && ((id) => deps.documents?.get(id)?.title),
      analyze: (text) => analyzer.analyze(text),
    }),
    review: createReviewService({ maxChars: config.maxChars, glossary: deps.glossary, dictionary: () => dictionary.loaded() }),
    savedReviews: createSavedReviews({ reviews: deps.reviews, glossary: deps.glossary, maxChars: config.maxChars, dictionary: () => dictionary.loaded() }),
    glossary: createGlossaryService({ glossary: deps.glossary }),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Lookups on the Wiktionary dictionary (downloaded on first use), Lefff's readings and the analyzer. */
export function defaultWords(dictionary: DictionarySource, { config }: Pick<AppDeps, 'config'>, analyzer: Analyzer): WordsService {
  return createWordsService({ dictionary, readings: lefffReadings(config.dataDir), analyze: (text) => analyzer.analyze(text) });
}

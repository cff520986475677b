/**
 * The analyze service: a text's words with lemma, part of speech and features. Lefff's table and
 * the tagger load on first use, once, however many requests ask at the same time.
 *
 * @example const analyzer = createAnalyzer({ dataDir }); await analyzer.analyze('Il est grand.')
 */
import { join } from 'node:path';
import { analyzeFrench, type AnalyzedToken, type LexiconLookup, type LexiconModel } from '../core/lexicon/analysis.ts';
import { LEFFF_FILE, openLefffTable, type LefffTable } from './lefff-table.ts';
import { cachedLookup, loadLexiconModel, TAGGER_DIR } from './lexicon-files.ts';

export interface Analyzer {
  /** Every word and punctuation mark of `text`, in order, as offsets with lemma and UPOS tag. */
  analyze(text: string): Promise<AnalyzedToken[]>;
  /** Closes Lefff's table; a later call opens it again. */
  dispose(): void;
}

export interface AnalyzerOptions {
  /** The folder that holds (or will hold) Lefff's table. */
  dataDir: string;
  /** The folder with the tagger's files; the project's `models/tagger` by default. */
  taggerDir?: string;
}

interface Loaded {
  table: LefffTable;
  lookup: LexiconLookup;
  model: LexiconModel;
}

export function createAnalyzer({ dataDir, taggerDir = TAGGER_DIR }: AnalyzerOptions): Analyzer {
  let loading: Promise<Loaded> | undefined;
  const load = () =>
    (loading ??= Promise.resolve().then(() => {
      const table = openLefffTable(join(dataDir, LEFFF_FILE));
      return { table, lookup: cachedLookup(table), model: loadLexiconModel(taggerDir) };
    })).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return {
    async analyze(text) {
      const { lookup, model } = await load();
      return analyzeFrench(text, lookup, model);
    },
    dispose() {
      const pending = loading;
      loading = undefined;
      void pending?.then(({ table }) => table.close(), () => undefined);
    },
  };
}

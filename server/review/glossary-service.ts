/**
 * The translator's glossary: read, replaced whole, imported from and exported to TSV or CSV. The
 * QA uses it for every review that does not send terms of its own. A write the disk refuses is a
 * typed STORAGE_FULL; without a database every call is STORAGE_UNAVAILABLE.
 *
 * @example createGlossaryService({ glossary: new GlossaryStore(db) }).importFile({ text: 'Sénat\tSenate\n', mode: 'merge' })
 */
import { BadRequestError, StorageUnavailableError } from '../errors.ts';
import { GlossaryTerm, type GlossaryImport, type GlossaryImportResponse, type GlossaryResponse } from '../schemas.ts';
import type { ExportedFile } from './export.ts';
import { formatGlossary, guessFormat, parseGlossary, type GlossaryFormat } from './glossary-file.ts';
import { written } from './written.ts';

/** What the glossary needs of a store (server/store/glossary.ts). */
export interface GlossaryStorage {
  all(): GlossaryTerm[];
  merge(terms: readonly GlossaryTerm[]): void;
  replace(terms: readonly GlossaryTerm[]): void;
}

/** One term per French term: a later one replaces an earlier one in place. */
function unique(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const bySource = new Map<string, GlossaryTerm>();
  for (const term of terms) bySource.set(term.source, term);
  return [...bySource.values()];
}

const CONTENT_TYPES: Record<GlossaryFormat, string> = { tsv: 'text/tab-separated-values; charset=utf-8', csv: 'text/csv; charset=utf-8' };

export function createGlossaryService({ glossary }: { glossary?: GlossaryStorage }) {
  const store = (): GlossaryStorage => {
    if (!glossary) throw new StorageUnavailableError();
    return glossary;
  };
  const current = (): GlossaryResponse => ({ terms: store().all() });

  return {
    get: current,
    put(terms: readonly GlossaryTerm[]): GlossaryResponse {
      const db = store();
      written(() => db.replace(unique(terms)));
      return current();
    },
    importFile({ text, format, mode }: GlossaryImport): GlossaryImportResponse {
      const db = store();
      const parsed = parseGlossary(text, format ?? guessFormat(text)).map((term, i) => {
        const checked = GlossaryTerm.safeParse(term);
        if (!checked.success) throw new BadRequestError(`Term ${i + 1} of the file: ${checked.error.issues.map((issue) => issue.message).join('; ')}`);
        return checked.data;
      });
      if (parsed.length === 0) throw new BadRequestError('The file holds no term: one line per term, the French, then the English (and a note if you like).');
      written(() => (mode === 'replace' ? db.replace(unique(parsed)) : db.merge(parsed)));
      return { ...current(), imported: parsed.length };
    },
    exportFile(format: GlossaryFormat): ExportedFile {
      return { body: formatGlossary(store().all(), format), contentType: CONTENT_TYPES[format], fileName: `glossary.${format}` };
    },
  };
}

export type GlossaryService = ReturnType<typeof createGlossaryService>;

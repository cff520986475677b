/**
 * The export of a reviewed pair in one of the four formats: the file's text, its media type and
 * its file name.
 *
 * @example exportFile(pair, 'xliff') // { body: '<?xml …', contentType: 'application/xliff+xml; charset=utf-8', fileName: 'un-accord.xlf' }
 */
import type { ExportFormat } from '../schemas.ts';
import { bilingualHtml } from './bilingual-html.ts';
import { fileStem, type ReviewedPair } from './export-rows.ts';
import { tmx } from './tmx.ts';
import { tsv } from './tsv.ts';
import { xliff } from './xliff.ts';

export interface ExportedFile {
  body: string;
  contentType: string;
  fileName: string;
}

const FORMATS: Record<ExportFormat, { build: (pair: ReviewedPair) => string; contentType: string; extension: string }> = {
  xliff: { build: xliff, contentType: 'application/xliff+xml; charset=utf-8', extension: 'xlf' },
  tmx: { build: tmx, contentType: 'application/x-tmx+xml; charset=utf-8', extension: 'tmx' },
  tsv: { build: tsv, contentType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' },
  html: { build: bilingualHtml, contentType: 'text/html; charset=utf-8', extension: 'html' },
};

export function exportFile(pair: ReviewedPair, format: ExportFormat): ExportedFile {
  const { build, contentType, extension } = FORMATS[format];
  return { body: build(pair), contentType, fileName: `${fileStem(pair.title)}.${extension}` };
}

/** A Content-Disposition header naming the file; the stem is ASCII already, so no encoding is needed. */
export const attachment = (fileName: string): string => `attachment; filename="${fileName}"`;

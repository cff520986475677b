/**
 * A reviewed pair as the rows every export writes: one per link, with the source and draft text it
 * covers, its state and its open flags (dismissed ones were judged fine by the translator).
 *
 * State, as XLIFF 2 names it: `initial` when the link has no draft sentence (nothing translated
 * yet); `translated` when an error or warning is still open on it; `reviewed` when none is (the QA
 * found nothing, or the translator dismissed what it found).
 *
 * @example exportRows(review)[0] // { id: 1, link: {source: [0], draft: [0]}, source: 'Bonjour.', draft: 'Hello.', state: 'reviewed', flags: [] }
 */
import type { AlignmentLink, AlignResponse, QaFlag, SentenceSpan } from '../schemas.ts';

export type SegmentState = 'initial' | 'translated' | 'reviewed';

/** What an export is made from. */
export interface ReviewedPair {
  title: string;
  sourceText: string;
  draftText: string;
  alignment: AlignResponse;
  flags: readonly QaFlag[];
}

export interface ExportRow {
  /** 1-based, for ids in the files. */
  id: number;
  link: AlignmentLink;
  source: string;
  draft: string;
  state: SegmentState;
  flags: QaFlag[];
}

/** The text from the link's first sentence to its last on one side: what lies between them is kept. */
function covered(text: string, spans: readonly SentenceSpan[], indexes: readonly number[]): string {
  if (indexes.length === 0) return '';
  return text.slice(spans[indexes[0]!]!.start, spans[indexes.at(-1)!]!.end);
}

function stateOf(link: AlignmentLink, flags: readonly QaFlag[]): SegmentState {
  if (link.draft.length === 0) return 'initial';
  return flags.some((f) => f.severity !== 'info') ? 'translated' : 'reviewed';
}

export function exportRows({ sourceText, draftText, alignment, flags }: ReviewedPair): ExportRow[] {
  const open = flags.filter((f) => !f.dismissed);
  return alignment.links.map((link, i) => {
    const own = open.filter((f) => f.link === i);
    return {
      id: i + 1,
      link,
      source: covered(sourceText, alignment.source, link.source),
      draft: covered(draftText, alignment.draft, link.draft),
      state: stateOf(link, own),
      flags: own,
    };
  });
}

/** A flag as one line of text: `error number: The number 3,5 is missing from the draft.` */
export const flagLine = (flag: QaFlag): string => `${flag.severity} ${flag.rule}: ${flag.message}`;

// XML 1.0 allows no C0 control but tab and line breaks, no lone surrogate, no U+FFFE/U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with every character XML cannot hold replaced by U+FFFD, so the file always parses. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '\ufffd');

/** A file name from the title: `Un accord à Paris` → `un-accord-a-paris`. */
export function fileStem(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'review';
}

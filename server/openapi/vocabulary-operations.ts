/** The vocabulary's operations: saved words, statuses keyed on the lemma, lookups and reveals, exports. */
import { z } from 'zod';
import {
  StatusesUpdate, TextRequest, VocabularyCreate, VocabularyExportQuery, VocabularyIdParam, VocabularyListQuery, VocabularyPatch, WordEventCreate,
  WORD_STATUSES, type ErrorCode, type KnownHistory, type StatusesResponse, type VocabularyEntry, type VocabularyList, type WordCounts,
  type WordEventResponse,
} from '../schemas.ts';
import type { Operation } from './operation.ts';
import { count, shaped, Span } from './responses.ts';

const Status = z.enum(WORD_STATUSES);

const EntrySchema = shaped<VocabularyEntry>()(
  z.strictObject({
    id: z.number().int().min(1),
    word: z.string().min(1),
    lemma: z.string().min(1),
    upos: z.string(),
    features: z.record(z.string(), z.string()),
    gloss: z.string(),
    note: z.string(),
    status: Status,
    sentence: z.string().min(1),
    wordStart: count,
    wordEnd: count,
    translation: z.string(),
    inTranslation: z.array(Span),
    documentId: z.number().int().min(1).nullable(),
    source: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    lookups: count,
    reveals: count,
  }),
);
const ListSchema = shaped<VocabularyList>()(z.strictObject({ entries: z.array(EntrySchema) }));
const StatusesSchema = shaped<StatusesResponse>()(z.strictObject({ statuses: z.record(z.string(), Status) }));
const ChangedSchema = z.strictObject({ changed: count });
const CountsSchema = shaped<WordCounts>()(z.strictObject({ unknown: count, new: count, learning: count, known: count, ignored: count }));
const HistorySchema = shaped<KnownHistory>()(z.strictObject({ days: z.array(z.strictObject({ day: z.iso.date(), known: count })) }));
const EventSchema = shaped<WordEventResponse>()(
  z.strictObject({ id: z.number().int().min(1), kind: z.enum(['lookup', 'reveal']), lemma: z.string().nullable(), sentence: z.string() }),
);

const WRITE_ERRORS: readonly ErrorCode[] = ['STORAGE_FULL', 'STORAGE_UNAVAILABLE'];
const TEXT = 'Les industriels ont opéré un virage.';
const entry: VocabularyEntry = {
  id: 1, word: 'opéré', lemma: 'opérer', upos: 'VERB', features: { VerbForm: 'Part', Tense: 'Past' }, gloss: 'operate', note: '', status: 'new',
  sentence: TEXT, wordStart: 20, wordEnd: 25, translation: 'Manufacturers have made a turn.', inTranslation: [{ start: 19, end: 23 }],
  documentId: null, source: '', createdAt: '2026-11-25T09:00:00.000Z', updatedAt: '2026-11-25T09:00:00.000Z', lookups: 0, reveals: 0,
};
const tag = 'Vocabulary';

export const vocabularyOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/vocabulary',
    tag,
    summary: 'Save the word at an offset, with its sentence',
    description: 'The French sentence is found around `offset`; `translation` is its English. 200 with the same entry when that lemma in that sentence is saved already.',
    body: { schema: VocabularyCreate, example: { text: TEXT, offset: 21, translation: entry.translation } },
    ok: [
      { status: 201, description: 'The saved word.', json: EntrySchema, example: entry },
      { status: 200, description: 'The word, saved already in this sentence.', json: EntrySchema },
    ],
    errors: ['NOT_A_WORD', 'NOT_FOUND', ...WRITE_ERRORS],
  },
  {
    method: 'get',
    path: '/api/vocabulary',
    tag,
    summary: 'List saved words, newest first',
    description: '`q` matches every word of it in the word, lemma, gloss, note or sentences (case and accents ignored).',
    query: VocabularyListQuery,
    ok: [{ status: 200, description: 'The saved words.', json: ListSchema }],
    errors: ['STORAGE_UNAVAILABLE'],
  },
  {
    method: 'get',
    path: '/api/vocabulary/export',
    tag,
    summary: 'Download the saved words for Anki (.apkg or text) or as CSV',
    query: VocabularyExportQuery,
    // One answer a status: the media type named is the .apkg's; the description gives the others.
    ok: [{ status: 200, description: 'The file: an Anki package (`apkg`), Anki’s text import format as `text/plain` (`anki-text`), or RFC 4180 `text/csv` (`csv`).', media: 'application/apkg' }],
    errors: ['STORAGE_UNAVAILABLE'],
  },
  {
    method: 'get',
    path: '/api/vocabulary/statuses',
    tag,
    summary: 'Every lemma’s status, to colour an article',
    ok: [{ status: 200, description: 'lemma → status.', json: StatusesSchema, example: { statuses: { opérer: 'learning-2', virage: 'known' } } }],
    errors: ['STORAGE_UNAVAILABLE'],
  },
  {
    method: 'post',
    path: '/api/vocabulary/statuses',
    tag,
    summary: 'Set the status of many lemmas ("mark the rest as known")',
    description: 'Lemmas that have a status keep it unless `overwrite`.',
    body: { schema: StatusesUpdate, example: { lemmas: ['industriel', 'virage'], status: 'known' } },
    ok: [{ status: 200, description: 'How many lemmas changed.', json: ChangedSchema }],
    errors: WRITE_ERRORS,
  },
  {
    method: 'post',
    path: '/api/vocabulary/counts',
    tag,
    summary: 'Distinct words of a text by status',
    body: { schema: TextRequest, example: { text: TEXT } },
    ok: [{ status: 200, description: 'Counts of distinct lemmas (names, numbers and punctuation left out).', json: CountsSchema }],
    errors: ['STORAGE_UNAVAILABLE'],
  },
  {
    method: 'get',
    path: '/api/vocabulary/history',
    tag,
    summary: 'Known words over time',
    ok: [{ status: 200, description: 'Known lemmas at the end of each day it changed.', json: HistorySchema }],
    errors: ['STORAGE_UNAVAILABLE'],
  },
  {
    method: 'post',
    path: '/api/vocabulary/events',
    tag,
    summary: 'Record a word looked up or a hidden sentence revealed',
    body: { schema: WordEventCreate, example: { kind: 'lookup', text: TEXT, offset: 21 } },
    ok: [{ status: 201, description: 'The recorded event.', json: EventSchema }],
    errors: ['NOT_A_WORD', ...WRITE_ERRORS],
  },
  {
    method: 'get',
    path: '/api/vocabulary/:id',
    tag,
    summary: 'One saved word',
    params: VocabularyIdParam,
    ok: [{ status: 200, description: 'The saved word.', json: EntrySchema }],
    errors: ['NOT_FOUND', 'STORAGE_UNAVAILABLE'],
  },
  {
    method: 'patch',
    path: '/api/vocabulary/:id',
    tag,
    summary: 'Change a saved word’s status (its lemma’s), gloss or note',
    params: VocabularyIdParam,
    body: { schema: VocabularyPatch, example: { status: 'learning-2', note: 'vu dans Le Monde' } },
    ok: [{ status: 200, description: 'The word as saved.', json: EntrySchema }],
    errors: ['NOT_FOUND', ...WRITE_ERRORS],
  },
  {
    method: 'delete',
    path: '/api/vocabulary/:id',
    tag,
    summary: 'Delete a saved word',
    params: VocabularyIdParam,
    ok: [{ status: 204, description: 'Deleted.' }],
    errors: ['NOT_FOUND', ...WRITE_ERRORS],
  },
];

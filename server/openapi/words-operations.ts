/** The learner's word operations: analysis (lemma and part of speech), lookup, and word alignment. */
import { LookupRequest, TextRequest, WordAlignRequest, type AnalyzeResponse, type LookupResponse, type WordAlignResponse } from '../schemas.ts';
import type { Operation } from './operation.ts';
import { count, shaped, Span } from './responses.ts';
import { z } from 'zod';

const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
const Features = z.record(z.string(), z.string());

const AnalyzeSchema = shaped<AnalyzeResponse>()(
  z.strictObject({
    tokens: z.array(z.strictObject({ start: count, end: count, lemma: z.string(), upos: z.enum(UPOS), features: Features.optional(), guess: z.literal(true).optional() })),
  }),
);

const LookupSchema = shaped<LookupResponse>()(
  z.strictObject({
    token: Span,
    lemma: z.string(),
    upos: z.string(),
    features: Features,
    glosses: z.array(z.strictObject({ text: z.string(), pos: z.string() })),
    inTranslation: z.array(Span),
    name: z.literal(true).optional(),
    expression: z.literal(true).optional(),
    guess: z.literal(true).optional(),
    glossesUnavailable: z.string().optional(),
  }),
);

const WordAlignSchema = shaped<WordAlignResponse>()(z.strictObject({ links: z.array(z.tuple([count, count])) }));

export const wordsOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/analyze',
    tag: 'Words',
    summary: 'Lemma, part of speech and features of every word of a French text',
    description: 'Every word and punctuation mark is covered (punctuation as `PUNCT`); offsets are UTF-16 indexes into `text`; `guess` marks a lemma guessed from the ending of a word no lexicon knows.',
    body: { schema: TextRequest, example: { text: 'Il a opéré hier.' } },
    ok: [
      {
        status: 200,
        description: 'The tokens, in order.',
        json: AnalyzeSchema,
        example: {
          tokens: [
            { start: 0, end: 2, lemma: 'il', upos: 'PRON' },
            { start: 3, end: 4, lemma: 'avoir', upos: 'AUX' },
            { start: 5, end: 10, lemma: 'opérer', upos: 'VERB', features: { VerbForm: 'Part', Tense: 'Past' } },
          ],
        },
      },
    ],
    errors: ['EMPTY_TEXT', 'TEXT_TOO_LONG'],
  },
  {
    method: 'post',
    path: '/api/lookup',
    tag: 'Words',
    summary: 'A word in context: its lemma, glosses ranked for the sentence, and what it became in the translation',
    description: 'Elisions (`l’Occident`), clitics and multiword expressions the dictionary knows (`de plus en plus`) are looked up as a whole; proper names get `name: true` and no glosses.',
    body: { schema: LookupRequest, example: { text: 'Le chien noir dort.', offset: 5, translation: 'The black dog sleeps.' } },
    ok: [
      {
        status: 200,
        description: 'The word and what the dictionary and the translation say of it.',
        json: LookupSchema,
        example: {
          token: { start: 3, end: 8 },
          lemma: 'chien',
          upos: 'NOUN',
          features: { Gender: 'Masc', Number: 'Sing' },
          glosses: [{ text: 'dog', pos: 'NOUN' }],
          inTranslation: [{ start: 10, end: 13 }],
        },
      },
    ],
    errors: ['NOT_A_WORD', 'TEXT_TOO_LONG'],
  },
  {
    method: 'post',
    path: '/api/word-align',
    tag: 'Words',
    summary: 'Word alignment of a French sentence and its English, on whitespace-separated tokens',
    body: { schema: WordAlignRequest, example: { source: 'le chien dort', target: 'the dog sleeps' } },
    ok: [{ status: 200, description: '[French token, English token] pairs, 0-based.', json: WordAlignSchema, example: { links: [[0, 0], [1, 1], [2, 2]] } }],
    errors: ['TEXT_TOO_LONG'],
  },
];

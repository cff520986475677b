/**
 * POST /api/analyze: the exact JSON of a short text, and typed errors for bad input.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { createAnalyzer } from '../../server/lexicon/analyzer.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'visavis-analyze-'));
const config = tinyConfig({ VISAVIS_MAX_CHARS: '40' });
const translator = createMarianTranslator(config);
const analyzer = createAnalyzer({ dataDir });
const app = createApp({ config, translator, analyzer });
afterAll(async () => {
  analyzer.dispose();
  await translator.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

async function post(body: unknown) {
  const res = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('POST /api/analyze', { timeout: 60_000 }, () => {
  it('answers every word and punctuation mark with offsets, lemma, UPOS and features', async () => {
    expect(await post({ text: 'Le médecin l’a opéré.' })).toEqual({
      status: 200,
      body: {
        tokens: [
          { start: 0, end: 2, lemma: 'le', upos: 'DET' },
          { start: 3, end: 10, lemma: 'médecin', upos: 'NOUN', features: { Gender: 'Masc', Number: 'Sing' } },
          { start: 11, end: 13, lemma: 'lui', upos: 'PRON' },
          { start: 13, end: 14, lemma: 'avoir', upos: 'AUX', features: { VerbForm: 'Fin', Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Sing' } },
          { start: 15, end: 20, lemma: 'opérer', upos: 'VERB', features: { VerbForm: 'Part', Tense: 'Past', Gender: 'Masc', Number: 'Sing' } },
          { start: 20, end: 21, lemma: '.', upos: 'PUNCT' },
        ],
      },
    });
  });

  it('marks a guessed lemma', async () => {
    expect(await post({ text: 'Les covids' })).toEqual({
      status: 200,
      body: { tokens: [{ start: 0, end: 3, lemma: 'le', upos: 'DET' }, { start: 4, end: 10, lemma: 'covid', upos: 'NOUN', guess: true }] },
    });
  });

  it('refuses an empty text with 400 EMPTY_TEXT and a long one with 413 TEXT_TOO_LONG', async () => {
    expect(await post({ text: ' \n' })).toMatchObject({ status: 400, body: { error: { code: 'EMPTY_TEXT' } } });
    expect(await post({ text: 'mot '.repeat(11) })).toMatchObject({ status: 413, body: { error: { code: 'TEXT_TOO_LONG', message: 'The text has 44 characters; this server accepts at most 40 (VISAVIS_MAX_CHARS). Split the article.' } } });
    expect(await post({ words: 'Bonjour' })).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
  });
});

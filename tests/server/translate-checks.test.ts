/**
 * The machine translation is checked as a draft would be: a sentence whose number (or name) went
 * missing, or which stayed French, carries `checks` — the reader's quiet mark. The tiny model's
 * noise loses the year; a sentence with nothing to check carries no field at all.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseNdjson } from '../../client/ndjson.ts';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import type { TranslateEvent, TranslateResponse } from '../../server/schemas.ts';
import { NDJSON, postJson } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const config = tinyConfig();
const translator = createMarianTranslator(config);
const app = createApp({ config, translator });
afterAll(() => translator.dispose());

const TEXT = 'Bonjour. Il est né en 1952.';
const YEAR_LOST = [
  {
    rule: 'number',
    severity: 'error',
    message: 'The number 1952 of the source reads 3 in the draft: write 1952.',
    params: { value: '1952', expected: '1952', found: '3' },
  },
];

describe('checks on the machine translation', () => {
  it('come with each sentence of the JSON answer that has one', async () => {
    const body = (await (await postJson(app, '/api/translate', { text: TEXT })).json()) as TranslateResponse;
    const [hello, born] = body.paragraphs[0]!.sentences;
    expect(hello).not.toHaveProperty('checks');
    expect(born!.checks).toEqual(YEAR_LOST);
  });

  it('come with the sentence events of the stream', async () => {
    const events = parseNdjson<TranslateEvent>(await (await postJson(app, '/api/translate', { text: TEXT }, { headers: NDJSON })).text());
    const sentences = events.filter((e): e is Extract<TranslateEvent, { type: 'sentence' }> => e.type === 'sentence').sort((a, b) => a.sentence - b.sentence);
    expect(sentences.map((e) => e.checks)).toEqual([undefined, YEAR_LOST]);
  });
});

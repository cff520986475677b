/**
 * Inputs built to hurt: each must get a typed answer (never a 500) and run in time linear in its
 * length. At 1 MB a quadratic scan takes minutes, so the test timeout is the check.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { prepareArticle } from '../../server/reading/prepare.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const MB = 1_000_000;
const repeat = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length));

describe('adversarial texts of 1 MB', () => {
  it.each([
    ['a straight quote after every stop, in a sentence that never ends', 'a." '],
    ['an unclosed block tag, over and over', '<p '],
    ['abbreviations that never end a sentence', 'M. '],
    ['initials', 'Le A. B. '],
    ['one line per word pair', 'Le chat\n'],
    ['dots without spaces', 'a.'],
    ['elisions in brackets', '(… '],
    ['list numbers', '1. '],
  ])('%s: segmented or refused in linear time', (_name, unit) => {
    const text = repeat(unit);
    let outcome: string;
    try {
      const article = prepareArticle(text, 2 * MB);
      // Nothing is lost: the spans cover every non-space character in order.
      const covered = article.sentences.map((s) => s.text).join('').replace(/\s/g, '').length;
      expect(covered).toBe(article.source.replace(/\s/g, '').length);
      outcome = 'segmented';
    } catch (error) {
      outcome = (error as { code?: string }).code ?? String(error);
    }
    expect(['segmented', 'NOT_FRENCH', 'NO_ARTICLE']).toContain(outcome);
  }, 10_000);
});

describe('HTML that is not quite a document', () => {
  const config = tinyConfig();
  const translator = createMarianTranslator(config);
  const app = createApp({ config, translator });
  afterAll(() => translator.dispose());

  it.each(['<!doctype html> Le chat dort. Il part.', '<!doctype html>', '<!DOCTYPE html><!doctype html>'])('%s gets 422 NO_ARTICLE, not a 500', async (text) => {
    const res = await app.request('/api/segment', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NO_ARTICLE');
  });
});

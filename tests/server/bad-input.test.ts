/**
 * Inputs built to hurt: each must get a typed answer (never a 500) and run in time linear in its
 * length. At 1 MB a quadratic scan takes minutes, so the test timeout is the check.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { nestingDepth } from '../../server/reading/html-extractor.ts';
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

describe('an HTML page built to be slow', () => {
  const config = tinyConfig({ VISAVIS_HTML_BUDGET_MS: '300' });
  const translator = createMarianTranslator(config);
  const app = createApp({ config, translator });
  afterAll(() => translator.dispose());
  const nested = (depth: number): string =>
    `<!doctype html><html><body>${'<div>'.repeat(depth)}<p>Le président a annoncé jeudi un accord avec la Russie sur la coopération des services.</p>${'</div>'.repeat(depth)}</body></html>`;
  const segment = (text: string) => app.request('/api/segment', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });

  it('is extracted on a worker: health answers at once while it runs, and it ends in 422 HTML_TOO_COMPLEX', async () => {
    const slow = Promise.resolve(segment(nested(390)));
    // While the worker grinds, the event loop is free: health answers before the page is done.
    let pageDone = false;
    void slow.then(() => (pageDone = true));
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(pageDone).toBe(false);
    const res = await slow;
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('HTML_TOO_COMPLEX');
  }, 20_000);

  it('answers 422 HTML_TOO_COMPLEX, not a 500, to nesting deep enough to overflow the parser', async () => {
    const res = await segment(`<!doctype html><html><body>${'<span>'.repeat(20_000)}Le chat dort.</body></html>`);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('HTML_TOO_COMPLEX');
  }, 20_000);

  it('leaves the next page unharmed: a fresh worker extracts it', async () => {
    const res = await segment(nested(3));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toBe('Le président a annoncé jeudi un accord avec la Russie sur la coopération des services.');
  }, 20_000);
});

describe('nestingDepth', () => {
  it.each([
    ['<div><div><span>x</span></div></div>', 3],
    ['<p>un<p>deux<p>trois', 0],
    ['<ul><li>a<li>b</ul><br/><img src=x>', 1],
    ['</div></div><div>', 1],
    [`${'<div>'.repeat(3000)}x`, 3000],
  ])('reads %s as %i deep', (html, depth) => {
    expect(nestingDepth(html)).toBe(depth);
  });
});

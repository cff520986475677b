/** POST /api/analyze: every word of a French text with its lemma, part of speech and features. */
import { Hono } from 'hono';
import type { Analyzer } from '../lexicon/analyzer.ts';
import { checkText } from '../reading/input.ts';
import { TextRequest, type AnalyzeResponse } from '../schemas.ts';
import { jsonBody } from './validation.ts';

export function analyzeRoutes(analyzer: Analyzer, maxChars: number) {
  return new Hono().post('/analyze', jsonBody(TextRequest), async (c) => {
    const { text } = c.req.valid('json');
    checkText(text, maxChars);
    const body: AnalyzeResponse = { tokens: await analyzer.analyze(text) };
    return c.json(body);
  });
}

/**
 * A machine translation's check, and its confidence, in the words of the UI: the check's rule said
 * from its facts in the UI language, the server's English when the rule is one the locale lacks.
 *
 * @example checkText({ rule: 'number', severity: 'error', message: '…', params: { value: '1952' } }) // 'The number 1952 is not in the English.'
 */
import i18next from 'i18next';
import type { SentenceCheck } from '../../server/schemas.ts';

/** The share of probability per token, 0–1: exp of the mean log-probability. */
export function confidenceOf(score: number): number {
  return Math.min(1, Math.max(0, Math.exp(score)));
}

export function checkText(check: SentenceCheck): string {
  const key = `sentence.checks.${check.rule}`;
  return i18next.exists(key) ? i18next.t(key, { value: String(check.params?.value ?? '') }) : check.message;
}

/**
 * A quality-assurance flag on an aligned pair: which rule fired, how bad it is, on which link of
 * the alignment, and where in either text. The message is English; `params` carry the facts a
 * client needs to say the same thing in its own UI language.
 *
 * @example { rule: 'number', severity: 'error', link: 3, message: 'The number 3,5 is missing from the draft.', params: { value: '3,5' }, source: { start: 120, end: 123 } }
 */
import type { Span } from '../align/alignment.ts';

export const QA_RULES = ['number', 'omission', 'addition', 'untranslated', 'name', 'glossary', 'punctuation', 'repetition', 'inconsistency'] as const;
export type QaRule = (typeof QA_RULES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Flag {
  rule: QaRule;
  severity: Severity;
  /** Index into the alignment's links. */
  link: number;
  message: string;
  params?: Record<string, string | number>;
  source?: Span;
  draft?: Span;
}

/** A pinned term: the French term and the English the translator wants for it. */
export interface GlossaryTerm {
  source: string;
  target: string;
  note?: string;
}

/**
 * What the decode loops share: the Marian token ids, the parts of a loaded model they run on,
 * their options, and the decoded row they return.
 */
import type { PreTrainedModel } from '@huggingface/transformers';
import type { TokenHead } from './token-head.ts';

export interface MarianIds {
  decoderStart: number;
  eos: number;
  pad: number;
}

/** What a decode loop needs of a loaded model. */
export interface DecoderParts {
  model: PreTrainedModel;
  head: TokenHead;
  ids: MarianIds;
}

export interface DecodeOptions {
  /** Most tokens a row may generate, per row (excluding EOS). */
  maxNewTokens: number[];
  /** Forces each row to exactly this many tokens (EOS suppressed): random weights never stop. */
  forcedLengths?: number[];
  signal?: AbortSignal;
}

export interface DecodedRow {
  tokens: number[];
  /** Mean natural-log probability of the emitted tokens, EOS included when emitted. */
  meanLogProb: number;
  /** Whether the row stopped on EOS (false: cut by its length cap). */
  finished: boolean;
}

/** How many tokens each row may generate. */
export function limitsOf(options: DecodeOptions): number[] {
  return options.forcedLengths ?? options.maxNewTokens;
}

/** Tokens never chosen: padding always, and EOS when lengths are forced. */
export function bannedOf(ids: MarianIds, options: DecodeOptions): number[] {
  return options.forcedLengths ? [ids.pad, ids.eos] : [ids.pad];
}

export function decodedRow(tokens: number[], logProbSum: number, finished: boolean): DecodedRow {
  const count = tokens.length + (finished ? 1 : 0);
  return { tokens, meanLogProb: count > 0 ? logProbSum / count : 0, finished };
}

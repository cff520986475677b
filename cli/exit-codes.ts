/**
 * Exit codes scripts can trust, and the errors that carry them. Server errors (typed by code) map
 * onto the same few codes, so a script tells a bad file from a missing model without parsing text.
 *
 * @example exitCodeOf(new NotFrenchError(true)) // EXIT.input (3)
 */
import { AppError } from '../server/errors.ts';

export const EXIT = {
  /** Everything was written. */
  ok: 0,
  /** An unexpected failure (a bug): the message says where. */
  failure: 1,
  /** The command line or the configuration (VISAVIS_*) is wrong; nothing was read. */
  usage: 2,
  /** An input could not be used: missing or unreadable, empty, binary, not French, too long, no article. */
  input: 3,
  /** The translation model is not installed or failed to load or run. */
  model: 4,
  /** The output could not be written. */
  output: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure of the command line itself, with its exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const MODEL_CODES = new Set(['MODEL_UNAVAILABLE', 'MODEL_FAILED']);

export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof AppError) {
    if (MODEL_CODES.has(error.code)) return EXIT.model;
    if (error.code === 'CONFIG_INVALID') return EXIT.usage;
    if (error.code === 'INTERNAL') return EXIT.failure;
    return EXIT.input;
  }
  return EXIT.failure;
}

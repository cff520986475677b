/** The streams a command uses, passed in so that nothing reaches for process globals. */
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/** A line on standard error, prefixed with the command's name. */
export const warn = (io: Io) => (message: string) => void io.stderr.write(`vis-a-vis: ${message}\n`);

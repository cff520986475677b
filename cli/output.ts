/**
 * Where a command's results go: standard output for one input, or with `--output` a file (one
 * input) or a folder holding one file per input.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { CliError, EXIT } from './exit-codes.ts';
import { outputName } from './inputs.ts';

export interface Sink {
  write(input: string, content: string): Promise<void>;
}

/** Fails with exit code 2 when several inputs have nowhere to go but standard output. */
export async function sinkFor(output: string | undefined, inputs: readonly string[], extension: string, stdout: Writable): Promise<Sink> {
  if (output === undefined) {
    if (inputs.length > 1) throw new CliError(EXIT.usage, `${inputs.length} inputs: give --output <folder> to write one file for each.`);
    return { write: async (_input, content) => void stdout.write(content) };
  }
  const isFolder = inputs.length > 1 || output.endsWith('/') || (await stat(output).then((s) => s.isDirectory(), () => false));
  const failed = (path: string) => (error: NodeJS.ErrnoException) => {
    throw new CliError(EXIT.output, `${path}: cannot be written (${error.code ?? error.message}).`);
  };
  if (!isFolder) return { write: (_input, content) => writeFile(output, content).catch(failed(output)) };
  await mkdir(output, { recursive: true }).catch(failed(output));
  return {
    write: (input, content) => {
      const path = join(output, outputName(input, extension));
      return writeFile(path, content).catch(failed(path));
    },
  };
}

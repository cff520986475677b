/**
 * The texts a command reads: files, the readable files of a folder (sorted, not recursive), or
 * standard input for `-`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { CliError, EXIT } from './exit-codes.ts';

export interface Input {
  /** The file's name as given, or `-` for standard input. */
  name: string;
  text: string;
}

/** Files of a folder that hold an article. */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm'];

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}

/** The file names `paths` stand for, folders expanded; fails with exit code 3 on one that is missing. */
export async function listInputs(paths: readonly string[]): Promise<string[]> {
  const names: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      names.push(path);
      continue;
    }
    const info = await stat(path).catch(() => {
      throw new CliError(EXIT.input, `${path}: no such file or folder.`);
    });
    if (!info.isDirectory()) {
      names.push(path);
      continue;
    }
    const inside = (await readdir(path, { withFileTypes: true }))
      .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(extname(e.name).toLowerCase()))
      .map((e) => join(path, e.name))
      .sort();
    if (inside.length === 0) throw new CliError(EXIT.input, `${path}: the folder holds no ${ARTICLE_EXTENSIONS.join(', ')} file.`);
    names.push(...inside);
  }
  return names;
}

export async function readInput(name: string, stdin: Readable): Promise<Input> {
  if (name === '-') return { name, text: await readStream(stdin) };
  const text = await readFile(name, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(EXIT.input, `${name}: cannot be read (${error.code ?? error.message}).`);
  });
  return { name, text };
}

/** The name of the output for `input` in a folder: the input's base name with the format's extension. */
export function outputName(input: string, extension: string): string {
  const base = input === '-' ? 'stdin' : basename(input, extname(input));
  return `${base}.${extension}`;
}

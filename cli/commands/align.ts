/**
 * `vis-a-vis align`: a French source and an English translation of it (a draft) → their sentences
 * paired, 1-1, 2-1, 1-2, or alone where a sentence was left out or added, through the review
 * service the server's /api/align uses. Needs no model.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../server/config.ts';
import { createReviewService } from '../../server/review/review-service.ts';
import type { AlignResponse } from '../../server/schemas.ts';
import { CliError, EXIT, type ExitCode } from '../exit-codes.ts';
import { FORMATS, render, type Format, type Pair } from '../formats.ts';
import { ALIGN_HELP } from '../help.ts';
import { readInput, type Input } from '../inputs.ts';
import type { Io } from '../io.ts';
import { sinkFor } from '../output.ts';

/** Each link of an alignment as one pair, its sentences on each side joined by a space. */
export function alignedPairs(sourceText: string, draftText: string, alignment: AlignResponse): Pair[] {
  const join = (text: string, spans: AlignResponse['source'], indexes: number[]) => indexes.map((i) => text.slice(spans[i]!.start, spans[i]!.end)).join(' ');
  return alignment.links.map((link) => ({ french: join(sourceText, alignment.source, link.source), english: join(draftText, alignment.draft, link.draft) }));
}

/** The two files of a source and its draft; at most one of them standard input. */
export async function readPair(positionals: string[], io: Io, command: string): Promise<[Input, Input]> {
  if (positionals.length !== 2) throw new CliError(EXIT.usage, `Give two files: the French source and its English draft. See vis-a-vis ${command} --help.`);
  if (positionals[0] === '-' && positionals[1] === '-') throw new CliError(EXIT.usage, 'Only one of the two files can be - (standard input).');
  const source = await readInput(positionals[0]!, io.stdin);
  const draft = await readInput(positionals[1]!, io.stdin);
  return [source, draft];
}

export async function alignCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'tsv' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(ALIGN_HELP);
    return EXIT.ok;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new CliError(EXIT.usage, `--format must be one of ${FORMATS.join(', ')}, got "${values.format}".`);
  const [source, draft] = await readPair(positionals, io, 'align');
  const sink = await sinkFor(values.output, [source.name], format, io.stdout);
  const alignment = createReviewService({ maxChars: loadConfig().maxChars }).align({ source: source.text, draft: draft.text });
  await sink.write(source.name, render({ source: source.name, paragraphs: [{ kind: 'body', pairs: alignedPairs(source.text, draft.text, alignment) }] }, format));
  return EXIT.ok;
}

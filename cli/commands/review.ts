/**
 * `vis-a-vis review`: the translator's QA on a French source and its English draft (numbers,
 * names, omissions, additions, glossary terms…), through the review service the server's
 * /api/review uses. Needs no model.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../server/config.ts';
import { createReviewService } from '../../server/review/review-service.ts';
import type { GlossaryTerm, ReviewResponse } from '../../server/schemas.ts';
import { CliError, EXIT, type ExitCode } from '../exit-codes.ts';
import { REVIEW_HELP } from '../help.ts';
import type { Io } from '../io.ts';
import { sinkFor } from '../output.ts';
import { alignedPairs, readPair } from './align.ts';

const REVIEW_FORMATS = ['tsv', 'json'] as const;
type ReviewFormat = (typeof REVIEW_FORMATS)[number];

/** A glossary file: French TAB English a line; blank lines and `#` comments are skipped. */
export function parseGlossary(text: string): GlossaryTerm[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, i) => {
      const [source = '', target = '', note] = line.split('\t').map((cell) => cell.trim());
      if (!source || !target) throw new CliError(EXIT.input, `The glossary's term ${i + 1} needs French<TAB>English: "${line}".`);
      return { source, target, ...(note ? { note } : {}) };
    });
}

/**
 * One flag a line: severity, rule, the French and English of its pair, the message.
 *
 * @example reviewTsv('Il a 3 ans.', 'He is 4.', review) // 'error\tnumber\tIl a 3 ans.\tHe is 4.\tThe number 3 of the source reads 4 in the draft: write 3.\n'
 */
export function reviewTsv(sourceText: string, draftText: string, review: ReviewResponse): string {
  const pairs = alignedPairs(sourceText, draftText, review.alignment);
  const cell = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  return review.flags.map((f) => `${f.severity}\t${f.rule}\t${cell(pairs[f.link]?.french ?? '')}\t${cell(pairs[f.link]?.english ?? '')}\t${cell(f.message)}\n`).join('');
}

export async function reviewCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'tsv' },
      glossary: { type: 'string', short: 'g' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(REVIEW_HELP);
    return EXIT.ok;
  }
  const format = values.format as ReviewFormat;
  if (!REVIEW_FORMATS.includes(format)) throw new CliError(EXIT.usage, `--format must be one of ${REVIEW_FORMATS.join(', ')}, got "${values.format}".`);
  const [source, draft] = await readPair(positionals, io, 'review');
  const glossary = values.glossary
    ? parseGlossary(
        await readFile(values.glossary, 'utf8').catch((error: NodeJS.ErrnoException) => {
          throw new CliError(EXIT.input, `${values.glossary}: cannot be read (${error.code ?? error.message}).`);
        }),
      )
    : [];
  const sink = await sinkFor(values.output, [source.name], format, io.stdout);
  const review = createReviewService({ maxChars: loadConfig().maxChars }).review({ source: source.text, draft: draft.text, glossary });
  await sink.write(source.name, format === 'json' ? `${JSON.stringify(review, null, 2)}\n` : reviewTsv(source.text, draft.text, review));
  return EXIT.ok;
}

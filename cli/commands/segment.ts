/**
 * `vis-a-vis segment`: the paragraphs and sentences of French articles, without translating: the
 * reading service's own preparation (checks, HTML extraction, segmentation), with no engine loaded.
 */
import { parseArgs } from 'node:util';
import { SEGMENT_HELP } from '../help.ts';
import { loadConfig } from '../../server/config.ts';
import { prepareArticle, type PreparedArticle } from '../../server/reading/prepare.ts';
import { CliError, EXIT, exitCodeOf, type ExitCode } from '../exit-codes.ts';
import { listInputs, readInput } from '../inputs.ts';
import { warn, type Io } from '../io.ts';
import { sinkFor } from '../output.ts';

const SEGMENT_FORMATS = ['text', 'json'] as const;
type SegmentFormat = (typeof SEGMENT_FORMATS)[number];

/**
 * @example segmentText(prepareArticle('Titre\n\nIl part. Elle reste.', 1000), 'text') // 'Titre\n\nIl part.\nElle reste.\n'
 */
export function segmentText(article: PreparedArticle, format: SegmentFormat): string {
  const text = (s: { start: number; end: number }) => article.source.slice(s.start, s.end);
  if (format === 'text') return `${article.paragraphs.map((p) => p.sentences.map(text).join('\n')).join('\n\n')}\n`;
  const paragraphs = article.paragraphs.map((p) => ({ ...p, sentences: p.sentences.map((s) => ({ ...s, text: text(s) })) }));
  return `${JSON.stringify({ text: article.source, paragraphs }, null, 2)}\n`;
}

export async function segmentCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(SEGMENT_HELP);
    return EXIT.ok;
  }
  const format = values.format as SegmentFormat;
  if (!SEGMENT_FORMATS.includes(format)) throw new CliError(EXIT.usage, `--format must be one of ${SEGMENT_FORMATS.join(', ')}, got "${values.format}".`);
  if (positionals.length === 0) throw new CliError(EXIT.usage, 'Give a file, a folder or - (standard input) to segment. See vis-a-vis segment --help.');

  const names = await listInputs(positionals);
  const sink = await sinkFor(values.output, names, format === 'json' ? 'json' : 'txt', io.stdout);
  const say = warn(io);
  const { maxChars } = loadConfig();
  let worst: ExitCode = EXIT.ok;
  for (const name of names) {
    try {
      const input = await readInput(name, io.stdin);
      await sink.write(name, segmentText(prepareArticle(input.text, maxChars), format));
    } catch (error) {
      if (exitCodeOf(error) !== EXIT.input) throw error;
      say(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      worst = EXIT.input;
    }
  }
  return worst;
}

/**
 * `vis-a-vis translate`: files, folders or standard input → the aligned French–English result, in
 * process, through the reading service (the same checks, HTML extraction, batches and cache as
 * the server).
 */
import { parseArgs } from 'node:util';
import { TRANSLATE_HELP } from '../help.ts';
import type { PreparedArticle } from '../../server/reading/prepare.ts';
import { withTranslations } from '../../server/reading/translate.ts';
import { CliError, EXIT, exitCodeOf, type ExitCode } from '../exit-codes.ts';
import { FORMATS, render, type Bilingual, type Format } from '../formats.ts';
import { listInputs, readInput } from '../inputs.ts';
import { warn, type Io } from '../io.ts';
import { sinkFor } from '../output.ts';
import { progressOn } from '../progress.ts';

function bilingualOf(source: string, article: PreparedArticle, translated: Parameters<typeof withTranslations>[1], model: string): Bilingual {
  return {
    source,
    model,
    paragraphs: withTranslations(article, translated).map((p) => ({
      kind: p.kind,
      pairs: p.sentences.map((s) => ({ french: article.source.slice(s.start, s.end), english: s.translation, score: s.score })),
    })),
  };
}

export async function translateCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'tsv' },
      output: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(TRANSLATE_HELP);
    return EXIT.ok;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new CliError(EXIT.usage, `--format must be one of ${FORMATS.join(', ')}, got "${values.format}".`);
  if (positionals.length === 0) throw new CliError(EXIT.usage, 'Give a file, a folder or - (standard input) to translate. See vis-a-vis translate --help.');

  const names = await listInputs(positionals);
  const sink = await sinkFor(values.output, names, format, io.stdout);
  const say = warn(io);
  // Loaded only now: --help and usage errors answer without loading the engine.
  const { openRuntime } = await import('../runtime.ts');
  const runtime = openRuntime(say);
  const progress = progressOn(io.stderr, values.quiet);
  let worst: ExitCode = EXIT.ok;
  try {
    const articles: { name: string; article: PreparedArticle }[] = [];
    for (const name of names) {
      try {
        const input = await readInput(name, io.stdin);
        articles.push({ name, article: await runtime.reading.prepare(input.text) });
      } catch (error) {
        if (exitCodeOf(error) !== EXIT.input) throw error;
        say(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        worst = EXIT.input;
      }
    }
    const total = articles.reduce((n, a) => n + a.article.sentences.length, 0);
    let done = 0;
    for (const { name, article } of articles) {
      const translation = await runtime.reading.begin(article);
      const translated = await translation.run({
        onSentences: (batch) => {
          done += batch.length;
          progress.update(done, total, name);
        },
      });
      await sink.write(name, render(bilingualOf(name, article, translated, runtime.reading.modelId), format));
      progress.finished(name, article.sentences.length);
    }
  } finally {
    progress.end();
    await runtime.close();
  }
  return worst;
}

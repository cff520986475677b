/**
 * The `vis-a-vis` command line: subcommands on the same services as the server, run in process.
 *
 * @example await main(['translate', 'article.txt', '--format', 'md'], { stdin, stdout, stderr }) // 0
 */
import { EXIT, exitCodeOf, type ExitCode } from './exit-codes.ts';
import { HELP } from './help.ts';
import { warn, type Io } from './io.ts';

type Command = (args: string[], io: Io) => Promise<ExitCode>;

/** Loaded on use: the engine (ONNX Runtime, transformers.js) only for the commands that translate. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  translate: async () => (await import('./commands/translate.ts')).translateCommand,
  segment: async () => (await import('./commands/segment.ts')).segmentCommand,
  align: async () => (await import('./commands/align.ts')).alignCommand,
  review: async () => (await import('./commands/review.ts')).reviewCommand,
};

/** Node's parseArgs errors: an unknown option, a missing value, an unexpected argument. */
const isParseError = (error: unknown): boolean =>
  error instanceof TypeError && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).code!.startsWith('ERR_PARSE_ARGS');

export async function main(argv: string[], io: Io): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    warn(io)(`unknown command "${name}"; the commands are ${Object.keys(COMMANDS).join(', ')}. See vis-a-vis --help.`);
    return EXIT.usage;
  }
  try {
    return await (await command())(args, io);
  } catch (error) {
    const code = isParseError(error) ? EXIT.usage : exitCodeOf(error);
    const message = error instanceof Error ? error.message : String(error);
    warn(io)(code === EXIT.usage && isParseError(error) ? `${message}. See vis-a-vis ${name} --help.` : message);
    if (code === EXIT.failure) io.stderr.write(`${error instanceof Error ? (error.stack ?? '') : ''}\n`);
    return code;
  }
}

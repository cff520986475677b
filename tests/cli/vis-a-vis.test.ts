/**
 * The real `vis-a-vis` binary, run with node as a user runs it, on the tiny model.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ALIGN_HELP, HELP, REVIEW_HELP, SEGMENT_HELP, TRANSLATE_HELP } from '../../cli/help.ts';
import { main } from '../../cli/main.ts';
import { TINY_FP32, TINY_MODELS_DIR, TINY_MODEL_ID } from '../support/tiny-model.ts';

const BIN = fileURLToPath(new URL('../../cli/vis-a-vis.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'visavis-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ENV = {
  PATH: process.env.PATH,
  VISAVIS_MODELS_DIR: TINY_MODELS_DIR,
  VISAVIS_MODEL: TINY_MODEL_ID,
  VISAVIS_DTYPE: 'fp32',
  VISAVIS_DATA_DIR: join(work, 'data'),
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], { stdin, env = {} }: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: work, env: { ...ENV, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin!.end(stdin ?? '');
  });
}

const ARTICLE = 'Le titre\n\nM. Dupont est arrivé. Il repart demain.\n';
const TSV = `Le titre\t${TINY_FP32['Le titre']}\nM. Dupont est arrivé.\t${TINY_FP32['M. Dupont est arrivé.']}\nIl repart demain.\t${TINY_FP32['Il repart demain.']}\n`;
const ENGLISH = 'The president said on Thursday that the agreement with the opposition would be signed within a week, according to a statement.\n';
writeFileSync(join(work, 'article.txt'), ARTICLE);
const SLOW = 120_000;

describe('vis-a-vis --help', () => {
  it('prints the commands on standard error and exits 2 without a command', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const sink = (into: string[]) => ({ write: (s: string) => into.push(s) }) as unknown as NodeJS.WritableStream;
    const code = await main([], { stdin: process.stdin, stdout: sink(stdout) as never, stderr: sink(stderr) as never });
    expect([code, stdout, stderr]).toEqual([2, [], [HELP]]);
  });

  it('prints the commands, and each command its options', async () => {
    const results = await Promise.all([run(['--help']), run(['translate', '--help']), run(['segment', '-h']), run(['align', '--help']), run(['review', '-h'])]);
    expect(results).toEqual([
      { code: 0, stdout: HELP, stderr: '' },
      { code: 0, stdout: TRANSLATE_HELP, stderr: '' },
      { code: 0, stdout: SEGMENT_HELP, stderr: '' },
      { code: 0, stdout: ALIGN_HELP, stderr: '' },
      { code: 0, stdout: REVIEW_HELP, stderr: '' },
    ]);
  }, SLOW);
});

describe('vis-a-vis translate', () => {
  it('writes TSV, one sentence pair a line, and its progress on standard error', async () => {
    expect(await run(['translate', 'article.txt'])).toEqual({ code: 0, stdout: TSV, stderr: 'article.txt: 3 sentences\n' });
  }, SLOW);

  it('reads standard input and writes Markdown', async () => {
    const result = await run(['translate', '--format', 'md', '-q', '-'], { stdin: ARTICLE, env: { VISAVIS_CACHE: 'off' } });
    expect(result).toEqual({
      code: 0,
      stdout: [
        '| Français | English |',
        '| --- | --- |',
        `| **Le titre** | **${TINY_FP32['Le titre']}** |`,
        `| M. Dupont est arrivé. | ${TINY_FP32['M. Dupont est arrivé.']} |`,
        `| Il repart demain. | ${TINY_FP32['Il repart demain.']} |`,
        '',
      ].join('\n'),
      stderr: '',
    });
  }, SLOW);

  it('translates a folder into one file per article, in JSON and HTML, and says which input it could not use', async () => {
    const folder = join(work, 'articles');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.txt'), 'Bonjour.\n');
    writeFileSync(join(folder, 'b.md'), ENGLISH);
    writeFileSync(join(folder, 'notes.csv'), 'ignored');
    const json = await run(['translate', 'articles', '-f', 'json', '-o', 'out']);
    expect(json).toEqual({
      code: 3,
      stdout: '',
      stderr: `vis-a-vis: ${join('articles', 'b.md')}: This text reads like English. Vis-à-vis translates French into English: paste a French text.\n${join('articles', 'a.txt')}: 1 sentences\n`,
    });
    expect(readdirSync(join(work, 'out'))).toEqual(['a.json']);
    const doc = JSON.parse(readFileSync(join(work, 'out', 'a.json'), 'utf8'));
    expect(doc.paragraphs.map((p: { sentences: { french: string; english: string }[] }) => p.sentences.map((s) => [s.french, s.english]))).toEqual([
      [['Bonjour.', TINY_FP32['Bonjour.']]],
    ]);
    expect(doc.source).toBe(join('articles', 'a.txt'));
    expect(doc.model).toBe(TINY_MODEL_ID);

    const html = await run(['translate', 'article.txt', '-f', 'html', '-q', '-o', 'article.html']);
    expect(html).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(work, 'article.html'), 'utf8')).toContain(
      `<tbody class="body">\n<tr><td lang="fr">M. Dupont est arrivé.</td><td lang="en">${TINY_FP32['M. Dupont est arrivé.']}</td></tr>\n<tr><td lang="fr">Il repart demain.</td><td lang="en">${TINY_FP32['Il repart demain.']}</td></tr>\n</tbody>`,
    );
  }, SLOW);

  it('exits 4 when the model is not installed, saying how to install it', async () => {
    const result = await run(['translate', 'article.txt'], { env: { VISAVIS_MODEL: 'visavis/absent', VISAVIS_CACHE: 'off' } });
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^vis-a-vis: The translation model visavis\/absent is not installed yet\. .*npm run models:fetch -- visavis\/absent --dtype fp32\n$/);
  }, SLOW);

  it.each([
    ['an unknown option', ['translate', '--bogus', 'article.txt'], 2, /^vis-a-vis: Unknown option '--bogus'\./],
    ['no input', ['translate'], 2, /^vis-a-vis: Give a file, a folder or - \(standard input\) to translate\. See vis-a-vis translate --help\.\n$/],
    ['an unknown format', ['translate', '-f', 'pdf', 'article.txt'], 2, /^vis-a-vis: --format must be one of tsv, json, html, md, got "pdf"\.\n$/],
    ['several inputs and no --output', ['translate', 'article.txt', 'article.txt'], 2, /^vis-a-vis: 2 inputs: give --output <folder> to write one file for each\.\n$/],
    ['a missing file', ['translate', 'missing.txt'], 3, /^vis-a-vis: missing\.txt: no such file or folder\.\n$/],
    ['an unknown command', ['publish'], 2, /^vis-a-vis: unknown command "publish"; the commands are translate, segment, align, review\. See vis-a-vis --help\.\n$/],
  ])('exits with a usage or input code on %s', async (_name, args, code, stderr) => {
    const result = await run(args, { env: { VISAVIS_CACHE: 'off' } });
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(stderr);
  }, SLOW);
});

describe('vis-a-vis segment', () => {
  it('writes one sentence a line, paragraphs apart, without the model', async () => {
    expect(await run(['segment', 'article.txt'], { env: { VISAVIS_MODEL: 'visavis/absent' } })).toEqual({
      code: 0,
      stdout: 'Le titre\n\nM. Dupont est arrivé.\nIl repart demain.\n',
      stderr: '',
    });
  }, SLOW);

  it('exits 2 on a bad configuration', async () => {
    const result = await run(['segment', 'article.txt'], { env: { VISAVIS_DTYPE: 'fp16' } });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'vis-a-vis: VISAVIS_DTYPE must be one of [q8, fp32], got "fp16"\n' });
  }, SLOW);
});

describe('vis-a-vis align', () => {
  it('pairs the sentences of a source and its draft as TSV', async () => {
    writeFileSync(join(work, 'source.txt'), 'Il pleut. Il fait froid.\n\nFin.\n');
    writeFileSync(join(work, 'draft.txt'), 'It is raining and cold.\n\nThe end.\n');
    expect(await run(['align', 'source.txt', 'draft.txt'])).toEqual({
      code: 0,
      stdout: 'Il pleut. Il fait froid.\tIt is raining and cold.\nFin.\tThe end.\n',
      stderr: '',
    });
  }, SLOW);
});

describe('vis-a-vis review', () => {
  it('writes a flag a line: severity, rule, the pair, the message', async () => {
    writeFileSync(join(work, 'source2.txt'), 'Il a 3 ans. Il vit à Moscou.\n');
    writeFileSync(join(work, 'glossary.tsv'), '# pinned\nans\tyears\n');
    expect(await run(['review', 'source2.txt', '-', '--glossary', 'glossary.tsv'], { stdin: 'He is 4. He lives in Moscow.\n' })).toEqual({
      code: 0,
      stdout: [
        'error\tnumber\tIl a 3 ans.\tHe is 4.\tThe number 3 of the source reads 4 in the draft: write 3.',
        'warning\tglossary\tIl a 3 ans.\tHe is 4.\tThe glossary translates “ans” as “years”: use it in the draft.',
        'warning\tname\tIl vit à Moscou.\tHe lives in Moscow.\tThe name Moscou appears as Moscow in the draft: check the spelling.',
        '',
      ].join('\n'),
      stderr: '',
    });
  }, SLOW);

  it('exits 3 on an empty source', async () => {
    writeFileSync(join(work, 'empty.txt'), '');
    expect(await run(['review', 'empty.txt', 'source2.txt'])).toEqual({ code: 3, stdout: '', stderr: 'vis-a-vis: The French source is empty: paste or open it.\n' });
  }, SLOW);
});

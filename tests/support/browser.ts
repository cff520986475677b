/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), and the app served on
 * a free loopback port for the page to talk to, with the client built from the current sources
 * and a library of its own.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Config } from '../../server/config.ts';
import { createMarianTranslator, type Translator } from '../../server/engine/translator.ts';
import type { SegmentResponse, TranslateEvent } from '../../server/schemas.ts';
import { openDatabase } from '../../server/store/db.ts';
import { DocumentStore } from '../../server/store/documents.ts';
import { tinyConfig } from './tiny-model.ts';

const INSTALL_HINT = 'install Debian\'s Chromium with "apt-get install -y chromium" (or set CHROMIUM_PATH)';

function onPath(command: string): string | undefined {
  try {
    return execFileSync('which', [command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The first Chromium found: CHROMIUM_PATH, Debian's, Ubuntu's, then Google Chrome on the PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? onPath('google-chrome');
}

export const CHROMIUM = findChromium();

/**
 * Whether the browser suite runs. Without Chromium it is skipped with one loud line, except on CI
 * (CI=true), where a missing browser must fail the run rather than pass it quietly.
 */
export function browserSuiteEnabled(): boolean {
  if (CHROMIUM) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but no Chromium was found: ${INSTALL_HINT}.`);
  console.warn(`\n*** BROWSER TESTS SKIPPED: no Chromium found; ${INSTALL_HINT}. ***\n`);
  return false;
}

export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error(`No Chromium found: ${INSTALL_HINT}.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** A build nobody has used for a day is from sources long gone. */
const STALE_MS = 24 * 60 * 60 * 1000;

/** A hash of everything the client bundle is made from. */
function clientSourcesHash(): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(ROOT, 'client'), { recursive: true, encoding: 'utf8' }).sort();
  for (const file of [...files.map((f) => join('client', f)), 'vite.config.ts', 'vite.embed.config.ts', 'package-lock.json']) {
    const path = join(ROOT, file);
    if (statSync(path).isFile()) hash.update(file).update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The client built from the current sources, in a folder named after their hash: the browser
 * test files share one build, never serve each other (or another checkout) a half-written
 * bundle, and a source change gets a build of its own.
 */
export function buildClient(): string {
  return built('client', 'index.html', ['vite', 'build', '--logLevel', 'error', '--emptyOutDir']);
}

/** The embeddable `<visavis-reader>` module, built the same way (`visavis-reader.js` in the folder). */
export function buildEmbed(): string {
  return built('embed', 'visavis-reader.js', ['vite', 'build', '--config', 'vite.embed.config.ts', '--logLevel', 'error', '--emptyOutDir']);
}

function built(kind: string, marker: string, command: string[]): string {
  const outDir = join(tmpdir(), `visavis-${kind}-${clientSourcesHash()}`);
  if (existsSync(join(outDir, marker))) return outDir;
  for (const old of readdirSync(tmpdir()).filter((d) => d.startsWith(`visavis-${kind}-`))) {
    const path = join(tmpdir(), old);
    if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
  const building = mkdtempSync(join(tmpdir(), 'visavis-build-'));
  // A production build, as users get it (vitest runs with NODE_ENV=test, which would pick Lit's dev build).
  execFileSync('npx', [...command, '--outDir', building], { stdio: 'inherit', cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } });
  try {
    renameSync(building, outDir);
  } catch {
    // Another test file finished the same build first: use its copy, unless a killed run left it half done.
    if (!existsSync(join(outDir, marker))) {
      rmSync(outDir, { recursive: true, force: true });
      return built(kind, marker, command);
    }
    rmSync(building, { recursive: true, force: true });
  }
  return outDir;
}

export interface RunningApp {
  url: string;
  translator: Translator;
  close(): Promise<void>;
}

/** The app on a free port, serving the client in `clientDir`, with an empty library in memory. */
export async function startApp(config: Config, clientDir: string): Promise<RunningApp> {
  const translator = createMarianTranslator(config);
  const db = openDatabase(':memory:');
  const app = createApp({ config: { ...config, clientDir }, translator, documents: new DocumentStore(db) });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    translator,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await translator.dispose();
      db.close();
    },
  };
}

/**
 * Answers the page's /api/translate from the app's own segmentation, every sentence at once as a
 * cached article arrives, with a stand-in English ("EN: " and the French): fast and exact, for
 * tests about the page rather than the model.
 */
export async function fakeTranslations(page: Page, appUrl: string): Promise<void> {
  await page.route('**/api/translate', (route) =>
    answer(route).catch((error: unknown) => {
      // A test that closes its page while a translation is still being faked needs no answer.
      if (!page.isClosed()) throw error;
    }),
  );
  async function answer(route: Route): Promise<void> {
    const body = route.request().postData() ?? '{}';
    const res = await fetch(new URL('api/segment', appUrl), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    if (!res.ok) {
      await route.fulfill({ status: res.status, body: await res.text(), contentType: 'application/json' });
      return;
    }
    const segmented = (await res.json()) as SegmentResponse;
    const text = segmented.text ?? (JSON.parse(body) as { text: string }).text;
    const total = segmented.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    const events: TranslateEvent[] = [{ type: 'segmentation', paragraphs: segmented.paragraphs, sentences: total, model: 'fake', ...(segmented.text ? { text } : {}) }];
    segmented.paragraphs.forEach((p, paragraph) =>
      p.sentences.forEach((s, sentence) => events.push({ type: 'sentence', paragraph, sentence, translation: `EN: ${text.slice(s.start, s.end)}`, score: -0.2 })),
    );
    events.push({ type: 'done', sentences: total, translated: total, ms: { total: 300, firstSentence: 100 } });
    await route.fulfill({ body: events.map((e) => JSON.stringify(e)).join('\n') + '\n', contentType: 'application/x-ndjson' });
  }
}

export interface ChromiumSuite {
  readonly enabled: boolean;
  browser: Browser;
  running: RunningApp;
}

/**
 * One browser and one app (the tiny q8 model, the current client) for a test file, started before
 * its tests and closed after; nothing starts when the suite is skipped.
 */
export function chromiumSuite(config: Config = tinyConfig({ VISAVIS_DTYPE: 'q8' })): ChromiumSuite {
  const suite = { enabled: browserSuiteEnabled() } as ChromiumSuite;
  beforeAll(async () => {
    if (!suite.enabled) return;
    const client = buildClient();
    suite.browser = await launchChromium();
    suite.running = await startApp(config, client);
  }, 120_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.running?.close();
  });
  return suite;
}

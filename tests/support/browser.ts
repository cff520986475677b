/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), and the app served on
 * a free loopback port for the page to talk to.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { createApp } from '../../server/app.ts';
import type { Config } from '../../server/config.ts';
import { createMarianTranslator, type Translator } from '../../server/engine/translator.ts';

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

export interface RunningApp {
  url: string;
  translator: Translator;
  close(): Promise<void>;
}

export async function startApp(config: Config): Promise<RunningApp> {
  const translator = createMarianTranslator(config);
  const app = createApp({ config, translator });
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
    },
  };
}

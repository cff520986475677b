/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), and the app served on
 * a free loopback port for the page to talk to.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { createApp } from '../../server/app.ts';
import type { Config } from '../../server/config.ts';
import { createMarianTranslator, type Translator } from '../../server/engine/translator.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}: run "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  }
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

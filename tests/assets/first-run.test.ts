/**
 * The first run of a new user: an empty models folder and a reachable hub. The server answers at
 * once, downloads the model in the background (health shows it), then translates without a restart.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { modelInstaller } from '../../server/assets/installer.ts';
import { modelFiles } from '../../server/assets/manifest.ts';
import { createMarianTranslator, type Translator } from '../../server/engine/translator.ts';
import { warmUpModel } from '../../server/reading/reading-service.ts';
import type { HealthResponse, TranslateResponse } from '../../server/schemas.ts';
import { startFakeHub, type FakeHub } from '../support/fake-hub.ts';
import { TINY_MODELS_DIR, TINY_MODEL_ID, tinyConfig } from '../support/tiny-model.ts';

/** Every file of the committed tiny model, keyed `<model id>/<file>` as the hub serves them. */
function tinyModelFiles(): Record<string, Buffer> {
  const root = join(TINY_MODELS_DIR, TINY_MODEL_ID);
  const files: Record<string, Buffer> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[`${TINY_MODEL_ID}/${relative(root, path)}`] = readFileSync(path);
    }
  };
  walk(root);
  return files;
}

let hub: FakeHub;
const dirs: string[] = [];
const translators: Translator[] = [];

beforeAll(async () => {
  hub = await startFakeHub(tinyModelFiles());
});
afterAll(async () => {
  await Promise.all(translators.map((t) => t.dispose()));
  await hub.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function freshServer(env: Record<string, string> = {}) {
  const modelsDir = mkdtempSync(join(tmpdir(), 'visavis-first-run-'));
  dirs.push(modelsDir);
  const config = tinyConfig({ VISAVIS_MODELS_DIR: modelsDir, VISAVIS_HUB_URL: hub.url, ...env });
  const translator = createMarianTranslator(config);
  translators.push(translator);
  const installer = modelInstaller(config);
  return { config, translator, installer, app: createApp({ config, translator, installer }) };
}

const health = async (app: ReturnType<typeof createApp>): Promise<HealthResponse> => (await (await app.request('/api/health')).json()) as HealthResponse;
const translate = (app: ReturnType<typeof createApp>) =>
  app.request('/api/translate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Bonjour.' }) });

describe('the first run with an empty models folder', () => {
  it('downloads the model in the background, says so in health, then translates without a restart', async () => {
    const { app, translator, installer } = freshServer();
    expect((await health(app)).model.state).toBe('missing');
    const release = hub.hold();
    const progress: number[] = [];
    const warm = warmUpModel({ translator, installer }, { onProgress: (p) => progress.push(p.received) });

    await expect.poll(async () => (await health(app)).model.state).toBe('downloading');
    expect(await health(app)).toMatchObject({ status: 'ok', model: { state: 'downloading', download: { received: 0 } } });
    const refused = await translate(app);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'MODEL_UNAVAILABLE',
      message: expect.stringContaining('It is downloading'),
    });

    release();
    await warm;
    expect((await health(app)).model).toEqual({ id: TINY_MODEL_ID, dtype: 'fp32', state: 'ready' });
    // The last report is every byte of the six fp32 files the model needs.
    const needed = modelFiles('fp32').reduce((n, file) => n + statSync(join(TINY_MODELS_DIR, TINY_MODEL_ID, file)).size, 0);
    expect(progress.at(-1)).toBe(needed);

    const res = await translate(app);
    expect(res.status).toBe(200);
    const reference = createMarianTranslator(tinyConfig());
    translators.push(reference);
    const [expected] = await reference.translateBatch(['Bonjour.']);
    expect(((await res.json()) as TranslateResponse).paragraphs[0]!.sentences[0]!.translation).toBe(expected!.text);
  });

  it('downloads nothing with VISAVIS_OFFLINE=1: health says missing, with the command that installs it', async () => {
    const { app, translator, installer, config } = freshServer({ VISAVIS_OFFLINE: '1' });
    expect(installer).toBeUndefined();
    hub.requests.length = 0;
    await warmUpModel({ translator, installer });
    const status = await health(app);
    expect(status).toMatchObject({ status: 'degraded', model: { state: 'missing', fix: `VISAVIS_MODELS_DIR=${config.modelsDir} npm run models:fetch -- visavis/marian-tiny --dtype fp32` } });
    expect(hub.requests).toEqual([]);
  });

  it('says why a download failed', async () => {
    const { app, translator, installer } = freshServer({ VISAVIS_MODEL: 'visavis/not-on-the-hub' });
    expect((await health(app)).model.state).toBe('missing');
    const errors: unknown[] = [];
    await warmUpModel({ translator, installer }, { onError: (e) => errors.push(e) });
    expect(errors).toHaveLength(1);
    const status = await health(app);
    expect(status.model.state).toBe('missing');
    expect(status.model.error).toMatch(/^The download failed: .*config\.json answered 404/);
  });
});

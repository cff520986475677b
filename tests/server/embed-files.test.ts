/**
 * The embeddable element's files are for other sites' pages: served under /embed/ with CORS for
 * any origin and a cross-origin resource policy, while the app's own pages keep same-origin.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { get } from '../support/requests.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const embedDir = mkdtempSync(join(tmpdir(), 'visavis-embed-files-'));
writeFileSync(join(embedDir, 'visavis-reader.js'), 'export {};\n');
const config = { ...tinyConfig(), embedDir };
const translator = createMarianTranslator(config);
const app = createApp({ config, translator });
afterAll(async () => {
  await translator.dispose();
  rmSync(embedDir, { recursive: true, force: true });
});

describe('/embed/', () => {
  it('serves the module to any origin', async () => {
    const res = await get(app, '/embed/visavis-reader.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('export {};\n');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('leaves the API same-origin', async () => {
    const res = await get(app, '/api/health');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('answers 404 for a file it does not have', async () => {
    expect((await get(app, '/embed/nothing.js')).status).toBe(404);
  });
});

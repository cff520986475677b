/**
 * GET /api/openapi.json (the document), GET /api/docs (a reference page on it) and the page's
 * script, served from the installed package so the reference works offline and under the page's
 * CSP (no inline script: the page configures Scalar through data attributes, with its fonts,
 * telemetry, AI agent and developer toolbar off: nothing leaves the machine).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Hono } from 'hono';

const SCRIPT = createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js');

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Vis-à-vis API reference</title></head>
<body>
<script id="api-reference" type="application/json" data-url="/api/openapi.json" data-configuration='{"withDefaultFonts":false,"hideClientButton":true,"showDeveloperTools":"never","telemetry":false,"agent":{"disabled":true}}'></script>
<script src="/api/docs/reference.js"></script>
</body>
</html>
`;

export function openApiRoutes(document: object) {
  let script: Promise<string> | undefined;
  return new Hono()
    .get('/openapi.json', (c) => c.json(document))
    .get('/docs', (c) => c.html(PAGE))
    .get('/docs/reference.js', async (c) => {
      script ??= readFile(SCRIPT, 'utf8');
      return c.body(await script, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400' });
    });
}

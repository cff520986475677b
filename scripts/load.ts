/**
 * Load and fault run against the built server, bounded in count and time, on loopback only:
 * CLIENTS clients for SECONDS seconds over mixed routes, adversarial inputs among them (a page of
 * 3 000 nested divs, 200 KB of quotes that never close a sentence). Prints requests per second,
 * p50/p99 latency and status counts per route, and the server's peak and final RSS; writes
 * bench/load.json. The server runs the tiny model: this measures the server, not the model.
 *
 * @example npm run load                      # 50 clients, 60 s
 * @example npm run load -- --clients 10 --seconds 10
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { clients: { type: 'string', default: '50' }, seconds: { type: 'string', default: '60' } } });
const CLIENTS = Math.min(200, Number(values.clients));
const SECONDS = Math.min(600, Number(values.seconds));

const ARTICLE = 'Espions russes et bélarusses\n\nPar Epoch Times avec AFP\n\nLes services de renseignement russes et bélarusses ont annoncé jeudi accroître leur coopération. Le patron du renseignement extérieur russe a parlé.';
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const deep = `<!doctype html><html><body>${'<div>'.repeat(3000)}<p>Le président a annoncé jeudi un accord avec la Russie.</p>${'</div>'.repeat(3000)}</body></html>`;

/** Route name, weight, and the request it sends (`i` makes texts differ where the cache would hide work). */
const ROUTES: [string, number, (i: number) => [string, RequestInit?]][] = [
  ['GET /api/health', 30, () => ['/api/health']],
  ['POST /api/segment', 25, () => ['/api/segment', json({ text: ARTICLE })]],
  ['POST /api/translate (cached)', 20, () => ['/api/translate', json({ text: ARTICLE })]],
  ['POST /api/translate (new)', 10, (i) => ['/api/translate', json({ text: `Le conseil numéro ${i} a voté jeudi une loi sur les transports.` })]],
  ['GET /api/documents', 10, () => ['/api/documents']],
  ['POST /api/segment (3 000 nested divs)', 1, () => ['/api/segment', json({ text: deep })]],
  ['POST /api/segment (200 KB of quotes)', 1, () => ['/api/segment', json({ text: 'a." '.repeat(50_000) })]],
];
const TOTAL_WEIGHT = ROUTES.reduce((n, [, w]) => n + w, 0);

function pick(): (typeof ROUTES)[number] {
  let r = Math.random() * TOTAL_WEIGHT;
  for (const route of ROUTES) if ((r -= route[1]) < 0) return route;
  return ROUTES[0]!;
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 1024);
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'visavis-load-'));
  const server = spawn(process.execPath, ['dist/server/index.js'], {
    cwd: root,
    env: { ...process.env, PORT: '0', VISAVIS_DATA_DIR: dataDir, VISAVIS_MODELS_DIR: 'tests/fixtures/models', VISAVIS_MODEL: 'visavis/marian-tiny', VISAVIS_OFFLINE: '1', VISAVIS_QUEUE: '8' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Model ready.')) resolve(/on (http:\/\/[^/]+)\//.exec(out)![1]!);
    });
    server.on('exit', () => reject(new Error(`The server exited: ${out}\nRun npm run build first.`)));
  });
  await fetch(`${base}/api/documents`, json({ text: ARTICLE }));

  const stats = new Map<string, { ms: number[]; status: Record<string, number> }>(ROUTES.map(([name]) => [name, { ms: [], status: {} }]));
  let peak = rssMb(server.pid!);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid!))), 250);
  const until = performance.now() + SECONDS * 1000;
  let counter = 0;
  const client = async (): Promise<void> => {
    while (performance.now() < until) {
      const [name, , make] = pick();
      const [path, init] = make(counter++);
      const t0 = performance.now();
      let status: string;
      try {
        const res = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(30_000) });
        await res.arrayBuffer();
        status = String(res.status);
      } catch (error) {
        status = (error as Error).name;
      }
      const entry = stats.get(name)!;
      entry.ms.push(performance.now() - t0);
      entry.status[status] = (entry.status[status] ?? 0) + 1;
    }
  };
  console.log(`${CLIENTS} clients for ${SECONDS} s against ${base} (tiny model)…`);
  await Promise.all(Array.from({ length: CLIENTS }, client));
  clearInterval(sampler);
  const final = rssMb(server.pid!);
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });

  const routes = [...stats].map(([name, { ms, status }]) => {
    const sorted = ms.sort((a, b) => a - b);
    return { route: name, requests: ms.length, perSecond: Math.round((ms.length / SECONDS) * 10) / 10, p50Ms: Math.round(percentile(sorted, 0.5)), p99Ms: Math.round(percentile(sorted, 0.99)), status };
  });
  const total = routes.reduce((n, r) => n + r.requests, 0);
  const result = { date: new Date().toISOString(), clients: CLIENTS, seconds: SECONDS, requestsPerSecond: Math.round(total / SECONDS), routes, rssMb: { peak, final } };
  for (const r of routes) console.log(`${r.route.padEnd(40)} ${String(r.requests).padStart(6)} req  ${String(r.perSecond).padStart(7)}/s  p50 ${String(r.p50Ms).padStart(5)} ms  p99 ${String(r.p99Ms).padStart(5)} ms  ${JSON.stringify(r.status)}`);
  console.log(`total ${total} requests, ${result.requestsPerSecond}/s; server RSS peak ${peak} MB, final ${final} MB`);
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/load.json'), `${JSON.stringify(result, null, 2)}\n`);
}

await main();

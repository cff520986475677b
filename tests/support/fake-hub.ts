/**
 * A fake Hugging Face hub on loopback: `<hub>/<model id>/resolve/main/<file>` answers like the real
 * one for LFS files (a redirect carrying `x-linked-size`), and the CDN behind it honours Range.
 * `hold()` makes the CDN wait before it answers, so a test can watch a download in progress.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeHub {
  url: string;
  /** Every request, as `METHOD path range`. */
  requests: string[];
  /** Holds every CDN answer until the returned function is called. */
  hold(): () => void;
  close(): Promise<void>;
}

/** `files` maps `<model id>/<file>` to its bytes. */
export async function startFakeHub(files: Record<string, Buffer>): Promise<FakeHub> {
  const requests: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url} ${req.headers.range ?? ''}`.trim());
    const url = req.url ?? '';
    if (url.startsWith('/cdn/')) {
      const body = files[decodeURIComponent(url.slice(5))];
      if (!body) return void res.writeHead(404).end();
      const range = /bytes=(\d+)-/.exec(req.headers.range ?? '');
      const from = range ? Number(range[1]) : 0;
      void gate.then(() => {
        res.writeHead(range ? 206 : 200, { 'Content-Length': body.length - from });
        res.end(req.method === 'HEAD' ? undefined : body.subarray(from));
      });
      return;
    }
    const match = /^\/(.+)\/resolve\/main\/(.+)$/.exec(url);
    const key = match ? `${match[1]}/${match[2]}` : '';
    const body = files[key];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(302, { Location: `/cdn/${encodeURIComponent(key)}`, 'x-linked-size': String(body.length) }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    hold() {
      let open!: () => void;
      gate = new Promise<void>((resolve) => (open = resolve));
      return open;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The server's own limits, on real sockets: a port in use, a body that never arrives, a flood of
 * idle connections, bodies it would misread, and a shutdown in the middle of a stream.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { readNdjson } from '../../client/ndjson.ts';
import { createApp } from '../../server/app.ts';
import { createMarianTranslator } from '../../server/engine/translator.ts';
import { listen } from '../../server/listener.ts';
import type { TranslateEvent } from '../../server/schemas.ts';
import { tinyConfig } from '../support/tiny-model.ts';

const config = tinyConfig({ VISAVIS_REQUEST_TIMEOUT_MS: '1000', VISAVIS_MAX_CONNECTIONS: '4', PORT: '0' });
const translator = createMarianTranslator(config);
afterAll(() => translator.dispose());

/** What the server writes back on a raw socket before it closes, given what the client sends. */
function exchange(port: number, send: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(send));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('listen', () => {
  it('says in one line that a port is in use', async () => {
    const first = await listen(createApp({ config, translator }).fetch, config);
    await expect(listen(createApp({ config, translator }).fetch, { ...config, port: first.port })).rejects.toThrow(
      `Port ${first.port} on 127.0.0.1 is already in use: stop the other server, or choose another port with PORT=…`,
    );
    first.server.close();
  });

  it('answers 408 to a body shorter than its Content-Length once the request time is up', async () => {
    const { server, port } = await listen(createApp({ config, translator }).fetch, config);
    const reply = await exchange(port, 'POST /api/segment HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text": "Le');
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
    server.close();
  });

  it('closes connections past its cap at once, and serves again when they go', async () => {
    const { server, port } = await listen(createApp({ config, translator }).fetch, config);
    const idle: Socket[] = await Promise.all(
      Array.from({ length: 4 }, () => new Promise<Socket>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket));
      })),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await exchange(port, 'GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n')).toBe('');
    for (const socket of idle) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
    server.close();
  });
});

describe('request bodies it would misread', () => {
  const app = createApp({ config, translator });
  const post = (headers: Record<string, string>) => app.request('/api/segment', { method: 'POST', headers, body: JSON.stringify({ text: 'Le chat dort.' }) });

  it.each([
    [{ 'Content-Type': 'application/json; charset=iso-8859-1' }, 'The body says charset=iso-8859-1; this server reads JSON as UTF-8 only: send it as UTF-8.'],
    [{ 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, 'Bodies encoded as "gzip" are not accepted: send the JSON uncompressed.'],
  ])('refuses %o with 415', async (headers, message) => {
    const res = await post(headers);
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message } });
  });

  it.each(['application/json; charset=utf-8', 'application/json; charset="UTF-8"', 'application/json'])('reads %s', async (type) => {
    expect((await post({ 'Content-Type': type })).status).toBe(200);
  });
});

describe('a shutdown during a stream', () => {
  it('ends the stream with a final error event saying so', async () => {
    const stopping = new AbortController();
    const app = createApp({ config: tinyConfig({ VISAVIS_CACHE: 'off' }), translator, shutdown: stopping.signal });
    const text = Array.from({ length: 60 }, (_, i) => `Le maire numéro ${i} a signé jeudi un arrêté municipal.`).join(' ');
    const res = await app.request('/api/translate', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson' }, body: JSON.stringify({ text }) });
    const events: TranslateEvent[] = [];
    for await (const event of readNdjson<TranslateEvent>(res.body!)) {
      events.push(event);
      if (event.type === 'sentence') stopping.abort();
    }
    expect(events.filter((e) => e.type === 'sentence').length).toBeLessThan(60);
    expect(events.at(-1)).toEqual({
      type: 'error',
      error: { code: 'SHUTTING_DOWN', message: 'The server is shutting down; the rest of this text was not translated. Open it again once the server is back.' },
    });
  });
});

/**
 * Requests to an app from `createApp`, driven by `app.request()` without a socket, addressed as a
 * browser on this machine addresses them (the Host check refuses a request without a Host).
 *
 * @example const res = await postJson(app, '/api/segment', { text: 'Bonjour.' });
 */
import type { createApp } from '../../server/app.ts';

type App = ReturnType<typeof createApp>;

export const LOCAL_HOST = { Host: 'localhost' };
export const NDJSON = { Accept: 'application/x-ndjson' };

export function get(app: App, path: string): Promise<Response> {
  return Promise.resolve(app.request(path, { headers: LOCAL_HOST }));
}

/** POSTs `body` as JSON (a string is sent as it is, to test malformed bodies). */
export function postJson(app: App, path: string, body: unknown, init: { headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { ...LOCAL_HOST, 'Content-Type': 'application/json', ...init.headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: init.signal,
    }),
  );
}

/**
 * The HTTP server around the app, with the limits a server on a user's machine needs: a request
 * must send its headers and body in time (a body shorter than its Content-Length is not held for
 * five minutes), and the number of open connections is capped so idle sockets cannot starve it.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Config } from './config.ts';

export type Fetch = (request: Request) => Response | Promise<Response>;

export interface Listening {
  server: ServerType;
  port: number;
}

/** Starts listening; a port in use is one clear error, not a stack. */
export function listen(fetch: Fetch, config: Pick<Config, 'host' | 'port' | 'requestTimeoutMs' | 'maxConnections'>): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch,
        hostname: config.host,
        port: config.port,
        serverOptions: {
          requestTimeout: config.requestTimeoutMs,
          headersTimeout: Math.min(config.requestTimeoutMs, 20_000),
          // Node checks those timeouts every 30 s by default: a short timeout needs a short check.
          connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs / 2),
        },
      },
      (info) => resolve({ server, port: info.port }),
    );
    (server as import('node:http').Server).maxConnections = config.maxConnections;
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${config.port} on ${config.host} is already in use: stop the other server, or choose another port with PORT=…`)
          : error,
      );
    });
  });
}

/**
 * Web pages served on a loopback address, for the import tests: the machine has no internet, and
 * the tests never send traffic anywhere else. Counts the connections it accepts, so a test can show
 * that a refused address was never connected to.
 *
 * @example
 * const site = await pageServer((req, res) => res.end('<p>Bonjour.</p>'));
 * await importUrl(site.url('/article'));
 * await site.close();
 */
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  /** `http://127.0.0.1:port` */
  origin: string;
  port: number;
  url(path?: string): string;
  /** Connections accepted so far. */
  readonly connections: number;
  /** The path of every request, in order. */
  readonly paths: string[];
  close(): Promise<void>;
}

export async function pageServer(handler: RequestListener, host = '127.0.0.1'): Promise<PageServer> {
  const server = createServer(handler);
  let connections = 0;
  const paths: string[] = [];
  server.on('connection', () => connections++);
  server.on('request', (req) => paths.push(req.url ?? ''));
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    port,
    url: (path = '/') => `${origin}${path}`,
    get connections() {
      return connections;
    },
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A French article as a news site serves it: navigation and footer around an <article>. */
export const ARTICLE_HTML = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Le port de Marseille s'agrandit</title></head>
<body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Le port de Marseille s'agrandit</h1>
<p>Le port de Marseille a annoncé jeudi un vaste projet d'agrandissement. Les travaux commenceront au printemps prochain et dureront trois ans.</p>
<p>Selon la direction, le nouveau quai accueillera des navires plus grands que ceux d'aujourd'hui. Les habitants du quartier restent prudents et demandent des garanties.</p>
<p>Le maire de la ville a salué une « bonne nouvelle pour l'emploi ». Il a rappelé que le port fait vivre des milliers de familles dans la région.</p>
<p>Les associations de défense de l'environnement, elles, s'inquiètent pour la qualité de l'eau. Elles ont demandé une étude indépendante avant le début du chantier.</p>
</article>
<footer>© 2024 Le Journal</footer>
</body></html>`;

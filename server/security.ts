/**
 * HTTP protections for a server that runs on the user's own machine: a Host check against DNS
 * rebinding (a web page whose domain re-resolves to 127.0.0.1 would otherwise drive the local API
 * with the user's data), and security headers so no other site can frame or script the page.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { HostNotAllowedError } from './errors.ts';

/** The host name of a Host header, lower-cased, without its port. */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  const colon = value.lastIndexOf(':');
  return colon === -1 ? value : value.slice(0, colon);
}

/** Refuses a request whose Host is not one of `allowed`, before any other work. */
export function hostCheck(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed);
  return async (c, next) => {
    // The Host header on a socket; a Request built in-process has none, only its URL.
    const host = hostName(c.req.header('host') ?? new URL(c.req.url).host);
    if (!names.has(host)) throw new HostNotAllowedError(host);
    await next();
  };
}

/** Page and API headers: no inline or foreign scripts, no framing by other sites, no sniffing. */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Lit falls back to <style> elements where constructable stylesheets are missing.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
  },
  xFrameOptions: 'SAMEORIGIN',
  referrerPolicy: 'no-referrer',
  crossOriginEmbedderPolicy: false,
  // A local http server: HSTS would only pin https onto other services on the same host name.
  strictTransportSecurity: false,
  // A route that must differ says so itself (the embeddable element is for other sites' pages).
  overwrite: false,
});

/**
 * The embeddable element's files: any site's page may load them (a module script is fetched with
 * CORS). What the element then asks of the API is still limited to VISAVIS_ALLOWED_ORIGINS.
 */
export const embedHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
};

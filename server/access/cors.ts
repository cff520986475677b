/**
 * CORS for the pages of the origins VISAVIS_ALLOWED_ORIGINS lists, matched exactly; preflight
 * requests from them are answered here. Any other origin gets no CORS header at all (hono/cors
 * alone would still send its Allow-Methods and Expose-Headers), so the browser refuses it.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** How long a browser may keep a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = 600;

/**
 * @example app.use('/api/*', corsFor(['https://blog.example']))
 */
export function corsFor(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  const allow = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'Accept'],
    exposeHeaders: ['Retry-After'],
    maxAge: PREFLIGHT_MAX_AGE,
  });
  return async (c, next) => {
    if (allowed.size === 0) return next();
    if (allowed.has(c.req.header('origin') ?? '')) return allow(c, next);
    await next();
    // The answer depends on the Origin: a shared cache must not serve it to an allowed page.
    c.header('Vary', 'Origin', { append: true });
  };
}

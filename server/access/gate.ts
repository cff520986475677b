/**
 * The gate of a shared server: with API keys configured, every /api call must carry one and stays
 * within its key's rate limits. Without keys nothing is asked: a server on the loopback address is
 * its user's own. GET /api/health stays open so that monitors and load balancers can probe the
 * server without a key; it tells only the model's state and the limits, no user data.
 *
 * @example
 * const access = createAccess(config);
 * app.use('/api/*', apiKeyGate(access)); // then, after the body limit: .use('*', textCharge(access))
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../config.ts';
import { UnauthorizedError } from '../errors.ts';
import { ApiKeys, bearerToken } from './api-keys.ts';
import { RateLimiter } from './rate-limit.ts';

export interface Access {
  keys: ApiKeys;
  limiter: RateLimiter;
}

export function createAccess(config: Pick<Config, 'apiKeys' | 'rateRequests' | 'rateChars'>, now?: () => number): Access {
  return { keys: new ApiKeys(config.apiKeys), limiter: new RateLimiter({ requests: config.rateRequests, chars: config.rateChars }, now) };
}

/** The key each admitted request came with, for the characters charged once its body is read. */
const keyOfRequest = new WeakMap<Context, number>();

/**
 * The key `presented` stands for, its request counted; throws UNAUTHORIZED or RATE_LIMITED.
 * Undefined when the server asks for no key.
 */
export function admitKey(access: Access, presented: string | undefined): number | undefined {
  if (!access.keys.required) return undefined;
  const id = access.keys.match(presented);
  if (id === undefined) throw new UnauthorizedError(presented !== undefined && presented !== '');
  access.limiter.admit(id);
  return id;
}

const OPEN = new Set(['/api/health']);

/** Checks the Bearer key and counts the request; before any body is read. */
export function apiKeyGate(access: Access): MiddlewareHandler {
  return async (c, next) => {
    if (!access.keys.required || (c.req.method === 'GET' && OPEN.has(c.req.path))) return next();
    const header = c.req.header('authorization');
    const id = admitKey(access, header === undefined ? undefined : (bearerToken(header) ?? ''));
    if (id !== undefined) keyOfRequest.set(c, id);
    await next();
  };
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json/i;

/**
 * Charges the characters of a JSON body's `text` to the request's key; place it after the body
 * limit, so that the body read here is already bounded.
 */
export function textCharge(access: Access): MiddlewareHandler {
  return async (c, next) => {
    const id = keyOfRequest.get(c);
    if (id !== undefined && JSON_TYPE.test(c.req.header('content-type') ?? '')) {
      // A malformed body is left for the route's validator to refuse in its own words.
      const body: unknown = await c.req.json().catch(() => undefined);
      const text = typeof body === 'object' && body !== null ? (body as { text?: unknown }).text : undefined;
      if (typeof text === 'string') access.limiter.charge(id, text.length);
    }
    await next();
  };
}

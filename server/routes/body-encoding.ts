/**
 * Refuses request bodies the server would misread: a charset other than UTF-8 (decoded as UTF-8
 * it would mangle every accented letter) and a compressed body (read as text it is noise). Both are
 * 415 with what to send instead, before the body is read.
 */
import type { MiddlewareHandler } from 'hono';
import { UnsupportedBodyError } from '../errors.ts';

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

export const utf8Body: MiddlewareHandler = async (c, next) => {
  const encoding = (c.req.header('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') {
    throw new UnsupportedBodyError(`Bodies encoded as "${encoding}" are not accepted: send the JSON uncompressed.`);
  }
  const charset = CHARSET.exec(c.req.header('content-type') ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new UnsupportedBodyError(`The body says charset=${charset}; this server reads JSON as UTF-8 only: send it as UTF-8.`);
  }
  await next();
};

/**
 * One JSON body validator for every route: zod at the edge, failures as typed errors.
 */
import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import { BadRequestError } from '../errors.ts';

export function jsonBody<T extends z.ZodType>(schema: T) {
  return zValidator('json', schema, (result) => {
    if (!result.success) {
      throw new BadRequestError(result.error.issues.map((i) => i.message).join('; '));
    }
  });
}

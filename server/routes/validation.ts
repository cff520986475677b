/**
 * Validators for every route: zod at the edge, failures as typed errors that say what was wrong.
 */
import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import { BadRequestError } from '../errors.ts';

type Target = 'json' | 'query' | 'param';

function validator<T extends z.ZodType, K extends Target>(target: K, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      throw new BadRequestError(result.error.issues.map((i) => i.message).join('; '));
    }
  });
}

export const jsonBody = <T extends z.ZodType>(schema: T) => validator('json', schema);
export const query = <T extends z.ZodType>(schema: T) => validator('query', schema);
export const params = <T extends z.ZodType>(schema: T) => validator('param', schema);

import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../server/access/rate-limit.ts';
import { RateLimitedError } from '../../server/errors.ts';

/** A limiter on a clock the test moves by hand. */
function limiterAt(limits: { requests: number; chars: number }) {
  const clock = { now: 1_000_000 };
  return { limiter: new RateLimiter(limits, () => clock.now), clock };
}

function refusal(work: () => void): RateLimitedError {
  try {
    work();
  } catch (error) {
    if (error instanceof RateLimitedError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('RateLimiter', () => {
  it('refuses the request past the limit, saying when the minute ends', () => {
    const { limiter, clock } = limiterAt({ requests: 2, chars: 0 });
    limiter.admit(0);
    clock.now += 15_500;
    limiter.admit(0);
    const error = refusal(() => limiter.admit(0));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterSeconds).toBe(45);
    expect(error.message).toBe('This API key may send 2 requests a minute; try again in 45 s.');
  });

  it('counts each key apart', () => {
    const { limiter } = limiterAt({ requests: 1, chars: 0 });
    limiter.admit(0);
    limiter.admit(1);
    expect(refusal(() => limiter.admit(1)).retryAfterSeconds).toBe(60);
  });

  it('starts a new window once the minute is over', () => {
    const { limiter, clock } = limiterAt({ requests: 1, chars: 0 });
    limiter.admit(0);
    clock.now += 60_000;
    limiter.admit(0);
    expect(refusal(() => limiter.admit(0)).retryAfterSeconds).toBe(60);
  });

  it('refuses characters past the limit and counts none of a refused text', () => {
    const { limiter, clock } = limiterAt({ requests: 0, chars: 100 });
    limiter.charge(0, 60);
    clock.now += 59_001;
    const error = refusal(() => limiter.charge(0, 41));
    expect(error.retryAfterSeconds).toBe(1);
    expect(error.message).toBe('This API key may send 100 characters of text a minute; try again in 1 s.');
    limiter.charge(0, 40);
    expect(refusal(() => limiter.charge(0, 1)).limit).toBe('100 characters of text a minute');
  });

  it('has no limit where it is 0', () => {
    const { limiter } = limiterAt({ requests: 0, chars: 0 });
    expect(() => {
      for (let i = 0; i < 1000; i++) limiter.admit(0);
      limiter.charge(0, 10_000_000);
    }).not.toThrow();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveControllerHost } from 'lit';
import type { HealthResponse, ModelStatus } from '../../server/schemas.ts';
import { HEALTH_IDLE_POLL_MS, HEALTH_POLL_MS, ModelHealth } from '../../client/state/model-health.ts';

const host: ReactiveControllerHost = {
  addController: () => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
};

const model = (state: ModelStatus['state'], extra: Partial<ModelStatus> = {}): HealthResponse => ({
  status: 'ok',
  model: { id: 'Xenova/opus-mt-fr-en', dtype: 'q8', state, ...extra },
  cache: { state: 'on' },
  limits: { maxChars: 50_000 },
});

/** Answers each ask with the next health in line, the last one for ever. */
function answers(...replies: (HealthResponse | Error)[]) {
  const asked: number[] = [];
  return {
    asked,
    getHealth: async () => {
      asked.push(Date.now());
      const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
      if (reply instanceof Error) throw reply;
      return reply;
    },
  };
}

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe('the model health poll', () => {
  it('asks every 1.5 s while the model downloads and loads, stops when ready, and says so once', async () => {
    const server = answers(model('downloading', { download: { received: 1, total: 2 } }), model('loading'), model('ready'));
    let ready = 0;
    const health = new ModelHealth(host, { getHealth: server.getHealth, onReady: () => (ready += 1) });
    health.hostConnected();
    await vi.advanceTimersByTimeAsync(0);
    expect(health.status?.state).toBe('downloading');
    expect(health.status?.download).toEqual({ received: 1, total: 2 });

    await vi.advanceTimersByTimeAsync(HEALTH_POLL_MS);
    expect(health.status?.state).toBe('loading');
    expect(ready).toBe(0);
    await vi.advanceTimersByTimeAsync(HEALTH_POLL_MS);
    expect(health.status?.state).toBe('ready');
    expect(ready).toBe(1);

    await vi.advanceTimersByTimeAsync(10 * HEALTH_IDLE_POLL_MS);
    expect(server.asked).toEqual([0, 1500, 3000]);
    expect(ready).toBe(1);
  });

  it('asks every 5 s while the model is missing or the server does not answer', async () => {
    const server = answers(new TypeError('Failed to fetch'), model('missing', { fix: 'npm run models:fetch' }));
    const health = new ModelHealth(host, { getHealth: server.getHealth });
    health.hostConnected();
    await vi.advanceTimersByTimeAsync(0);
    expect(health.unreachable).toBe(true);
    expect(health.status).toBeUndefined();
    await vi.advanceTimersByTimeAsync(HEALTH_IDLE_POLL_MS);
    expect(health.unreachable).toBe(false);
    expect(health.status?.fix).toBe('npm run models:fetch');
    await vi.advanceTimersByTimeAsync(HEALTH_IDLE_POLL_MS);
    expect(server.asked).toEqual([0, 5000, 10000]);
  });

  it('tells onReady again after the server said the model was unavailable', async () => {
    const server = answers(model('ready'));
    let ready = 0;
    const health = new ModelHealth(host, { getHealth: server.getHealth, onReady: () => (ready += 1) });
    health.hostConnected();
    await vi.advanceTimersByTimeAsync(0);
    health.markUnavailable();
    await vi.advanceTimersByTimeAsync(0);
    expect(ready).toBe(2);
  });

  it('stops asking when its host leaves the page', async () => {
    const server = answers(model('downloading'));
    const health = new ModelHealth(host, { getHealth: server.getHealth });
    health.hostConnected();
    await vi.advanceTimersByTimeAsync(0);
    health.hostDisconnected();
    await vi.advanceTimersByTimeAsync(10 * HEALTH_POLL_MS);
    expect(server.asked).toEqual([0]);
  });
});

/**
 * Where the translation model stands, as a Lit reactive controller: asks `/api/health` when the
 * host connects, and again until the model is ready — often while it downloads or loads, now and
 * then while it is missing or broken (the user may install it and restart the server). Tells
 * `onReady` when the model becomes ready, so a waiting article is translated without a reload.
 *
 * @example const health = new ModelHealth(this, { onReady: () => void session.resume() });
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HealthResponse, ModelStatus } from '../../server/schemas.ts';
import { getHealth } from '../api.ts';

/** While the model downloads or loads: often enough for the progress bar to move. */
export const HEALTH_POLL_MS = 1500;
/** While nothing will change without the user (missing, failed, server unreachable). */
export const HEALTH_IDLE_POLL_MS = 5000;

export interface ModelHealthOptions {
  getHealth?: (signal: AbortSignal) => Promise<HealthResponse>;
  onReady?: () => void;
}

export class ModelHealth implements ReactiveController {
  status: ModelStatus | undefined;
  /** The last ask got no answer. */
  unreachable = false;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private asking: AbortController | undefined;
  private connected = false;
  private announcedReady = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ModelHealthOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    void this.refresh();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.timer);
    this.asking?.abort();
  }

  /** The server said the model is not there: ask again, and tell `onReady` when it is. */
  markUnavailable(): void {
    this.announcedReady = false;
    void this.refresh();
  }

  /** Asks now; resolves once the answer (or the lack of one) is shown and the next ask planned. */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    this.asking?.abort();
    const asking = new AbortController();
    this.asking = asking;
    const fetchHealth = this.options.getHealth ?? getHealth;
    try {
      const health = await fetchHealth(asking.signal);
      if (asking.signal.aborted) return;
      this.status = health.model;
      this.unreachable = false;
    } catch {
      if (asking.signal.aborted) return;
      this.unreachable = true;
    }
    this.host.requestUpdate();
    const ready = !this.unreachable && this.status?.state === 'ready';
    if (ready && !this.announcedReady) {
      this.announcedReady = true;
      this.options.onReady?.();
    }
    if (!ready && this.connected) this.timer = setTimeout(() => void this.refresh(), this.delay());
  }

  private delay(): number {
    const state = this.status?.state;
    return !this.unreachable && (state === 'downloading' || state === 'loading') ? HEALTH_POLL_MS : HEALTH_IDLE_POLL_MS;
  }
}

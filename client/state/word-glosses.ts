/**
 * Gloss mode's top glosses: one lookup per word occurrence, each asked once, four in flight at a
 * time, so a long article never fires thousands of lookups at once. An expression's gloss goes
 * above its first word only.
 *
 * @example const queue = new GlossQueue(api.lookup, () => host.requestUpdate()); queue.add(jobs);
 */
import type { LookupRequest, LookupResponse } from '../../server/schemas.ts';

/** Lookups in flight at once. */
const CONCURRENCY = 4;

export interface GlossJob {
  /** `key@start` of the word. */
  id: string;
  paragraph: number;
  request: LookupRequest;
}

export class GlossQueue {
  /** `key@start` → the top in-context gloss. */
  readonly glosses = new Map<string, string>();
  /** Per paragraph, bumped when one of its glosses arrives (a new map each time). */
  rev: ReadonlyMap<number, number> = new Map();
  private readonly asked = new Set<string>();
  private readonly waiting: GlossJob[] = [];
  private inFlight = 0;
  private stopped = false;

  constructor(
    private readonly lookup: (request: LookupRequest) => Promise<LookupResponse>,
    private readonly arrived: () => void,
  ) {}

  /** Queues the jobs not asked for yet. */
  add(jobs: Iterable<GlossJob>): void {
    for (const job of jobs) {
      if (this.asked.has(job.id)) continue;
      this.asked.add(job.id);
      this.waiting.push(job);
    }
    this.pump();
  }

  /** The article changed: answers still on their way are dropped. */
  stop(): void {
    this.stopped = true;
    this.waiting.length = 0;
  }

  private pump(): void {
    while (!this.stopped && this.inFlight < CONCURRENCY && this.waiting.length > 0) {
      const { id, paragraph, request } = this.waiting.shift()!;
      this.inFlight++;
      void this.lookup(request)
        .then((result) => {
          const top = result.glosses[0]?.text;
          if (!top || this.stopped || result.token.start !== request.offset) return;
          this.glosses.set(id, top);
          this.rev = new Map(this.rev).set(paragraph, (this.rev.get(paragraph) ?? 0) + 1);
          this.arrived();
        })
        .catch(() => undefined)
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }
}

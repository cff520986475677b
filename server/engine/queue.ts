/**
 * Runs jobs one at a time in the order they came: concurrent readers interleave batch by batch
 * instead of contending for the cores. `running` and `waiting` let tests and health watch it.
 *
 * @example const queue = new JobQueue(); await queue.run(() => decode(batch));
 */
export class JobQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** Jobs started or waiting. */
  get size(): number {
    return this.pending;
  }

  run<T>(job: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const settled = (): void => {
      this.pending -= 1;
    };
    const run = this.tail.then(job, job);
    run.then(settled, settled);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/**
 * Progress on standard error: on a terminal a bar redrawn in place; in a log or a pipe one line per
 * finished file, so that nothing is flooded with carriage returns.
 */
import type { Writable } from 'node:stream';

const WIDTH = 24;

/**
 * @example progressBar(3, 12, 'article.txt') // '[######------------------]  3/12 sentences  article.txt'
 */
export function progressBar(done: number, total: number, label: string): string {
  const filled = total > 0 ? Math.round((done / total) * WIDTH) : WIDTH;
  const digits = String(total).length;
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(done).padStart(digits)}/${total} sentences  ${label}`;
}

export interface Progress {
  /** `done` of `total` sentences, over every input. */
  update(done: number, total: number, label: string): void;
  /** One input is finished (its sentences). */
  finished(label: string, sentences: number): void;
  end(): void;
}

export function progressOn(stderr: Writable & { isTTY?: boolean }, quiet: boolean): Progress {
  if (quiet) return { update() {}, finished() {}, end() {} };
  if (!stderr.isTTY) {
    return {
      update() {},
      finished: (label, sentences) => stderr.write(`${label}: ${sentences} sentences\n`),
      end() {},
    };
  }
  let drawn = false;
  return {
    update(done, total, label) {
      stderr.write(`\r\x1b[2K${progressBar(done, total, label)}`);
      drawn = true;
    },
    finished() {},
    end: () => {
      if (drawn) stderr.write('\n');
    },
  };
}

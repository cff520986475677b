/**
 * The review's third column: the machine's English of every source sentence, from the translate
 * stream the reader uses. Its sentences are matched to the alignment's by where they start in the
 * source (the aligner splits French with the same segmenter), so a sentence the two cut
 * differently simply has no machine line.
 *
 * @example const machine = new MachineColumn(translateStream, () => host.requestUpdate()); machine.translate(text, alignment.source);
 */
import type { SentenceSpan, TranslateEvent } from '../../server/schemas.ts';

export type TranslateFn = (text: string, signal: AbortSignal) => AsyncIterable<TranslateEvent>;

export class MachineColumn {
  /** The English by source sentence index; undefined while it streams in. */
  lines: (string | undefined)[] = [];
  /** The stream failed (no model yet, say): the column says so instead of waiting. */
  failed = false;
  private run: AbortController | undefined;

  constructor(
    private readonly translateFn: TranslateFn,
    private readonly changed: () => void,
  ) {}

  /** Streams the English of `text`, cancelling any stream before. */
  translate(text: string, sentences: readonly SentenceSpan[]): void {
    this.stop();
    const run = new AbortController();
    this.run = run;
    this.lines = [];
    this.failed = false;
    void this.follow(text, new Map(sentences.map((s, i) => [s.start, i])), run.signal);
  }

  stop(): void {
    this.run?.abort();
    this.run = undefined;
  }

  private async follow(text: string, starts: Map<number, number>, signal: AbortSignal): Promise<void> {
    const byKey = new Map<string, number>();
    try {
      for await (const event of this.translateFn(text, signal)) {
        if (signal.aborted) return;
        if (event.type === 'segmentation') {
          event.paragraphs.forEach((p, pi) =>
            p.sentences.forEach((s, si) => {
              const index = starts.get(s.start);
              if (index !== undefined) byKey.set(`${pi}:${si}`, index);
            }),
          );
        } else if (event.type === 'sentence') {
          const index = byKey.get(`${event.paragraph}:${event.sentence}`);
          if (index === undefined) continue;
          this.lines = [...this.lines];
          this.lines[index] = event.translation;
          this.changed();
        } else if (event.type === 'error') {
          throw new Error(event.error.message);
        }
      }
    } catch {
      if (signal.aborted) return;
      // Without the model the column stays empty; the review does not need it.
      this.failed = true;
      this.changed();
    }
  }
}

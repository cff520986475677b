/**
 * Sentences through the model in batches: an over-long sentence is cut into pieces the model can
 * take, pieces are batched by length inside windows taken from the top, and a sentence is reported
 * once all its pieces are back, joined. The first pieces go alone and before the rest is tokenized,
 * so the reader sees the top of the article at once, and the first screen before the end.
 */
import { planBatches, type BatchPlan } from '../core/mt/batches.ts';
import { splitLongSentence } from '../core/mt/pieces.ts';
import type { DecodedText, Translator } from '../engine/translator.ts';

/** Longest piece of a sentence sent to the model at once (≈ 100–150 tokens). */
const MAX_PIECE_CHARS = 400;

export interface SentenceTranslation {
  /** Position in the list given to `translateSentences`. */
  index: number;
  text: string;
  /** Mean log-probability per token: closer to 0 is more confident. */
  meanLogProb: number;
}

export interface SentenceBatchOptions {
  plan: BatchPlan;
  signal?: AbortSignal;
  /** Called with each batch's finished sentences, in the order batches finish. */
  onBatch?: (results: SentenceTranslation[]) => void;
  /** Pieces of the first batch, in document order (default 1; 0 plans every batch by length). */
  firstBatch?: number;
}

interface Piece {
  owner: number;
  text: string;
}

/** Joins a sentence's translated pieces; the mean is over all their tokens. */
function joinPieces(index: number, parts: DecodedText[]): SentenceTranslation {
  const tokens = parts.reduce((n, part) => n + part.tokens, 0);
  const logProbSum = parts.reduce((n, part) => n + part.meanLogProb * part.tokens, 0);
  return { index, text: parts.map((part) => part.text).filter(Boolean).join(' '), meanLogProb: tokens > 0 ? logProbSum / tokens : 0 };
}

export async function translateSentences(translator: Translator, sentences: string[], options: SentenceBatchOptions): Promise<SentenceTranslation[]> {
  const pieces: Piece[] = sentences.flatMap((text, owner) => splitLongSentence(text, MAX_PIECE_CHARS).map((piece) => ({ owner, text: piece })));
  const piecesOf: number[][] = sentences.map(() => []);
  pieces.forEach((p, i) => piecesOf[p.owner]!.push(i));
  const decoded = new Map<number, DecodedText>();
  // A sentence with nothing to translate (only spaces) is done at once.
  const results: SentenceTranslation[] = piecesOf.flatMap((own, i) => (own.length > 0 ? [] : [{ index: i, text: '', meanLogProb: 0 }]));
  if (results.length > 0) options.onBatch?.([...results]);

  const runBatch = async (batch: number[]): Promise<void> => {
    options.signal?.throwIfAborted();
    const texts = await translator.translateBatch(batch.map((i) => pieces[i]!.text), options.signal);
    batch.forEach((piece, k) => decoded.set(piece, texts[k]!));
    const owners = [...new Set(batch.map((i) => pieces[i]!.owner))];
    const done = owners.flatMap((owner) => {
      const parts = piecesOf[owner]!.map((i) => decoded.get(i));
      return parts.every((part) => part !== undefined) ? [joinPieces(owner, parts)] : [];
    });
    results.push(...done);
    if (done.length > 0) options.onBatch?.(done);
  };

  const firstCount = Math.min(options.firstBatch ?? 1, pieces.length);
  if (firstCount > 0) await runBatch(pieces.slice(0, firstCount).map((_, i) => i));
  // Window by window from the top, each tokenized only when its turn comes.
  const window = Math.max(1, options.plan.window ?? pieces.length);
  for (let from = firstCount; from < pieces.length; from += window) {
    const lengths = await translator.countTokens(pieces.slice(from, from + window).map((p) => p.text));
    for (const batch of planBatches(lengths, options.plan)) await runBatch(batch.map((i) => i + from));
  }
  return results.sort((a, b) => a.index - b.index);
}

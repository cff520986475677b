/**
 * Runs the token head (models/token-head.ts) on a decoder step's logits: log-softmax and top-k in
 * ONNX Runtime rather than in a JavaScript loop over the vocabulary.
 */
import * as ort from 'onnxruntime-node';

const BANNED = -1e9;

export interface TopTokens {
  /** [rows × k] log-probabilities, best first per row. */
  logProbs: Float32Array;
  /** [rows × k] token ids. */
  ids: BigInt64Array;
  k: number;
}

export class TokenHead {
  private biases = new Map<string, ort.Tensor>();

  private constructor(private readonly session: ort.InferenceSession, private readonly vocab: number) {}

  static async load(file: string, vocab: number, threads: number): Promise<TokenHead> {
    const session = await ort.InferenceSession.create(file, { intraOpNumThreads: threads, interOpNumThreads: 1 });
    return new TokenHead(session, vocab);
  }

  /** The best `k` allowed tokens of the last step of each row; `banned` ids are never chosen. */
  async top(logits: ort.Tensor, banned: number[], k: number): Promise<TopTokens> {
    const out = await this.session.run({
      logits,
      bias: this.bias(banned),
      k: new ort.Tensor('int64', BigInt64Array.of(BigInt(k)), [1]),
    });
    return { logProbs: out.values!.data as Float32Array, ids: out.indices!.data as BigInt64Array, k };
  }

  private bias(banned: number[]): ort.Tensor {
    const key = banned.join(',');
    let tensor = this.biases.get(key);
    if (!tensor) {
      const data = new Float32Array(this.vocab);
      for (const id of banned) data[id] = BANNED;
      tensor = new ort.Tensor('float32', data, [this.vocab]);
      this.biases.set(key, tensor);
    }
    return tensor;
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }
}

/**
 * The encoder run and the merged decoder's KV cache for one batch, on the ONNX Runtime sessions
 * transformers.js loaded. Calling the sessions directly, not `model.forward`, keeps the cache in
 * our hands: rows can be dropped when they finish and beams reordered, and the step costs what
 * ONNX Runtime costs (see BENCHMARKS.md for the measured difference).
 */
import type { PreTrainedModel, Tensor } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';

interface SessionLike {
  inputNames: readonly string[];
  inputMetadata?: readonly { name: string; shape?: readonly (number | string)[] }[];
  outputNames: readonly string[];
  run(feeds: Record<string, ort.Tensor>, fetches?: readonly string[]): Promise<Record<string, ort.Tensor>>;
}

/** The sessions of a transformers.js seq2seq model: `model` is the encoder. */
function sessionsOf(model: PreTrainedModel): { encoder: SessionLike; decoder: SessionLike } {
  const sessions = (model as unknown as { sessions: Record<string, SessionLike> }).sessions;
  const encoder = sessions.model;
  const decoder = sessions.decoder_model_merged;
  if (!encoder || !decoder) throw new Error('The model has no encoder_model / decoder_model_merged sessions');
  return { encoder, decoder };
}

function ortOf(tensor: Tensor): ort.Tensor {
  return (tensor as unknown as { ort_tensor: ort.Tensor }).ort_tensor;
}

/** Rows `slots` of a tensor along its first dimension, in that order (repeats allowed). */
export function gatherRows(tensor: ort.Tensor, slots: readonly number[]): ort.Tensor {
  const [rows, ...rest] = tensor.dims;
  const stride = rest.reduce((a, b) => a * b, 1);
  const source = tensor.data as Float32Array | BigInt64Array;
  const out = new (source.constructor as Float32ArrayConstructor | BigInt64ArrayConstructor)(slots.length * stride);
  slots.forEach((slot, i) => {
    if (slot >= rows!) throw new RangeError(`row ${slot} of ${rows}`);
    out.set(source.subarray(slot * stride, (slot + 1) * stride) as never, i * stride);
  });
  return new ort.Tensor(tensor.type as 'float32', out as Float32Array, [slots.length, ...rest]);
}

export class DecoderState {
  private past: Record<string, ort.Tensor> = {};
  private encoderHidden: ort.Tensor;
  private encoderMask: ort.Tensor;
  private started = false;

  private constructor(
    private readonly decoder: SessionLike,
    encoderHidden: ort.Tensor,
    encoderMask: ort.Tensor,
  ) {
    this.encoderHidden = encoderHidden;
    this.encoderMask = encoderMask;
  }

  /** Runs the encoder once; `slots` repeats source rows (beam search gives each row k slots). */
  static async encode(model: PreTrainedModel, inputIds: Tensor, attentionMask: Tensor, slots?: number[]): Promise<DecoderState> {
    const { encoder, decoder } = sessionsOf(model);
    const mask = ortOf(attentionMask);
    const { last_hidden_state: hidden } = await encoder.run({ input_ids: ortOf(inputIds), attention_mask: mask });
    const state = new DecoderState(decoder, hidden!, mask);
    if (slots) state.keep(slots, true);
    return state;
  }

  get rows(): number {
    return this.encoderMask.dims[0]!;
  }

  /** One decoder step for every slot; returns the logits [rows, 1, vocab]. */
  async step(tokens: BigInt64Array): Promise<ort.Tensor> {
    const rows = this.rows;
    const feeds: Record<string, ort.Tensor> = {
      encoder_attention_mask: this.encoderMask,
      input_ids: new ort.Tensor('int64', tokens, [rows, 1]),
      encoder_hidden_states: this.encoderHidden,
      use_cache_branch: new ort.Tensor('bool', Uint8Array.of(this.started ? 1 : 0), [1]),
      ...(this.started ? this.past : this.emptyPast(rows)),
    };
    // After the first step the encoder K/V never change: not fetching them saves copying them out.
    const fetches = this.started ? this.decoder.outputNames.filter((n) => !n.includes('.encoder.')) : undefined;
    const outputs = await this.decoder.run(feeds, fetches);
    for (const [name, tensor] of Object.entries(outputs)) {
      if (!name.startsWith('present.')) continue;
      const pastName = `past_key_values.${name.slice('present.'.length)}`;
      // The cache branch may return anything for the encoder K/V: keep the first step's.
      if (!this.started || !name.includes('.encoder.')) this.past[pastName] = tensor;
    }
    this.started = true;
    return outputs.logits!;
  }

  /**
   * Keeps only `slots` (in that order) for the next steps: finished rows leave the batch, beams
   * follow their parents.
   */
  keep(slots: readonly number[], encoderOnly = false): void {
    const identity = slots.length === this.rows && slots.every((s, i) => s === i);
    if (identity) return;
    this.encoderHidden = gatherRows(this.encoderHidden, slots);
    this.encoderMask = gatherRows(this.encoderMask, slots);
    if (encoderOnly) return;
    for (const name of Object.keys(this.past)) this.past[name] = gatherRows(this.past[name]!, slots);
  }

  /** Empty step-0 caches shaped from the ONNX inputs: `batch_size` → rows, other symbols → 0. */
  private emptyPast(rows: number): Record<string, ort.Tensor> {
    const past: Record<string, ort.Tensor> = {};
    for (const meta of this.decoder.inputMetadata ?? []) {
      if (!meta.name.startsWith('past_key_values.')) continue;
      const dims = (meta.shape ?? []).map((d) => (typeof d === 'number' ? d : d === 'batch_size' ? rows : 0));
      past[meta.name] = new ort.Tensor('float32', new Float32Array(0), dims);
    }
    return past;
  }
}

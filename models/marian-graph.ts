/**
 * Marian (opus-mt) encoder and merged decoder as ONNX graphs, with the I/O contract of the Xenova
 * exports that transformers.js loads: post-layer-norm blocks, embeddings × √d,
 * static sinusoidal positions, swish FFN, tied output layer plus final_logits_bias. Weights are
 * seeded random; q8 follows the DynamicQuantizeLinear → MatMulInteger pattern.
 */
import { DataType, Graph, ModelScope, encodeModel } from './onnx-graph.ts';

export interface MarianDims {
  dModel: number;
  encoderLayers: number;
  decoderLayers: number;
  heads: number;
  ffn: number;
  vocabSize: number;
  maxPositions: number;
}

export interface WeightSpec {
  seed: number;
  initStd: number;
  /** Added to the logit of every token id listed (lets a random model end sentences). */
  logitBias: Record<number, number>;
}

export type Precision = 'fp32' | 'q8';

const NEG_INF = -1e9;
const LN_EPS = 1e-5;

/** Deterministic normal draws per tensor name, so encoder and decoder files share the embedding. */
function randomNormal(seed: number, name: string, count: number, std: number): Float32Array {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  let state = h;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  const out = new Float32Array(count);
  for (let i = 0; i < count; i += 2) {
    const r = Math.sqrt(-2 * Math.log(uniform())) * std;
    const theta = 2 * Math.PI * uniform();
    out[i] = r * Math.cos(theta);
    if (i + 1 < count) out[i + 1] = r * Math.sin(theta);
  }
  return out;
}

/** Symmetric 7-bit int8 per output column, as the Xenova `_quantized` files have it. */
function quantizeColumns(w: Float32Array, rows: number, cols: number): { q: Int8Array; scale: Float32Array } {
  const scale = new Float32Array(cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) scale[c] = Math.max(scale[c]!, Math.abs(w[r * cols + c]!));
  }
  for (let c = 0; c < cols; c++) scale[c] = scale[c]! / 63 || 1;
  const q = new Int8Array(w.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) q[r * cols + c] = Math.max(-64, Math.min(63, Math.round(w[r * cols + c]! / scale[c]!)));
  }
  return { q, scale };
}

function sinusoidalTable(positions: number, dim: number): Float32Array {
  const out = new Float32Array(positions * dim);
  const half = dim / 2;
  for (let p = 0; p < positions; p++) {
    for (let j = 0; j < half; j++) {
      const angle = p / Math.pow(10000, (2 * j) / dim);
      out[p * dim + j] = Math.sin(angle);
      out[p * dim + half + j] = Math.cos(angle);
    }
  }
  return out;
}

/** Emits the layers of one model file; weights become initializers of its scope on first use. */
class MarianWriter {
  private quantizedInputs = new Map<string, string[]>();
  private embedding: Float32Array;

  constructor(
    readonly scope: ModelScope,
    readonly dims: MarianDims,
    readonly weights: WeightSpec,
    readonly precision: Precision,
  ) {
    this.embedding = randomNormal(weights.seed, 'model.shared.weight', dims.vocabSize * dims.dModel, weights.initStd);
  }

  get headDim(): number {
    return this.dims.dModel / this.dims.heads;
  }

  embed(g: Graph, ids: string, positions: string): string {
    const { dModel, vocabSize, maxPositions } = this.dims;
    let tokens: string;
    if (this.precision === 'q8') {
      const table = this.once('model.shared.weight_quantized', () => {
        const scale = this.embedding.reduce((m, v) => Math.max(m, Math.abs(v)), 0) / 63;
        const q = Int8Array.from(this.embedding, (v) => Math.max(-64, Math.min(63, Math.round(v / scale))));
        this.scope.tensor('model.shared.weight_scale', DataType.FLOAT, [], Float32Array.of(scale));
        this.scope.tensor('model.shared.weight_zero_point', DataType.INT8, [], new Int8Array(1));
        return this.scope.tensor('model.shared.weight_quantized', DataType.INT8, [vocabSize, dModel], q);
      });
      const gathered = g.op('Gather', [table, ids]);
      tokens = g.op('DequantizeLinear', [gathered, 'model.shared.weight_scale', 'model.shared.weight_zero_point']);
    } else {
      const table = this.once('model.shared.weight', () =>
        this.scope.tensor('model.shared.weight', DataType.FLOAT, [vocabSize, dModel], this.embedding));
      tokens = g.op('Gather', [table, ids]);
    }
    const posTable = this.once('model.embed_positions.weight', () =>
      this.scope.tensor('model.embed_positions.weight', DataType.FLOAT, [maxPositions, dModel], sinusoidalTable(maxPositions, dModel)));
    const scaled = g.op('Mul', [tokens, this.scope.float([Math.sqrt(dModel)], [])]);
    return g.op('Add', [scaled, g.op('Gather', [posTable, positions])]);
  }

  /** x · W + b for a [k, n] weight, fp32 or q8. */
  linear(g: Graph, x: string, name: string, k: number, n: number, source?: () => Float32Array, bias?: () => Float32Array): string {
    const w = (): Float32Array => source?.() ?? randomNormal(this.weights.seed, `${name}.weight`, k * n, this.weights.initStd);
    const b = this.once(`${name}.bias`, () =>
      this.scope.tensor(`${name}.bias`, DataType.FLOAT, [n], bias?.() ?? new Float32Array(n)));
    if (this.precision === 'fp32') {
      const weight = this.once(`${name}.weight`, () => this.scope.tensor(`${name}.weight`, DataType.FLOAT, [k, n], w()));
      return g.op('Add', [g.op('MatMul', [x, weight]), b]);
    }
    const names = this.once(`${name}.weight_quantized`, () => {
      const { q, scale } = quantizeColumns(w(), k, n);
      this.scope.tensor(`${name}.weight_quantized`, DataType.INT8, [k, n], q);
      this.scope.tensor(`${name}.weight_scale`, DataType.FLOAT, [n], scale);
      this.scope.tensor(`${name}.weight_zero_point`, DataType.INT8, [n], new Int8Array(n));
      return `${name}.weight_quantized`;
    });
    const [xq, xScale, xZero] = this.quantizeInput(g, x);
    const product = g.op('MatMulInteger', [xq!, names, xZero!, `${name}.weight_zero_point`]);
    const scale = g.op('Mul', [xScale!, `${name}.weight_scale`]);
    return g.op('Add', [g.op('Mul', [g.op('Cast', [product], { to: DataType.FLOAT }), scale]), b]);
  }

  layerNorm(g: Graph, x: string, name: string): string {
    const { dModel } = this.dims;
    const gamma = this.once(`${name}.weight`, () => this.scope.tensor(`${name}.weight`, DataType.FLOAT, [dModel], new Float32Array(dModel).fill(1)));
    const beta = this.once(`${name}.bias`, () => this.scope.tensor(`${name}.bias`, DataType.FLOAT, [dModel], new Float32Array(dModel)));
    return g.op('LayerNormalization', [x, gamma, beta], { axis: -1, epsilon: LN_EPS });
  }

  /** [B, S, D] → [B, H, S, Dh] */
  splitHeads(g: Graph, x: string): string {
    const shaped = g.op('Reshape', [x, this.scope.int64([0, -1, this.dims.heads, this.headDim])]);
    return g.op('Transpose', [shaped], { perm: [0, 2, 1, 3] });
  }

  projectHeads(g: Graph, x: string, name: string): string {
    return this.splitHeads(g, this.linear(g, x, name, this.dims.dModel, this.dims.dModel));
  }

  /** Scaled dot-product attention over prepared heads, then the output projection. */
  attend(g: Graph, x: string, prefix: string, key: string, value: string, bias: string): string {
    const query = g.op('Mul', [this.projectHeads(g, x, `${prefix}.q_proj`), this.scope.float([1 / Math.sqrt(this.headDim)], [])]);
    const scores = g.op('Add', [g.op('MatMul', [query, g.op('Transpose', [key], { perm: [0, 1, 3, 2] })]), bias]);
    const context = g.op('MatMul', [g.op('Softmax', [scores], { axis: -1 }), value]);
    const merged = g.op('Reshape', [g.op('Transpose', [context], { perm: [0, 2, 1, 3] }), this.scope.int64([0, -1, this.dims.dModel])]);
    return this.linear(g, merged, `${prefix}.out_proj`, this.dims.dModel, this.dims.dModel);
  }

  feedForward(g: Graph, x: string, prefix: string): string {
    const hidden = this.linear(g, x, `${prefix}.fc1`, this.dims.dModel, this.dims.ffn);
    const swish = g.op('Mul', [hidden, g.op('Sigmoid', [hidden])]);
    return this.linear(g, swish, `${prefix}.fc2`, this.dims.ffn, this.dims.dModel);
  }

  residualNorm(g: Graph, x: string, delta: string, name: string): string {
    return this.layerNorm(g, g.op('Add', [x, delta]), name);
  }

  /** Padding mask [B, S] int64 → additive bias [B, 1, 1, S]. */
  paddingBias(g: Graph, mask: string): string {
    const masked = g.op('Sub', [this.scope.float([1], []), g.op('Cast', [mask], { to: DataType.FLOAT })]);
    return g.op('Unsqueeze', [g.op('Mul', [masked, this.scope.float([NEG_INF], [])]), this.scope.int64([1, 2])]);
  }

  lmHead(g: Graph, x: string): string {
    const { dModel, vocabSize } = this.dims;
    const transposed = (): Float32Array => {
      const out = new Float32Array(dModel * vocabSize);
      for (let v = 0; v < vocabSize; v++) {
        for (let d = 0; d < dModel; d++) out[d * vocabSize + v] = this.embedding[v * dModel + d]!;
      }
      return out;
    };
    const bias = (): Float32Array => {
      const out = new Float32Array(vocabSize);
      for (const [id, value] of Object.entries(this.weights.logitBias)) out[Number(id)] = value;
      return out;
    };
    return this.linear(g, x, 'lm_head', dModel, vocabSize, transposed, bias);
  }

  private quantizeInput(g: Graph, x: string): string[] {
    // Keyed by graph too: an outer value quantized in one If branch is not visible in the other.
    const key = `${g.name}:${x}`;
    let q = this.quantizedInputs.get(key);
    if (!q) {
      q = g.node('DynamicQuantizeLinear', [x], {}, 3);
      this.quantizedInputs.set(key, q);
    }
    return q;
  }

  private created = new Set<string>();
  private once(name: string, make: () => string): string {
    if (!this.created.has(name)) {
      this.created.add(name);
      make();
    }
    return name;
  }
}

function dimAt(g: Graph, scope: ModelScope, value: string, axis: number): string {
  return g.op('Gather', [g.op('Shape', [value]), scope.int64([axis], [])]);
}

export function buildEncoder(dims: MarianDims, weights: WeightSpec, precision: Precision): Uint8Array {
  const scope = new ModelScope();
  const g = new Graph(scope, 'marian_encoder');
  const w = new MarianWriter(scope, dims, weights, precision);
  const ids = g.input('input_ids', DataType.INT64, ['batch_size', 'encoder_sequence_length']);
  const mask = g.input('attention_mask', DataType.INT64, ['batch_size', 'encoder_sequence_length']);
  const length = dimAt(g, scope, ids, 1);
  const positions = g.op('Range', [scope.int64([0], []), length, scope.int64([1], [])]);
  let x = w.embed(g, ids, positions);
  const bias = w.paddingBias(g, mask);
  for (let i = 0; i < dims.encoderLayers; i++) {
    const p = `model.encoder.layers.${i}`;
    const key = w.projectHeads(g, x, `${p}.self_attn.k_proj`);
    const value = w.projectHeads(g, x, `${p}.self_attn.v_proj`);
    x = w.residualNorm(g, x, w.attend(g, x, `${p}.self_attn`, key, value, bias), `${p}.self_attn_layer_norm`);
    x = w.residualNorm(g, x, w.feedForward(g, x, p), `${p}.final_layer_norm`);
  }
  g.op('Identity', [x], {}, 'last_hidden_state');
  g.output('last_hidden_state', DataType.FLOAT, ['batch_size', 'encoder_sequence_length', dims.dModel]);
  return encodeModel(g);
}

/** One branch of the merged decoder: with the KV cache (later steps) or without (first step). */
function decoderBranch(w: MarianWriter, scope: ModelScope, useCache: boolean, crossBias: string): Graph {
  const { dims } = w;
  const g = new Graph(scope, useCache ? 'decoder_with_past' : 'decoder_first_step');
  const length = dimAt(g, scope, 'input_ids', 1);
  const past = useCache ? dimAt(g, scope, 'past_key_values.0.decoder.key', 2) : scope.int64([0], []);
  const queryPositions = g.op('Add', [g.op('Range', [scope.int64([0], []), length, scope.int64([1], [])]), past]);
  const keyPositions = g.op('Range', [scope.int64([0], []), g.op('Add', [past, length]), scope.int64([1], [])]);
  const future = g.op('Greater', [
    g.op('Unsqueeze', [keyPositions, scope.int64([0])]),
    g.op('Unsqueeze', [queryPositions, scope.int64([1])]),
  ]);
  const causalBias = g.op('Where', [future, scope.float([NEG_INF], []), scope.float([0], [])]);

  let x = w.embed(g, 'input_ids', queryPositions);
  const presents: string[] = [];
  for (let i = 0; i < dims.decoderLayers; i++) {
    const p = `model.decoder.layers.${i}`;
    let key = w.projectHeads(g, x, `${p}.self_attn.k_proj`);
    let value = w.projectHeads(g, x, `${p}.self_attn.v_proj`);
    if (useCache) {
      key = g.op('Concat', [`past_key_values.${i}.decoder.key`, key], { axis: 2 });
      value = g.op('Concat', [`past_key_values.${i}.decoder.value`, value], { axis: 2 });
    }
    x = w.residualNorm(g, x, w.attend(g, x, `${p}.self_attn`, key, value, causalBias), `${p}.self_attn_layer_norm`);

    const crossKey = useCache
      ? g.op('Identity', [`past_key_values.${i}.encoder.key`])
      : w.projectHeads(g, 'encoder_hidden_states', `${p}.encoder_attn.k_proj`);
    const crossValue = useCache
      ? g.op('Identity', [`past_key_values.${i}.encoder.value`])
      : w.projectHeads(g, 'encoder_hidden_states', `${p}.encoder_attn.v_proj`);
    x = w.residualNorm(g, x, w.attend(g, x, `${p}.encoder_attn`, crossKey, crossValue, crossBias), `${p}.encoder_attn_layer_norm`);
    x = w.residualNorm(g, x, w.feedForward(g, x, p), `${p}.final_layer_norm`);
    presents.push(key, value, crossKey, crossValue);
  }
  const logits = w.lmHead(g, x);
  g.output(logits, DataType.FLOAT, ['batch_size', 'decoder_sequence_length', dims.vocabSize]);
  // Distinct length names: ORT plans buffer reuse from them, and self and cross K/V differ in length.
  presents.forEach((name, i) => {
    const length = i % 4 < 2 ? `${g.name}_decoder_length` : 'encoder_sequence_length_out';
    g.output(name, DataType.FLOAT, ['batch_size', dims.heads, length, w.headDim]);
  });
  return g;
}

function decoderCacheNames(layers: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < layers; i++) {
    for (const part of ['decoder.key', 'decoder.value', 'encoder.key', 'encoder.value']) names.push(`${i}.${part}`);
  }
  return names;
}

export function buildDecoder(dims: MarianDims, weights: WeightSpec, precision: Precision): Uint8Array {
  const scope = new ModelScope();
  const g = new Graph(scope, 'marian_decoder_merged');
  const w = new MarianWriter(scope, dims, weights, precision);
  const headDim = w.headDim;
  const mask = g.input('encoder_attention_mask', DataType.INT64, ['batch_size', 'encoder_sequence_length']);
  g.input('input_ids', DataType.INT64, ['batch_size', 'decoder_sequence_length']);
  g.input('encoder_hidden_states', DataType.FLOAT, ['batch_size', 'encoder_sequence_length', dims.dModel]);
  const cacheNames = decoderCacheNames(dims.decoderLayers);
  for (const name of cacheNames) {
    const length = name.includes('decoder') ? 'past_decoder_sequence_length' : 'encoder_sequence_length_out';
    g.input(`past_key_values.${name}`, DataType.FLOAT, ['batch_size', dims.heads, length, headDim]);
  }
  const useCache = g.input('use_cache_branch', DataType.BOOL, [1]);
  const crossBias = w.paddingBias(g, mask);
  const withPast = decoderBranch(w, scope, true, crossBias);
  const firstStep = decoderBranch(w, scope, false, crossBias);
  const outputs = ['logits', ...cacheNames.map((n) => `present.${n}`)];
  g.node('If', [useCache], { then_branch: withPast, else_branch: firstStep }, outputs);
  g.output('logits', DataType.FLOAT, ['batch_size', 'decoder_sequence_length', dims.vocabSize]);
  for (const name of cacheNames) {
    const length = name.includes('decoder') ? 'past_decoder_sequence_length + 1' : 'encoder_sequence_length_out';
    g.output(`present.${name}`, DataType.FLOAT, ['batch_size', dims.heads, length, headDim]);
  }
  return encodeModel(g);
}

/**
 * Makes a Marian-architecture model folder in the layout transformers.js loads:
 * config.json, generation_config.json, tokenizer.json, tokenizer_config.json and
 * onnx/{encoder_model,decoder_model_merged}{,_quantized}.onnx, from seeded random weights.
 *
 * @example npm run models:make -- full            # models/visavis/marian-full (benchmarks)
 * @example npm run models:make -- tiny --out tests/fixtures/models
 * @example npm run models:make -- head            # server/engine/token-head.onnx (committed)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { MODEL_MAX_TOKENS, onnxFile, TOKEN_HEAD_FILE } from '../server/assets/manifest.ts';
import { buildDecoder, buildEncoder, type MarianDims, type Precision, type WeightSpec } from './marian-graph.ts';
import { buildTokenHead } from './token-head.ts';
import { buildTokenizerFiles } from './vocabulary.ts';

export interface Preset {
  id: string;
  /** Without a vocabSize the vocabulary holds only the real pieces. */
  dims: Omit<MarianDims, 'vocabSize'> & { vocabSize?: number };
  weights: Omit<WeightSpec, 'logitBias'> & { eosBias: number };
}

export const PRESETS = {
  /** Small enough to commit and to run in every test; big enough to batch, pad and cache. */
  tiny: {
    id: 'visavis/marian-tiny',
    dims: { dModel: 16, encoderLayers: 1, decoderLayers: 1, heads: 2, ffn: 32, vocabSize: undefined, maxPositions: MODEL_MAX_TOKENS },
    weights: { seed: 7, initStd: 0.5, eosBias: 6 },
  },
  /** opus-mt-fr-en's dimensions, for benchmarks only (never committed). */
  full: {
    id: 'visavis/marian-full',
    dims: { dModel: 512, encoderLayers: 6, decoderLayers: 6, heads: 8, ffn: 2048, vocabSize: 59514, maxPositions: MODEL_MAX_TOKENS },
    weights: { seed: 1, initStd: 0.02, eosBias: 0 },
  },
} satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;

/** Writes one preset's model folder under `modelsDir/<id>/` and returns that folder. */
export function makeModel(name: PresetName, modelsDir: string, precisions: Precision[] = ['fp32', 'q8']): string {
  const preset: Preset = PRESETS[name];
  const files = buildTokenizerFiles(preset.dims.vocabSize);
  const vocabSize = files.padId + 1;
  const dims: MarianDims = { ...preset.dims, vocabSize };
  const weights: WeightSpec = { ...preset.weights, logitBias: { [files.eosId]: preset.weights.eosBias } };
  const folder = join(modelsDir, preset.id);
  mkdirSync(join(folder, 'onnx'), { recursive: true });
  const json = (file: string, value: object): void => writeFileSync(join(folder, file), `${JSON.stringify(value, null, 1)}\n`);
  const generation = {
    bad_words_ids: [[files.padId]],
    decoder_start_token_id: files.padId,
    eos_token_id: files.eosId,
    forced_eos_token_id: files.eosId,
    max_length: MODEL_MAX_TOKENS,
    num_beams: 4,
    pad_token_id: files.padId,
  };
  json('config.json', {
    architectures: ['MarianMTModel'],
    model_type: 'marian',
    is_encoder_decoder: true,
    activation_function: 'swish',
    d_model: dims.dModel,
    encoder_layers: dims.encoderLayers,
    decoder_layers: dims.decoderLayers,
    encoder_attention_heads: dims.heads,
    decoder_attention_heads: dims.heads,
    encoder_ffn_dim: dims.ffn,
    decoder_ffn_dim: dims.ffn,
    max_position_embeddings: dims.maxPositions,
    scale_embedding: true,
    share_encoder_decoder_embeddings: true,
    static_position_embeddings: true,
    vocab_size: vocabSize,
    decoder_vocab_size: vocabSize,
    ...generation,
  });
  json('generation_config.json', generation);
  json('tokenizer.json', files.tokenizer);
  json('tokenizer_config.json', files.tokenizerConfig);
  for (const precision of precisions) {
    writeFileSync(join(folder, onnxFile('encoder_model', precision)), buildEncoder(dims, weights, precision));
    writeFileSync(join(folder, onnxFile('decoder_model_merged', precision)), buildDecoder(dims, weights, precision));
  }
  return folder;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, precision: { type: 'string', multiple: true } },
  });
  const name = positionals[0] ?? 'full';
  if (name === 'head') {
    writeFileSync(TOKEN_HEAD_FILE, buildTokenHead());
    console.log(`Wrote ${TOKEN_HEAD_FILE}`);
    process.exit(0);
  }
  if (!(name in PRESETS)) {
    console.error(`Unknown preset: ${name}. Must be one of [${Object.keys(PRESETS).join(', ')}]`);
    process.exit(2);
  }
  const out = resolve(values.out ?? fileURLToPath(new URL('.', import.meta.url)));
  const precisions = (values.precision ?? ['fp32', 'q8']) as Precision[];
  const started = performance.now();
  const folder = makeModel(name as PresetName, out, precisions);
  console.log(`Made ${PRESETS[name as PresetName].id} (${precisions.join(', ')}) in ${folder} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Every file Vis-à-vis downloads or ships beside its code, and where each lives: the Marian model
 * folder in the layout transformers.js reads, and the token head the engine runs on the logits.
 * The engine, the server's background download and the `models:*` scripts all read it from here.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DEFAULT_MODEL, projectRoot, type Config, type ModelDtype } from '../config.ts';

export interface Asset {
  /** Shown in progress and messages: the path inside its folder. */
  name: string;
  url: string;
  /** Where the file lives once downloaded. */
  path: string;
  /** Bytes, when known in advance; otherwise the server's headers say. */
  size?: number;
}

/** Marian reads at most this many tokens, source or target (its position table). */
export const MODEL_MAX_TOKENS = 512;

/** The token head graph (models/token-head.ts), committed beside the engine that runs it. */
export const TOKEN_HEAD_FILE = resolve(projectRoot, 'server/engine/token-head.onnx');

/** The quantized export of a Xenova model names its ONNX files with this suffix. */
const ONNX_SUFFIX: Record<ModelDtype, string> = { fp32: '', q8: '_quantized' };

/** ONNX file of one part of the model at one dtype, relative to the model folder. */
export function onnxFile(part: 'encoder_model' | 'decoder_model_merged', dtype: ModelDtype): string {
  return `onnx/${part}${ONNX_SUFFIX[dtype]}.onnx`;
}

/** The files a model folder needs for one dtype, relative to `<modelsDir>/<modelId>/`. */
export function modelFiles(dtype: ModelDtype): string[] {
  return [
    'config.json',
    'generation_config.json',
    'tokenizer.json',
    'tokenizer_config.json',
    onnxFile('encoder_model', dtype),
    onnxFile('decoder_model_merged', dtype),
  ];
}

export type ModelSpec = Pick<Config, 'hubUrl' | 'modelsDir' | 'modelId' | 'dtype'>;

export function modelDir(spec: Pick<Config, 'modelsDir' | 'modelId'>): string {
  return join(spec.modelsDir, spec.modelId);
}

/** The model's files as assets served by the hub at `<hub>/<model id>/resolve/main/<file>`. */
export function modelAssets(spec: ModelSpec): Asset[] {
  return modelFiles(spec.dtype).map((file) => ({
    name: file,
    url: `${spec.hubUrl}/${spec.modelId}/resolve/main/${file}`,
    path: join(modelDir(spec), file),
  }));
}

export function missingAssets(assets: readonly Asset[]): Asset[] {
  return assets.filter((asset) => !existsSync(asset.path));
}

/** The exact command that puts the configured model in place, models folder included. */
export function fixCommand(spec: Pick<Config, 'modelsDir' | 'modelId' | 'dtype'>): string {
  const args = [spec.modelId === DEFAULT_MODEL ? '' : spec.modelId, spec.dtype === 'q8' ? '' : `--dtype ${spec.dtype}`].filter(Boolean);
  const command = args.length === 0 ? 'npm run models:fetch' : `npm run models:fetch -- ${args.join(' ')}`;
  const dir = resolve(spec.modelsDir);
  if (dir === resolve(projectRoot, 'models')) return command;
  const shown = relative(projectRoot, dir);
  return `VISAVIS_MODELS_DIR=${shown.startsWith('..') || shown === '' ? dir : shown} ${command}`;
}

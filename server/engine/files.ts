/**
 * The files of a Marian model folder in the layout transformers.js reads, and what is missing.
 * Free of transformers.js so the fetch script and health checks stay light.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MODEL, type Config, type ModelDtype } from '../config.ts';

const SUFFIX: Record<ModelDtype, string> = { fp32: '', q8: '_quantized' };

/** The files a model folder needs for one dtype, relative to `<modelsDir>/<modelId>/`. */
export function modelFiles(dtype: ModelDtype): string[] {
  return [
    'config.json',
    'generation_config.json',
    'tokenizer.json',
    'tokenizer_config.json',
    `onnx/encoder_model${SUFFIX[dtype]}.onnx`,
    `onnx/decoder_model_merged${SUFFIX[dtype]}.onnx`,
  ];
}

export function missingModelFiles(config: Pick<Config, 'modelsDir' | 'modelId' | 'dtype'>): string[] {
  return modelFiles(config.dtype).filter((file) => !existsSync(join(config.modelsDir, config.modelId, file)));
}

/** The exact command that puts the configured model in place. */
export function fixCommand(config: Pick<Config, 'modelId' | 'dtype'>): string {
  const args = [config.modelId === DEFAULT_MODEL ? '' : config.modelId, config.dtype === 'q8' ? '' : `--dtype ${config.dtype}`].filter(Boolean);
  return args.length === 0 ? 'npm run models:fetch' : `npm run models:fetch -- ${args.join(' ')}`;
}


/**
 * Loads a MarianMT model folder through transformers.js. This module and decode.ts are the only
 * code that imports transformers.js, and the only place its global `env` is set.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  AutoModelForSeq2SeqLM,
  AutoTokenizer,
  env,
  LogLevel,
  type PreTrainedModel,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import type { Config, ModelDtype } from '../config.ts';
import { DEFAULT_MODEL } from '../config.ts';
import { ModelFailedError, ModelUnavailableError } from '../errors.ts';
import type { MarianIds } from './decode.ts';

export interface LoadedMarian {
  tokenizer: PreTrainedTokenizer;
  model: PreTrainedModel;
  ids: MarianIds;
}

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
export function fixCommand(config: Pick<Config, 'modelId'>): string {
  return config.modelId === DEFAULT_MODEL ? 'npm run models:fetch' : `npm run models:fetch -- ${config.modelId}`;
}

export async function loadMarian(config: Config): Promise<LoadedMarian> {
  if (!config.allowRemoteModels && missingModelFiles(config).length > 0) {
    throw new ModelUnavailableError(config.modelId, fixCommand(config));
  }
  // On Node both paths default to folders inside transformers.js's own install (STYLE.md).
  env.localModelPath = `${config.modelsDir}/`;
  env.cacheDir = config.modelsDir;
  env.allowLocalModels = true;
  env.allowRemoteModels = config.allowRemoteModels;
  // MarianTokenizer warns on every load that it has no "fast" twin; nothing to act on.
  env.logLevel = LogLevel.ERROR;
  const tokenizer = await AutoTokenizer.from_pretrained(config.modelId);
  const model = await AutoModelForSeq2SeqLM.from_pretrained(config.modelId, {
    dtype: config.dtype,
    device: 'cpu',
    session_options: { intraOpNumThreads: config.threads, interOpNumThreads: 1 },
  });
  const settings = { ...model.config, ...model.generation_config } as unknown as Record<string, number | undefined>;
  const pad = settings.pad_token_id;
  if (pad === undefined) throw new ModelFailedError(config.modelId, new Error('config.json has no pad_token_id'));
  const ids: MarianIds = { decoderStart: settings.decoder_start_token_id ?? pad, eos: settings.eos_token_id ?? 0, pad };
  return { tokenizer, model, ids };
}

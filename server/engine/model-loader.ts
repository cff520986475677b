/**
 * Loads a MarianMT model folder through transformers.js: its tokenizer and its ONNX Runtime
 * sessions. The only place transformers.js's global `env` is set.
 */
import {
  AutoModelForSeq2SeqLM,
  AutoTokenizer,
  env,
  LogLevel,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import type { Config } from '../config.ts';
import { ModelFailedError, ModelUnavailableError } from '../errors.ts';
import { fixCommand, missingAssets, modelAssets, TOKEN_HEAD_FILE } from '../assets/manifest.ts';
import type { DecoderParts, MarianIds } from './rows.ts';
import { TokenHead } from './token-head.ts';

export interface LoadedMarian extends DecoderParts {
  tokenizer: PreTrainedTokenizer;
}

export async function loadMarian(config: Config): Promise<LoadedMarian> {
  if (missingAssets(modelAssets(config)).length > 0) {
    throw new ModelUnavailableError(config.modelId, `Run: ${fixCommand(config)}`);
  }
  // On Node both paths default to folders inside transformers.js's own install.
  env.localModelPath = `${config.modelsDir}/`;
  env.cacheDir = config.modelsDir;
  env.allowLocalModels = true;
  // Downloads are ours (server/assets/): resumable, size-checked, and off when VISAVIS_OFFLINE=1.
  env.allowRemoteModels = false;
  // MarianTokenizer warns on every load that it has no "fast" twin; nothing to act on.
  env.logLevel = LogLevel.ERROR;
  const tokenizer = await AutoTokenizer.from_pretrained(config.modelId);
  const model = await AutoModelForSeq2SeqLM.from_pretrained(config.modelId, {
    dtype: config.dtype,
    device: 'cpu',
    session_options: {
      intraOpNumThreads: config.threads,
      interOpNumThreads: 1,
      // A spinning pool steals the core the other thread needs on small machines (measured on 2 cores).
      extra: { session: { intra_op: { allow_spinning: '0' } } },
    },
  });
  const settings = { ...model.config, ...model.generation_config } as unknown as Record<string, number | undefined>;
  const pad = settings.pad_token_id;
  if (pad === undefined) throw new ModelFailedError(config.modelId, new Error('config.json has no pad_token_id'));
  const ids: MarianIds = { decoderStart: settings.decoder_start_token_id ?? pad, eos: settings.eos_token_id ?? 0, pad };
  const vocab = settings.vocab_size ?? pad + 1;
  const head = await TokenHead.load(TOKEN_HEAD_FILE, vocab, config.threads);
  return { tokenizer, model, head, ids };
}

import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { makeModel } from '../../models/make.ts';
import { TOKEN_HEAD_FILE } from '../../server/assets/manifest.ts';
import { buildTokenHead } from '../../models/token-head.ts';
import { TINY_MODELS_DIR, TINY_MODEL_ID } from '../support/tiny-model.ts';

/** A fresh folder for one test, removed when it ends. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'visavis-make-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('models/make', () => {

  it('regenerates the committed tiny fixture byte for byte (seeded, deterministic)', () => {
    const folder = makeModel('tiny', scratch());
    const committed = join(TINY_MODELS_DIR, TINY_MODEL_ID);
    const files = ['config.json', 'generation_config.json', 'tokenizer.json', 'tokenizer_config.json',
      ...readdirSync(join(committed, 'onnx')).map((f) => `onnx/${f}`)];
    expect(files).toHaveLength(8);
    for (const file of files) {
      expect(readFileSync(join(folder, file)).equals(readFileSync(join(committed, file))), file).toBe(true);
    }
  });

  it('regenerates the committed token head byte for byte', () => {
    expect(Buffer.from(buildTokenHead()).equals(readFileSync(TOKEN_HEAD_FILE))).toBe(true);
  });

  it('writes the Marian config transformers.js reads', () => {
    const folder = makeModel('tiny', scratch(), ['fp32']);
    const config = JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ model_type: 'marian', is_encoder_decoder: true, d_model: 16, eos_token_id: 0 });
    expect(config.decoder_start_token_id).toBe(config.pad_token_id);
    expect(config.pad_token_id).toBe((config.vocab_size as number) - 1);
  });
});

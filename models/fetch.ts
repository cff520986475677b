/**
 * Downloads the configured model into the models folder by hand (the server does the same in the
 * background unless VISAVIS_OFFLINE=1): resumable, every size checked, with a progress bar.
 *
 * @example npm run models:fetch                          # Xenova/opus-mt-fr-en, q8
 * @example npm run models:fetch -- Xenova/opus-mt-fr-en --dtype fp32
 */
import { parseArgs } from 'node:util';
import { downloadAssets } from '../server/assets/download.ts';
import { modelAssets, modelDir } from '../server/assets/manifest.ts';
import { progressLine } from '../server/assets/progress.ts';
import { loadConfig, type ModelDtype } from '../server/config.ts';

const config = loadConfig();
const { positionals, values } = parseArgs({ allowPositionals: true, options: { dtype: { type: 'string' } } });
const dtype = (values.dtype ?? config.dtype) as ModelDtype;
if (dtype !== 'q8' && dtype !== 'fp32') {
  console.error(`Unknown dtype: ${dtype}. Must be one of [q8, fp32]`);
  process.exit(2);
}
const spec = { ...config, modelId: positionals[0] ?? config.modelId, dtype };
const tty = process.stderr.isTTY;
let lastDraw = 0;
try {
  const fetched = await downloadAssets(modelAssets(spec), {
    onProgress: (p) => {
      const now = Date.now();
      if (tty && (now - lastDraw > 100 || p.received === p.total)) {
        process.stderr.write(`\r${progressLine(p)}`);
        lastDraw = now;
      }
    },
  });
  if (tty) process.stderr.write('\n');
  for (const f of fetched) console.log(`${f.skipped ? 'present ' : f.resumed ? 'resumed ' : 'fetched '} ${f.name} (${f.bytes} bytes)`);
  console.log(`${spec.modelId} (${dtype}) is in ${modelDir(spec)}. Start the server with: npm start`);
} catch (error) {
  if (tty) process.stderr.write('\n');
  console.error(`Could not fetch ${spec.modelId}: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`This needs the internet (${config.hubUrl}, VISAVIS_HUB_URL). Run the same command again to resume.`);
  process.exit(1);
}

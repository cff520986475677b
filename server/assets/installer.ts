/**
 * Installs missing assets in the background, once: the server starts at once and the model arrives
 * while the page already segments French. Its progress is what `/api/health` reports.
 *
 * @example const model = createInstaller(modelAssets(config)); void model.install();
 */
import type { DownloadProgress } from '../schemas.ts';
import { downloadAssets } from './download.ts';
import type { Config } from '../config.ts';
import { missingAssets, modelAssets, type Asset, type ModelSpec } from './manifest.ts';

export type InstallState =
  | { state: 'installed' }
  | { state: 'missing' }
  | { state: 'downloading'; progress: DownloadProgress }
  | { state: 'failed'; error: string };

export interface Installer {
  status(): InstallState;
  /** Downloads what is missing; concurrent calls share one download, a failed one can be retried. */
  install(options?: { onProgress?: (progress: DownloadProgress) => void }): Promise<void>;
  /** Stops a download in progress (its `.part` files stay, to resume from). */
  abort(): void;
}

export function createInstaller(assets: readonly Asset[]): Installer {
  let running: Promise<void> | undefined;
  let progress: DownloadProgress | undefined;
  let failure: string | undefined;
  const controller = new AbortController();

  return {
    status() {
      if (running && progress) return { state: 'downloading', progress };
      if (missingAssets(assets).length === 0) return { state: 'installed' };
      if (failure !== undefined) return { state: 'failed', error: failure };
      return running ? { state: 'downloading', progress: { received: 0, total: 0 } } : { state: 'missing' };
    },
    install(options = {}) {
      running ??= (async () => {
        failure = undefined;
        try {
          await downloadAssets(missingAssets(assets), {
            signal: controller.signal,
            onProgress: (p) => {
              progress = p;
              options.onProgress?.(p);
            },
          });
        } catch (error) {
          failure = error instanceof Error ? error.message : String(error);
          throw error;
        } finally {
          running = undefined;
          progress = undefined;
        }
      })();
      return running;
    },
    abort() {
      controller.abort();
    },
  };
}

/** The configured model's installer, or none when the server must not download (VISAVIS_OFFLINE=1). */
export function modelInstaller(config: ModelSpec & Pick<Config, 'offline'>): Installer | undefined {
  return config.offline ? undefined : createInstaller(modelAssets(config));
}

/**
 * The French Wiktionary dictionary as an asset: downloaded on first use from its pinned public
 * address (size checked), or read from the local copy VISAVIS_DICTIONARY names. Loading never
 * waits for the download: until the file is there, `load()` says why there are no glosses.
 *
 * @example const source = createDictionarySource(config); const state = await source.load();
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Config } from '../config.ts';
import { parseWiktionary, type Dictionary } from '../core/lexicon/wiktionary.ts';
import { createInstaller, type Installer } from './installer.ts';
import type { Asset } from './manifest.ts';

/** Bytes of the pinned file (GitHub blob d77995914b7f2babb17a57f92b48cd7e742bf525). */
export const DICTIONARY_BYTES = 2_950_339;

export type DictionarySpec = Pick<Config, 'dictionaryFile' | 'dictionaryLocal' | 'dictionaryUrl' | 'offline'>;

/** `size`: what the download must weigh; only tests serving another file change it. */
export function dictionaryAsset(spec: Pick<Config, 'dictionaryFile' | 'dictionaryUrl'>, size = DICTIONARY_BYTES): Asset {
  return { name: basename(spec.dictionaryFile), url: spec.dictionaryUrl, path: spec.dictionaryFile, size };
}

export type DictionaryState = { state: 'ready'; dictionary: Dictionary } | { state: 'unavailable'; reason: string };

export interface DictionarySource {
  /** The dictionary once its file is there; otherwise why not (and a download starts, once). */
  load(): Promise<DictionaryState>;
  /** Downloads the file now, sharing a download in progress; refused when the server must not download. */
  download(): Promise<void>;
  /** Stops a download in progress. */
  abort(): void;
  /**
   * The dictionary if it has loaded; when its file is here, starts loading it. Never downloads:
   * for users of the dictionary that must not wait for it or cause a download (the aligner).
   */
  loaded(): Dictionary | undefined;
}

export function createDictionarySource(spec: DictionarySpec, size = DICTIONARY_BYTES): DictionarySource {
  const asset = dictionaryAsset(spec, size);
  const installer: Installer | undefined = spec.dictionaryLocal || spec.offline ? undefined : createInstaller([asset]);
  let loading: Promise<DictionaryState> | undefined;
  let parsed: Dictionary | undefined;

  /** Why this server will not download the file, when it will not. */
  const refusal = spec.dictionaryLocal
    ? `The dictionary file VISAVIS_DICTIONARY names does not exist: ${asset.name}.`
    : 'The dictionary is not installed and this server does not download (VISAVIS_OFFLINE=1).';

  const unavailable = (): DictionaryState => {
    if (!installer) return { state: 'unavailable', reason: refusal };
    const status = installer.status();
    if (status.state === 'failed') return { state: 'unavailable', reason: `The dictionary could not be downloaded (restart the server to try again): ${status.error}` };
    void installer.install().catch(() => undefined);
    return { state: 'unavailable', reason: 'The dictionary is being downloaded (3 MB); glosses will follow shortly.' };
  };

  return {
    load() {
      if (loading) return loading;
      if (!existsSync(asset.path)) return Promise.resolve(unavailable());
      loading = readFile(asset.path, 'utf8').then(
        (text): DictionaryState => {
          parsed = parseWiktionary(text);
          return { state: 'ready', dictionary: parsed };
        },
        (error: unknown): DictionaryState => {
          loading = undefined;
          return { state: 'unavailable', reason: `The dictionary file could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}.` };
        },
      );
      return loading;
    },
    download: () => (installer ? installer.install() : Promise.reject(new Error(refusal))),
    abort: () => installer?.abort(),
    loaded() {
      if (!parsed && !loading && existsSync(asset.path)) void this.load();
      return parsed;
    },
  };
}

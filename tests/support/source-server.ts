/**
 * The real server, run from the sources in a process of its own on a free port with the tiny
 * model and a data folder of the test's: for tests that kill it (SIGKILL) mid-write.
 *
 * @example const server = startSourceServer(dataDir); const url = await server.url; … server.kill();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TINY_MODELS_DIR, TINY_MODEL_ID } from './tiny-model.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface SourceServer {
  process: ChildProcess;
  /** Resolves with `http://127.0.0.1:<port>` once it listens. */
  url: Promise<string>;
  /** SIGKILL, and resolves once the process is gone. */
  kill(): Promise<void>;
}

export function startSourceServer(dataDir: string): SourceServer {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', VISAVIS_DATA_DIR: dataDir, VISAVIS_MODELS_DIR: TINY_MODELS_DIR, VISAVIS_MODEL: TINY_MODEL_ID, VISAVIS_OFFLINE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1];
      if (found) resolve(found);
    });
    child.on('exit', (code) => reject(new Error(`The server exited (${code}) before listening: ${out}`)));
  });
  return {
    process: child,
    url,
    async kill() {
      child.kill('SIGKILL');
      if (!exited()) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

#!/usr/bin/env node
// The command is written in TypeScript like the server; tsx (a runtime dependency) compiles it on
// load, so `vis-a-vis` runs with plain node after `npm install`, with no build step and no dist/.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`vis-a-vis translate a.txt | head`) is no failure of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
// The model's threads and the HTML worker are closed by then; this only guards a stray handle.
setTimeout(() => process.exit(), 2000).unref();

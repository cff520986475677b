/**
 * The real readers the exports are checked with: xmllint (libxml2-utils) against the official
 * XLIFF 2.0 core schema, offline through an XML catalog, and Debian's translate-toolkit reading a
 * TMX file back. Without them the checks are skipped with one loud line, except on CI (CI=true),
 * where a missing tool must fail the run rather than pass it quietly.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INSTALL_HINT = 'install them with "apt-get install -y libxml2-utils translate-toolkit" (.ci/run does)';
const SCHEMAS = fileURLToPath(new URL('../fixtures/xliff/', import.meta.url));

function works(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Debian's python3 with translate-toolkit (another python3 on the PATH may lack it). */
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => works(p, ['-c', 'import translate.storage.tmx']));
const XMLLINT = works('xmllint', ['--version']) ? 'xmllint' : undefined;

/** Whether the readers are here; loud without them, an error on CI. */
export function exportToolsEnabled(): boolean {
  if (PYTHON && XMLLINT) return true;
  const missing = [!XMLLINT && 'xmllint', !PYTHON && 'translate-toolkit'].filter(Boolean).join(' and ');
  if (process.env.CI === 'true') throw new Error(`CI=true but ${missing} is missing: ${INSTALL_HINT}.`);
  console.warn(`\n*** EXPORT READER TESTS SKIPPED: ${missing} not found; ${INSTALL_HINT}. ***\n`);
  return false;
}

function withFile<T>(name: string, content: string, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'visavis-export-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, content);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** xmllint's verdict on an XLIFF file against xliff_core_2.0.xsd, never touching the network. */
export function validateXliff(xml: string): { valid: boolean; output: string } {
  return withFile('export.xlf', xml, (path) => {
    const run = spawnSync(XMLLINT ?? 'xmllint', ['--nonet', '--noout', '--schema', join(SCHEMAS, 'xliff_core_2.0.xsd'), path], {
      encoding: 'utf8',
      env: { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'catalog.xml') },
    });
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
  });
}

const TMX_DTD = fileURLToPath(new URL('../fixtures/tmx/tmx14.dtd', import.meta.url));

/** xmllint's verdict on a TMX file against the TMX 1.4 DTD. */
export function validateTmx(xml: string): { valid: boolean; output: string } {
  return withFile('export.tmx', xml, (path) => {
    const run = spawnSync(XMLLINT ?? 'xmllint', ['--nonet', '--noout', '--dtdvalid', TMX_DTD, path], { encoding: 'utf8' });
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
  });
}

const READ_TMX = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile(open(sys.argv[1], 'rb'), sourcelanguage='fr', targetlanguage='en')
print(json.dumps([{'source': u.source, 'target': u.target, 'notes': u.getnotes()} for u in store.units]))
`;

/** The units of a TMX file as translate-toolkit's TMX reader sees them. */
export function readTmx(xml: string): { source: string; target: string; notes: string }[] {
  return withFile('export.tmx', xml, (path) => JSON.parse(execFileSync(PYTHON ?? 'python3', ['-c', READ_TMX, path], { encoding: 'utf8' })) as { source: string; target: string; notes: string }[]);
}

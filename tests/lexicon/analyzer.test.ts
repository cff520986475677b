/**
 * The analyzer on Lefff's real table (built from node_modules into a temporary folder) and the
 * project's committed tagger weights: exact tags, lemmas and features on sentences that need context.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../server/lexicon/analyzer.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'visavis-analyzer-'));
const analyzer = createAnalyzer({ dataDir });
afterAll(() => {
  analyzer.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

/** `form/UPOS/lemma` per token. */
async function tagged(text: string): Promise<string[]> {
  return (await analyzer.analyze(text)).map((t) => `${text.slice(t.start, t.end)}/${t.upos}/${t.lemma}${t.guess ? '?' : ''}`);
}

describe('the analyzer', { timeout: 60_000 }, () => {
  it('tells est the auxiliary from est the east, and a the verb from a the auxiliary', async () => {
    expect(await tagged('Il est grand.')).toEqual(['Il/PRON/lui', 'est/AUX/être', 'grand/ADJ/grand', './PUNCT/.']);
    expect(await tagged('Il habite à l’est de la ville.')).toEqual(['Il/PRON/lui', 'habite/VERB/habiter', 'à/ADP/à', 'l’/DET/le', 'est/NOUN/est', 'de/ADP/de', 'la/DET/le', 'ville/NOUN/ville', './PUNCT/.']);
    expect(await tagged('Elle a une maison.')).toEqual(['Elle/PRON/lui', 'a/VERB/avoir', 'une/DET/un', 'maison/NOUN/maison', './PUNCT/.']);
    expect(await tagged('Il a un chien.')).toEqual(['Il/PRON/lui', 'a/VERB/avoir', 'un/DET/un', 'chien/NOUN/chien', './PUNCT/.']);
    expect(await tagged('Il a mangé.')).toEqual(['Il/PRON/lui', 'a/AUX/avoir', 'mangé/VERB/manger', './PUNCT/.']);
    expect(await tagged('Le chiffre a été opéré hier.')).toEqual(['Le/DET/le', 'chiffre/NOUN/chiffre', 'a/AUX/avoir', 'été/AUX/être', 'opéré/VERB/opérer', 'hier/ADV/hier', './PUNCT/.']);
  });

  it('lemmatizes accrue and s’efforcent in context, with learner features', async () => {
    const text = 'Selon eux, les pays occidentaux s’efforcent de déstabiliser la situation, sur fond de répression accrue.';
    expect(await tagged(text)).toEqual([
      'Selon/ADP/selon', 'eux/PRON/eux', ',/PUNCT/,', 'les/DET/le', 'pays/NOUN/pays', 'occidentaux/ADJ/occidental', 's’/PRON/soi', 'efforcent/VERB/efforcer', 'de/ADP/de',
      'déstabiliser/VERB/déstabiliser', 'la/DET/le', 'situation/NOUN/situation', ',/PUNCT/,', 'sur/ADP/sur', 'fond/NOUN/fond', 'de/ADP/de', 'répression/NOUN/répression', 'accrue/ADJ/accru', './PUNCT/.',
    ]);
    const tokens = await analyzer.analyze(text);
    expect(tokens[7]).toEqual({ start: 34, end: 43, lemma: 'efforcer', upos: 'VERB', features: { VerbForm: 'Fin', Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Plur' } });
    expect(tokens[17]).toEqual({ start: 97, end: 103, lemma: 'accru', upos: 'ADJ', features: { Gender: 'Fem', Number: 'Sing' } });
  });

  it('marks the lemma of a word no lexicon knows as a guess', async () => {
    expect(await tagged('La réindustrialisation a-t-elle commencé ?')).toEqual(['La/DET/le', 'réindustrialisation/NOUN/réindustrialisation?', 'a/AUX/avoir', '-t-elle/PRON/lui', 'commencé/VERB/commencer', '?/PUNCT/?']);
  });
});

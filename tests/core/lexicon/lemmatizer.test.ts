import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../../../server/core/lexicon/lefff-tags.ts';
import { lemmatize } from '../../../server/core/lexicon/lemmatizer.ts';

// Lefff 3.4's lines for these forms, as its table answers them.
const entry = (category: string, lemma: string, morph = ''): LexiconEntry => ({ category, lemma, morph });
const OPERE = [entry('adj', 'opérer', 'Kms'), entry('nc', 'opéré', 'ms'), entry('v', 'opérer', 'Kms')];
const ACCRUE = [entry('adj', 'accroître', 'Kfs'), entry('adj', 'accru', 'fs'), entry('nc', 'accrue', 'fs'), entry('v', 'accroître', 'Kfs')];
const EFFORCENT = [entry('v', 'efforcer', 'PS3p')];
const MANGE = [entry('v', 'manger', 'PS13s'), entry('v', 'manger', 'Y2s')];
const S = [entry('clar', 'clar', '3s'), entry('clr', 'clr', '3s')];
const EST = [entry('adj', 'est'), entry('auxEtre', 'être', 'P3s'), entry('nc', 'est', 'ms'), entry('v', 'être', 'P3s')];
// What the treebanks teach: UD's lemmas for clitics.
const LEMMAS = new Map([["s'\tPRON", 'soi'], ['il\tPRON', 'lui']]);

describe('lemmatize', () => {
  it('gives a participle its verb, with the features a learner needs', () => {
    expect(lemmatize('opéré', 'VERB', OPERE, LEMMAS)).toEqual({ lemma: 'opérer', features: { VerbForm: 'Part', Tense: 'Past', Gender: 'Masc', Number: 'Sing' } });
    expect(lemmatize('opéré', 'NOUN', OPERE, LEMMAS)).toEqual({ lemma: 'opéré', features: { Gender: 'Masc', Number: 'Sing' } });
  });

  it('chooses the lemma of the tag: accrue as adjective, verb or noun', () => {
    expect(lemmatize('accrue', 'ADJ', ACCRUE, LEMMAS)).toEqual({ lemma: 'accru', features: { Gender: 'Fem', Number: 'Sing' } });
    expect(lemmatize('accrue', 'VERB', ACCRUE, LEMMAS)).toEqual({ lemma: 'accroître', features: { VerbForm: 'Part', Tense: 'Past', Gender: 'Fem', Number: 'Sing' } });
    expect(lemmatize('accrue', 'NOUN', ACCRUE, LEMMAS)).toEqual({ lemma: 'accrue', features: { Gender: 'Fem', Number: 'Sing' } });
  });

  it('lemmatizes both halves of s’efforcent, the clitic by UD’s convention', () => {
    expect(lemmatize('s’', 'PRON', S, LEMMAS)).toEqual({ lemma: 'soi' });
    expect(lemmatize('efforcent', 'VERB', EFFORCENT, LEMMAS)).toEqual({ lemma: 'efforcer', features: { VerbForm: 'Fin', Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Plur' } });
  });

  it('says only what every reading agrees on: mange is first or third person', () => {
    expect(lemmatize('mange', 'VERB', MANGE, LEMMAS)).toEqual({ lemma: 'manger', features: { VerbForm: 'Fin', Mood: 'Ind', Tense: 'Pres', Number: 'Sing' } });
  });

  it('gives est the auxiliary’s lemma or the noun’s, and lower-cases a capital', () => {
    expect(lemmatize('Est', 'AUX', EST, LEMMAS)).toMatchObject({ lemma: 'être' });
    expect(lemmatize('est', 'NOUN', EST, LEMMAS)).toMatchObject({ lemma: 'est' });
    expect(lemmatize('Il', 'PRON', [entry('cln', 'cln', '3ms')], LEMMAS)).toEqual({ lemma: 'lui' });
  });

  it('takes a placeholder of Lefff for no lemma, and a word like it for one', () => {
    expect(lemmatize('client', 'NOUN', [entry('nc', 'client', 'ms')], LEMMAS)).toMatchObject({ lemma: 'client' });
    expect(lemmatize('les', 'PRON', [entry('cla', 'cla', '3p')], LEMMAS)).toEqual({ lemma: 'les' });
  });

  it('keeps names as written, and numbers in lower case', () => {
    expect(lemmatize('Vitebsk', 'PROPN', [], LEMMAS)).toEqual({ lemma: 'Vitebsk' });
    expect(lemmatize('1 000', 'NUM', [], LEMMAS)).toEqual({ lemma: '1 000' });
    expect(lemmatize('Deux', 'NUM', [entry('det', 'deux', 'p')], LEMMAS)).toEqual({ lemma: 'deux' });
  });

  it('gives an adjective Lefff knows only as a participle the participle, not the verb', () => {
    const mediatisees = [entry('adj', 'médiatiser', 'Kfp'), entry('v', 'médiatiser', 'Kfp')];
    expect(lemmatize('médiatisées', 'ADJ', mediatisees, LEMMAS)).toEqual({ lemma: 'médiatisé', features: { Gender: 'Fem', Number: 'Plur' } });
    expect(lemmatize('médiatisées', 'VERB', mediatisees, LEMMAS)).toMatchObject({ lemma: 'médiatiser' });
  });

  it('borrows the lemma of the nearest tag when Lefff lacks the chosen one', () => {
    expect(lemmatize('minéraux', 'NOUN', [entry('adj', 'minéral', 'mp')], LEMMAS)).toEqual({ lemma: 'minéral' });
  });

  it('guesses the lemma of a word no lexicon knows, and says so', () => {
    expect(lemmatize('covids', 'NOUN', [], LEMMAS)).toEqual({ lemma: 'covid', guess: true });
    expect(lemmatize('Zoomaient', 'VERB', [], LEMMAS)).toEqual({ lemma: 'zoomer', guess: true });
  });
});

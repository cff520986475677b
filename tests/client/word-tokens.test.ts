import { describe, expect, it } from 'vitest';
import { grammarKeys } from '../../client/state/word-grammar.ts';
import { analysisBatches, countWords, joinSpans, pieces, tokensBySentence, unmarkedLemmas, wantsGloss, type AnalyzedWord } from '../../client/state/word-tokens.ts';

const SENTENCE = 'L’Occident s’efforce, aujourd’hui, d’opérer <vite>.';
/** What /api/analyze answers for SENTENCE (elisions split from their word). */
const TOKENS: AnalyzedWord[] = [
  { start: 0, end: 2, lemma: 'le', upos: 'DET' },
  { start: 2, end: 10, lemma: 'Occident', upos: 'PROPN' },
  { start: 11, end: 13, lemma: 'se', upos: 'PRON' },
  { start: 13, end: 20, lemma: 'efforcer', upos: 'VERB' },
  { start: 20, end: 21, lemma: ',', upos: 'PUNCT' },
  { start: 22, end: 33, lemma: 'aujourd’hui', upos: 'ADV' },
  { start: 33, end: 34, lemma: ',', upos: 'PUNCT' },
  { start: 35, end: 37, lemma: 'de', upos: 'ADP' },
  { start: 37, end: 43, lemma: 'opérer', upos: 'VERB' },
  { start: 44, end: 45, lemma: '<', upos: 'PUNCT' },
  { start: 45, end: 49, lemma: 'vite', upos: 'ADV' },
  { start: 49, end: 50, lemma: '>', upos: 'PUNCT' },
  { start: 50, end: 51, lemma: '.', upos: 'PUNCT' },
];

describe('the words of a sentence', () => {
  it('cuts it into words and what lies between them, every character kept as text', () => {
    const cut = pieces(SENTENCE, TOKENS);
    expect(cut.map((p) => p.text).join('')).toBe(SENTENCE);
    expect(cut.filter((p) => p.token).map((p) => p.text)).toEqual(['L’', 'Occident', 's’', 'efforce', 'aujourd’hui', 'd’', 'opérer', 'vite']);
    expect(cut.filter((p) => !p.token).map((p) => p.text)).toEqual([' ', ', ', ', ', ' <', '>.']);
  });

  it('keeps the text whole when tokens overlap, run past its end or are missing', () => {
    const bad: AnalyzedWord[] = [
      { start: 3, end: 8, lemma: 'a', upos: 'NOUN' },
      { start: 5, end: 9, lemma: 'b', upos: 'NOUN' },
      { start: 40, end: 99, lemma: 'c', upos: 'NOUN' },
    ];
    const cut = pieces('Le chien noir dort.', bad);
    expect(cut).toEqual([{ text: 'Le ' }, { text: 'chien', token: bad[0] }, { text: ' noir dort.' }]);
    expect(pieces('Rien.', [])).toEqual([{ text: 'Rien.' }]);
  });

  it('counts distinct lemmas by status, keyed on the lemma (opère and opéré are one), names and punctuation left out', () => {
    const a = 'Il opère. Il a opéré.';
    const tokens: AnalyzedWord[] = [
      { start: 0, end: 2, lemma: 'il', upos: 'PRON' },
      { start: 3, end: 8, lemma: 'opérer', upos: 'VERB' },
      { start: 8, end: 9, lemma: '.', upos: 'PUNCT' },
      { start: 10, end: 12, lemma: 'il', upos: 'PRON' },
      { start: 13, end: 14, lemma: 'avoir', upos: 'AUX' },
      { start: 15, end: 20, lemma: 'opérer', upos: 'VERB' },
      { start: 20, end: 21, lemma: '.', upos: 'PUNCT' },
    ];
    const b = 'Macron part 3 fois.';
    const names: AnalyzedWord[] = [
      { start: 0, end: 6, lemma: 'Macron', upos: 'PROPN' },
      { start: 7, end: 11, lemma: 'partir', upos: 'VERB' },
      { start: 12, end: 13, lemma: '3', upos: 'NUM' },
      { start: 14, end: 18, lemma: 'fois', upos: 'NOUN' },
    ];
    const statuses = { opérer: 'learning-2', avoir: 'known', fois: 'new', partir: 'ignored' } as const;
    expect(countWords([[a, tokens], [b, names]], statuses)).toEqual({ unknown: 1, new: 1, learning: 1, known: 1, ignored: 1 });
    expect(unmarkedLemmas([[a, tokens], [b, names]], statuses)).toEqual(['il']);
    expect(unmarkedLemmas([[a, tokens]], {})).toEqual(['il', 'opérer', 'avoir']);
  });

  it('glosses words still to learn only', () => {
    const word: AnalyzedWord = { start: 0, end: 5, lemma: 'chien', upos: 'NOUN' };
    expect([undefined, 'new', 'learning-3', 'known', 'ignored'].map((s) => wantsGloss(word, s as never))).toEqual([true, true, true, false, false]);
    expect(wantsGloss({ ...word, upos: 'PROPN' }, undefined)).toBe(false);
  });
});

describe('an article in analyze requests', () => {
  const paragraphs = [
    { sentences: [{ key: '0:0', fr: 'Titre' }] },
    { sentences: [{ key: '1:0', fr: 'Une phrase.' }, { key: '1:1', fr: 'Une autre.' }] },
    { sentences: [{ key: '2:0', fr: 'Fin.' }] },
  ];

  it('joins sentences by a space and paragraphs by a blank line, within a size', () => {
    expect(analysisBatches(paragraphs, 1000)).toEqual([
      {
        text: 'Titre\n\nUne phrase. Une autre.\n\nFin.',
        places: [
          { key: '0:0', start: 0, end: 5 },
          { key: '1:0', start: 7, end: 18 },
          { key: '1:1', start: 19, end: 29 },
          { key: '2:0', start: 31, end: 35 },
        ],
      },
    ]);
    expect(analysisBatches(paragraphs, 30).map((b) => b.text)).toEqual(['Titre\n\nUne phrase. Une autre.', 'Fin.']);
    expect(analysisBatches(paragraphs, 5).map((b) => b.text)).toEqual(['Titre', 'Une phrase. Une autre.', 'Fin.']);
  });

  it('gives each sentence its tokens with offsets into it', () => {
    const [batch] = analysisBatches(paragraphs, 1000);
    const tokens: AnalyzedWord[] = [
      { start: 0, end: 5, lemma: 'titre', upos: 'NOUN' },
      { start: 7, end: 10, lemma: 'un', upos: 'DET' },
      { start: 19, end: 22, lemma: 'un', upos: 'DET' },
      { start: 23, end: 28, lemma: 'autre', upos: 'PRON' },
      { start: 31, end: 34, lemma: 'fin', upos: 'NOUN' },
    ];
    const split = tokensBySentence(batch!, tokens);
    expect([...split.keys()]).toEqual(['0:0', '1:0', '1:1', '2:0']);
    expect(split.get('1:1')).toEqual([
      { start: 0, end: 3, lemma: 'un', upos: 'DET' },
      { start: 4, end: 9, lemma: 'autre', upos: 'PRON' },
    ]);
    expect(split.get('2:0')).toEqual([{ start: 0, end: 3, lemma: 'fin', upos: 'NOUN' }]);
  });
});

describe('the grammar a learner sees', () => {
  it.each([
    ['VERB', { VerbForm: 'Part', Tense: 'Past', Gender: 'Masc', Number: 'Sing' }, ['words.pos.VERB', 'words.form.pastParticiple']],
    ['VERB', { Mood: 'Ind', Tense: 'Pres', Person: '3', Number: 'Plur' }, ['words.pos.VERB', 'words.form.indPres', 'words.person.3Plur']],
    ['VERB', { VerbForm: 'Inf' }, ['words.pos.VERB', 'words.form.infinitive']],
    ['NOUN', { Gender: 'Fem', Number: 'Plur' }, ['words.pos.NOUN', 'words.gender.Fem', 'words.number.Plur']],
    ['ADV', {}, ['words.pos.ADV']],
    ['??', { Number: 'Sing' }, ['words.number.Sing']],
  ])('%s %j', (upos, features, keys) => {
    expect(grammarKeys(upos, features)).toEqual(keys);
  });
});

describe('what the word became', () => {
  it('joins spans only white space apart, in order, and keeps the others apart', () => {
    const text = 'He carried  out an update, out.';
    expect(joinSpans(text, [{ start: 12, end: 15 }, { start: 3, end: 10 }, { start: 27, end: 30 }])).toEqual([
      { start: 3, end: 15 },
      { start: 27, end: 30 },
    ]);
    expect(joinSpans(text, [])).toEqual([]);
  });
});

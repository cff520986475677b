import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSegments, alignTexts } from '../../../server/core/align/aligner.ts';
import type { Link } from '../../../server/core/align/alignment.ts';
import type { Dictionary } from '../../../server/core/lexicon/wiktionary.ts';

/** A few entries in the shape `parseWiktionary` returns. */
const dictionary: Dictionary = new Map(
  Object.entries({
    gouvernement: ['government'],
    annoncer: ['announce'],
    mardi: ['Tuesday'],
    nouveau: ['new'],
    impôt: ['tax'],
    maire: ['mayor'],
    ville: ['city', 'town'],
    pont: ['bridge'],
    fermer: ['close', 'shut'],
    travaux: ['works', 'roadworks'],
    pluie: ['rain'],
    tomber: ['fall'],
    nuit: ['night'],
    rivière: ['river'],
    monter: ['rise', 'climb'],
    habitant: ['resident', 'inhabitant'],
    quitter: ['leave'],
    maison: ['house', 'home'],
  }).map(([head, glosses]) => [head, glosses.map((text) => ({ text, pos: 'X' }))]),
);

const SOURCE = [
  'Le gouvernement a annoncé mardi un nouvel impôt sur les grandes entreprises.',
  'Le maire de la ville a fermé le pont pour des travaux urgents.',
  'La pluie est tombée toute la nuit sur la région.',
  'La rivière est montée de deux mètres en quelques heures.',
  'Des centaines d’habitants ont dû quitter leur maison avant l’aube.',
];
const DRAFT = [
  'The government announced a new tax on large companies on Tuesday.',
  'The city mayor closed the bridge for urgent works.',
  'Rain fell all night over the region.',
  'The river rose by two metres in a few hours.',
  'Hundreds of residents had to leave their homes before dawn.',
];

const links = (source: readonly string[], draft: readonly string[]) => alignSegments(source, draft, { dictionary }).links;
const identity = (n: number): Link[] => Array.from({ length: n }, (_, i) => ({ source: [i], draft: [i] }));

describe('alignSegments', () => {
  it('pairs a faithful translation one to one', () => {
    expect(links(SOURCE, DRAFT)).toEqual(identity(5));
  });

  it('finds a sentence the draft left out (1-0)', () => {
    expect(links(SOURCE, DRAFT.filter((_, i) => i !== 2))).toEqual([
      { source: [0], draft: [0] },
      { source: [1], draft: [1] },
      { source: [2], draft: [] },
      { source: [3], draft: [2] },
      { source: [4], draft: [3] },
    ]);
  });

  it('finds a sentence the draft added (0-1)', () => {
    const draft = [...DRAFT.slice(0, 3), 'Forecasters had warned about the storm for a week, but nobody listened to them.', ...DRAFT.slice(3)];
    expect(links(SOURCE, draft)).toEqual([
      { source: [0], draft: [0] },
      { source: [1], draft: [1] },
      { source: [2], draft: [2] },
      { source: [], draft: [3] },
      { source: [3], draft: [4] },
      { source: [4], draft: [5] },
    ]);
  });

  it('merges two source sentences translated as one (2-1)', () => {
    const draft = [DRAFT[0]!, DRAFT[1]!, 'Rain fell all night over the region and the river rose by two metres in a few hours.', DRAFT[4]!];
    expect(links(SOURCE, draft)).toEqual([
      { source: [0], draft: [0] },
      { source: [1], draft: [1] },
      { source: [2, 3], draft: [2] },
      { source: [4], draft: [3] },
    ]);
  });

  it('splits one source sentence translated as two (1-2)', () => {
    const draft = [DRAFT[0]!, 'The city mayor closed the bridge.', 'Urgent works had to be done.', ...DRAFT.slice(2)];
    expect(links(SOURCE, draft)).toEqual([
      { source: [0], draft: [0] },
      { source: [1], draft: [1, 2] },
      { source: [2], draft: [3] },
      { source: [3], draft: [4] },
      { source: [4], draft: [5] },
    ]);
  });

  it('lets numbers decide which of two look-alike sentences was left out', () => {
    const source = ['Le taux est passé à 3,5 % en 2021.', 'Le taux est passé à 4,2 % en 2022.', 'Le total a atteint 1 500 points en 2023.'];
    const draft = ['The rate rose to 3.5% in 2021.', 'The total reached 1,500 points in 2023.'];
    expect(alignSegments(source, draft).links).toEqual([
      { source: [0], draft: [0] },
      { source: [1], draft: [] },
      { source: [2], draft: [1] },
    ]);
    expect(alignSegments(source, [draft[0]!, 'The rate rose to 4.2% in 2022.', draft[1]!]).links).toEqual(identity(3));
  });

  it('follows a long pair far off its diagonal (a 40-sentence gap in 200)', () => {
    const source = Array.from({ length: 200 }, (_, k) => `La ville numéro ${k + 1} compte ${(k + 1) * 37} habitants et ${k + 3} écoles.`);
    const english = Array.from({ length: 200 }, (_, k) => `Town number ${k + 1} has ${(k + 1) * 37} residents and ${k + 3} schools.`);
    const draft = [...english.slice(0, 10), ...english.slice(50)];
    expect(alignSegments(source, draft).links).toEqual([
      ...identity(10),
      { source: Array.from({ length: 40 }, (_, k) => 10 + k), draft: [] },
      ...Array.from({ length: 150 }, (_, k) => ({ source: [50 + k], draft: [10 + k] })),
    ]);
  });

  it('gives offsets into the items joined by newlines', () => {
    expect(alignSegments(['Il pleut.', 'Fin.'], ['It rains.', 'The end.'])).toEqual({
      source: [{ start: 0, end: 9 }, { start: 10, end: 14 }],
      draft: [{ start: 0, end: 9 }, { start: 10, end: 18 }],
      links: identity(2),
    });
  });

  it('handles empty sides', () => {
    expect(alignSegments([], []).links).toEqual([]);
    expect(alignSegments(['Il pleut.', 'Il vente.'], []).links).toEqual([{ source: [0, 1], draft: [] }]);
    expect(alignSegments([], ['It rains.']).links).toEqual([{ source: [], draft: [0] }]);
  });

  it('puts every sentence in exactly one link, in order', () => {
    const sentence = fc
      .array(fc.constantFrom('le', 'pont', 'maire', 'the', 'bridge', 'mayor', '3,5', '1 500', '2021', 'Paris', '?', '!', 'pluie', 'rain'), { minLength: 1, maxLength: 12 })
      .map((words) => `${words.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 30 }), fc.array(sentence, { maxLength: 30 }), (source, draft) => {
        const result = alignSegments(source, draft, { dictionary }).links;
        expect(result.flatMap((l) => l.source)).toEqual(source.map((_, i) => i));
        expect(result.flatMap((l) => l.draft)).toEqual(draft.map((_, i) => i));
        for (const link of result) expect(link.source.length + link.draft.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('alignTexts', () => {
  it('segments both languages and keeps links inside paragraphs', () => {
    const source = 'Le pont est fermé.\n\nLa pluie tombe. La rivière monte.';
    const draft = 'The bridge is closed.\n\nRain is falling and the river is rising.';
    const result = alignTexts(source, draft, { dictionary });
    expect(result.source).toEqual([{ start: 0, end: 18 }, { start: 20, end: 35 }, { start: 36, end: 53 }]);
    expect(result.draft).toEqual([{ start: 0, end: 21 }, { start: 23, end: 63 }]);
    expect(result.links).toEqual([
      { source: [0], draft: [0] },
      { source: [1, 2], draft: [1] },
    ]);
  });

  it('does not pair sentences across a paragraph break when lengths alone would', () => {
    const source = 'Le maire a fermé le pont. La ville attend.\n\nLa pluie est tombée toute la nuit.';
    const draft = 'The mayor closed the bridge.\n\nThe city is waiting. Rain fell all night.';
    expect(alignTexts(source, draft, { dictionary }).links).toEqual([
      { source: [0], draft: [0] },
      { source: [1], draft: [1] },
      { source: [2], draft: [2] },
    ]);
  });

  it('reads English abbreviations with the English rules', () => {
    const result = alignTexts('M. Smith est arrivé aux États-Unis à 17 h. Il est reparti.', 'Mr. Smith arrived in the U.S. at 5 p.m. He left again.');
    expect(result.draft).toEqual([{ start: 0, end: 39 }, { start: 40, end: 54 }]);
    expect(result.links).toEqual(identity(2));
  });
});

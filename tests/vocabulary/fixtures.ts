/** Saved words as the store returns them, for the export tests. */
import type { VocabularyEntry } from '../../server/schemas.ts';

export function savedWord(id: number, more: Partial<VocabularyEntry> = {}): VocabularyEntry {
  return {
    id, word: 'opéré', lemma: 'opérer', upos: 'VERB', features: { VerbForm: 'Part', Tense: 'Past' }, gloss: 'operate', note: '', status: 'learning-2',
    sentence: 'Les industriels ont opéré un virage.', wordStart: 20, wordEnd: 25, translation: 'Manufacturers have made a turn.', inTranslation: [{ start: 19, end: 23 }],
    documentId: 3, source: 'L’industrie', createdAt: '2026-03-02T10:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z', lookups: 2, reveals: 1, ...more,
  };
}

/** A second word whose text holds every character the formats must escape. */
export const TRICKY = savedWord(2, {
  word: 'l’Occident', lemma: 'Occident', upos: 'PROPN', features: {}, gloss: '', status: 'new',
  sentence: 'Face à « l’Occident », il dit: "a<b & {{c2::x}}",\tpuis\nrien.', wordStart: 9, wordEnd: 19,
  translation: '', inTranslation: [], documentId: null, source: '', note: 'virgule, "guillemets"\nligne 2', createdAt: '2026-03-02T10:00:00.000Z',
});

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { flagText } from '../../client/components/review-flag-text.ts';
import { en } from '../../client/locales/en.ts';
import { fr } from '../../client/locales/fr.ts';
import type { QaFlag } from '../../server/schemas.ts';

const flag = (f: Omit<QaFlag, 'link' | 'key' | 'dismissed'>): QaFlag => ({ link: 0, key: 'k', dismissed: false, ...f });

beforeAll(async () => {
  await i18next.init({ lng: 'fr', fallbackLng: 'en', resources: { en: { translation: en }, fr: { translation: fr } }, interpolation: { escapeValue: false } });
});

describe('a QA flag in the UI language', () => {
  it('says each rule in French from its params', () => {
    const said = [
      flag({ rule: 'number', severity: 'error', message: '…', params: { value: '3,5', expected: '3.5', found: '3.6' } }),
      flag({ rule: 'number', severity: 'warning', message: '…', params: { value: '2,5', expected: '2.5' } }),
      flag({ rule: 'omission', severity: 'warning', message: '…', params: { ratio: 0.35 } }),
      flag({ rule: 'untranslated', severity: 'error', message: '…', params: { reason: 'identical', frenchShare: 1 } }),
      flag({ rule: 'inconsistency', severity: 'info', message: '…', params: { firstLink: 4 } }),
    ].map(flagText);
    expect(said).toEqual([
      'Le nombre 3,5 de la source devient 3.6 dans la traduction\u00a0: écrivez 3.5.',
      '2,5 garde la virgule décimale française\u00a0: écrivez 2.5.',
      'Ici, la traduction ne fait que 35\u00a0% de la longueur de la source\u00a0: vérifiez que rien n’a été oublié.',
      'La traduction reprend ici la source française\u00a0: traduisez-la.',
      'Cette phrase est traduite autrement au lien 5\u00a0: harmonisez les deux.',
    ]);
  });

  it('falls back to the server’s English when a fact the message needs is missing, or the rule is new', () => {
    expect(flagText(flag({ rule: 'name', severity: 'warning', message: 'The name X appears as Y.', params: { name: 'X' } }))).toBe('The name X appears as Y.');
    expect(flagText(flag({ rule: 'glossary', severity: 'error', message: 'A new kind of glossary flag.' }))).toBe('A new kind of glossary flag.');
  });
});

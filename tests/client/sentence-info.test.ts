import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkText, confidenceOf } from '../../client/components/sentence-check-text.ts';
import { en } from '../../client/locales/en.ts';
import { fr } from '../../client/locales/fr.ts';

beforeAll(async () => {
  await i18next.init({ lng: 'en', fallbackLng: 'en', resources: { en: { translation: en }, fr: { translation: fr } }, interpolation: { escapeValue: false } });
});

describe('the sentence details', () => {
  it('turn the mean log-probability into a share per token, within 0–1', () => {
    expect(confidenceOf(0)).toBe(1);
    expect(confidenceOf(Math.log(0.5))).toBeCloseTo(0.5, 10);
    expect(confidenceOf(-50)).toBeLessThan(1e-20);
  });

  it('say each check in the UI language from its facts', () => {
    expect(checkText({ rule: 'number', severity: 'error', message: 'The number 1952 …', params: { value: '1952' } })).toBe('The number 1952 is not in the English.');
    expect(checkText({ rule: 'name', severity: 'warning', message: '…', params: { value: 'Merkel' } })).toBe('The name Merkel is not in the English.');
    expect(checkText({ rule: 'untranslated', severity: 'error', message: '…' })).toBe('Part of this sentence was left in French.');
  });

  it('say them in French too', async () => {
    await i18next.changeLanguage('fr');
    expect(checkText({ rule: 'number', severity: 'error', message: '…', params: { value: '1952' } })).toBe('Le nombre 1952 manque dans l’anglais.');
    await i18next.changeLanguage('en');
  });
});

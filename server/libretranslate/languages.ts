/**
 * The languages the LibreTranslate drop-in offers: French into English, and English only as a
 * target. A pair outside that is refused with LibreTranslate's own messages, never answered wrong.
 */
import { languageShares } from '../core/text/language.ts';
import { BadRequestError } from '../errors.ts';

export interface Language {
  code: string;
  name: string;
  targets: string[];
}

/** As `GET /languages` lists them. */
export const LANGUAGES: readonly Language[] = [
  { code: 'fr', name: 'French', targets: ['en'] },
  { code: 'en', name: 'English', targets: [] },
];

/** LibreTranslate's detection: a language code and a confidence from 0 to 100. */
export interface Detection {
  confidence: number;
  language: string;
}

/**
 * French or English, from the shares of their function words. A text with neither (a name, one
 * word) is taken for French, the only language translated here, with a confidence of 50.
 *
 * @example detectLanguage('Le président est arrivé à Paris.') // {confidence: 100, language: 'fr'}
 */
export function detectLanguage(text: string): Detection {
  const { french, english } = languageShares(text);
  const total = french + english;
  if (total === 0) return { confidence: 50, language: 'fr' };
  const language = english > french ? 'en' : 'fr';
  return { confidence: Math.round((1000 * Math.max(french, english)) / total) / 10, language };
}

const byCode = (code: string): Language | undefined => LANGUAGES.find((l) => l.code === code);

/**
 * Refuses what this server cannot translate, in LibreTranslate's words.
 *
 * @example checkPair('fr', 'de') // throws 'de is not supported'
 */
export function checkPair(source: string, target: string): void {
  const from = byCode(source);
  if (!from) throw new BadRequestError(`${source} is not supported`);
  const to = byCode(target);
  if (!to) throw new BadRequestError(`${target} is not supported`);
  if (!from.targets.includes(to.code)) {
    throw new BadRequestError(`${to.name} (${to.code}) is not available as a target language from ${from.name} (${from.code})`);
  }
}

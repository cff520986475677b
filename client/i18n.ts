/**
 * The one entry point for UI strings: i18next with the typed English and French resources.
 * `t` only takes keys of `locales/en.ts`, and the values its `{{placeholders}}` need. Plural
 * forms (`key_one`, `key_other`, French `key_many`) are one key taking `count`; `{{n, number}}`
 * writes a number the language's way through Intl.
 *
 * @example t('reader.done', { count: 22, seconds: '0,3' }) // '22 phrases traduites en 0,3 s'
 */
import i18next from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './locales/en.ts';
import { fr } from './locales/fr.ts';

export type Language = 'en' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'fr'];
const STORAGE_KEY = 'visavis.language';

type PluralSuffix = 'one' | 'other';

/** Every key of the English resources, dotted, plural forms as one: `'reader.done'`. */
export type MessageKey = KeysOf<typeof en>;
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? K extends `${infer Base}_${PluralSuffix}`
      ? `${Prefix}${Base}`
      : `${Prefix}${K}`
    : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type MessageAt<T, Key extends string> = Key extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? MessageAt<T[Head], Rest>
    : never
  : Key extends keyof T
    ? T[Key]
    : T[`${Key}_${PluralSuffix}` & keyof T];

/** `{{name}}` and `{{name, format}}` both need `name`. */
type Placeholders<S> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? (Name extends `${infer Bare},${string}` ? Bare : Name) | Placeholders<Rest>
  : never;

/** No second argument for a plain string; an object with exactly its placeholders otherwise. */
type ValuesOf<Key extends MessageKey> = Key extends MessageKey
  ? [Placeholders<MessageAt<typeof en, Key>>] extends [never]
    ? []
    : [values: Record<Placeholders<MessageAt<typeof en, Key>>, string | number>]
  : never;

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'fr') return stored;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

// Resources are bundled, so initialisation is synchronous and the first render is already translated.
void i18next.init({
  initAsync: false,
  lng: initialLanguage(),
  fallbackLng: 'en',
  resources: { en: { translation: en }, fr: { translation: fr } },
  // Lit renders every value as text, so escaping here would show entities to the reader.
  interpolation: { escapeValue: false },
});

export function t<Key extends MessageKey>(key: Key, ...values: ValuesOf<Key>): string {
  return i18next.t(key, values[0] ?? {});
}

/** The message for a server error code (or NETWORK) in the UI language; the server's words for a code it does not know. */
export function errorText(code: string, message: string): string {
  if (code in en.errors.codes) return i18next.t(`errors.codes.${code}`);
  return t('errors.generic', { message });
}

export function language(): Language {
  return i18next.language === 'fr' ? 'fr' : 'en';
}

/** The app's choice: remembered, and the page's own language follows it. */
export async function setLanguage(next: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, next);
  await useLanguage(next);
  document.documentElement.lang = next;
}

/** Changes the UI language for this page only: what an embedded reader on someone else's page does. */
export async function useLanguage(next: Language): Promise<void> {
  if (i18next.language !== next) await i18next.changeLanguage(next);
}

/**
 * Re-renders its host when the language changes; every component that shows strings adds one.
 *
 * @example constructor() { super(); new LocaleController(this); }
 */
export class LocaleController implements ReactiveController {
  private readonly update = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    i18next.on('languageChanged', this.update);
  }

  hostDisconnected(): void {
    i18next.off('languageChanged', this.update);
  }
}

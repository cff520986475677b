/**
 * The one entry point for UI strings: i18next with the typed English and French resources.
 */
import i18next from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './locales/en.ts';
import { fr } from './locales/fr.ts';

export type Language = 'en' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'fr'];
const STORAGE_KEY = 'visavis.language';

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
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18next.language;

export const t = i18next.t.bind(i18next);

export function language(): Language {
  return i18next.language === 'fr' ? 'fr' : 'en';
}

export async function setLanguage(next: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, next);
  await i18next.changeLanguage(next);
  document.documentElement.lang = next;
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

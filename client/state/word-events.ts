/**
 * The events of the learner's words, typed once for every listener (like `client/events.ts`):
 * a word opened in the reader, a hidden sentence revealed, the paragraphs on screen (for gloss
 * mode), a status picked in the panel, and the learner controls' toggles. All bubble and cross
 * shadow roots.
 */
import type { WordStatus } from '../../server/schemas.ts';

export type Hidden = 'english' | 'french' | 'none';

/**
 * `place`: where the panel goes so as not to cover the word (its row is in the other half of the
 * screen); `keyboard`: opened with Enter, so the panel takes the keyboard (a click leaves it on the text).
 */
export type WordOpenEvent = CustomEvent<{ key: string; start: number; place: PanelPlace; keyboard: boolean }>;
export type PanelPlace = 'top' | 'bottom';
export type SentenceRevealEvent = CustomEvent<{ key: string }>;
export type ParagraphsVisibleEvent = CustomEvent<{ paragraphs: number[] }>;
/** `save`: the word is saved with this status; otherwise only its lemma's status changes. */
export type WordStatusEvent = CustomEvent<{ status: WordStatus; save: boolean }>;
export type LearnerSettingsEvent = CustomEvent<{ hide: Hidden; glossing: boolean }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'word-open': WordOpenEvent;
    'sentence-reveal': SentenceRevealEvent;
    'paragraphs-visible': ParagraphsVisibleEvent;
    'word-status': WordStatusEvent;
    'word-close': CustomEvent<null>;
    'word-listen': CustomEvent<{ text: string }>;
    'learner-settings': LearnerSettingsEvent;
    'mark-rest-known': CustomEvent<null>;
  }
}

const options = { bubbles: true, composed: true } as const;

export const wordOpen = (key: string, start: number, place: PanelPlace = 'bottom', keyboard = false): WordOpenEvent =>
  new CustomEvent('word-open', { detail: { key, start, place, keyboard }, ...options });
export const sentenceReveal = (key: string): SentenceRevealEvent => new CustomEvent('sentence-reveal', { detail: { key }, ...options });
export const paragraphsVisible = (paragraphs: number[]): ParagraphsVisibleEvent => new CustomEvent('paragraphs-visible', { detail: { paragraphs }, ...options });
export const wordStatus = (status: WordStatus, save: boolean): WordStatusEvent => new CustomEvent('word-status', { detail: { status, save }, ...options });
export const wordClose = (): CustomEvent<null> => new CustomEvent('word-close', { detail: null, ...options });
/** Empty `text`: the sentence in focus. */
export const wordListen = (text = ''): CustomEvent<{ text: string }> => new CustomEvent('word-listen', { detail: { text }, ...options });
export const learnerSettings = (hide: Hidden, glossing: boolean): LearnerSettingsEvent => new CustomEvent('learner-settings', { detail: { hide, glossing }, ...options });
export const markRestKnown = (): CustomEvent<null> => new CustomEvent('mark-rest-known', { detail: null, ...options });

/**
 * The shell's side of the learner features, as a controller: hears the reader's, the panel's and
 * the controls' events where they arrive (on the shell; they bubble and cross shadow roots) and
 * turns them into the word session's calls; keeps the learner's settings (the side hidden, gloss
 * mode: remembered in this browser), the sentence in focus for Listen, and the line announced
 * after an action.
 *
 * @example const learner = new WordWiring(this, words); html`<aligned-reader hide=${learner.hide}>`
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PositionChangeEvent } from '../events.ts';
import { t } from '../i18n.ts';
import type { Hidden, LearnerSettingsEvent, PanelPlace, ParagraphsVisibleEvent, SentenceRevealEvent, WordOpenEvent, WordStatusEvent } from './word-events.ts';
import type { WordSession } from './word-session.ts';
import { FrenchSpeech } from './word-speech.ts';

const SETTINGS_KEY = 'visavis.learner';

interface Settings {
  hide: Hidden;
  glossing: boolean;
}

function storedSettings(): Settings {
  try {
    const value = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<Settings>;
    const hide = value.hide === 'english' || value.hide === 'french' ? value.hide : 'none';
    return { hide, glossing: value.glossing === true };
  } catch {
    return { hide: 'none', glossing: false };
  }
}

/** The reader the word panel gives the focus back to. */
interface WordFocus {
  focusWord(key: string, start: number): Promise<void>;
}

export class WordWiring implements ReactiveController {
  hide: Hidden;
  glossing: boolean;
  /** What the last action did, for the controls to announce. */
  status = '';
  /** Where the word panel goes: away from the word. */
  place: PanelPlace = 'bottom';
  /** The word was opened with the keyboard: the panel takes it. */
  grab = false;
  readonly speech: FrenchSpeech;
  private position = 0;

  private readonly listeners: [string, (event: Event) => void][] = [
    ['word-open', (e) => this.openWord(e as WordOpenEvent)],
    ['sentence-reveal', (e) => this.words.revealed((e as SentenceRevealEvent).detail.key)],
    ['paragraphs-visible', (e) => this.words.wantGlosses((e as ParagraphsVisibleEvent).detail.paragraphs)],
    ['word-status', (e) => void this.pickStatus(e as WordStatusEvent)],
    ['word-close', () => this.closeWord()],
    ['word-listen', (e) => this.listen((e as CustomEvent<{ text: string }>).detail.text)],
    ['learner-settings', (e) => this.settle((e as LearnerSettingsEvent).detail)],
    ['mark-rest-known', () => void this.markRest()],
    ['position-change', (e) => (this.position = (e as PositionChangeEvent).detail.position)],
  ];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly words: WordSession,
    private readonly reader: () => WordFocus | null,
  ) {
    ({ hide: this.hide, glossing: this.glossing } = storedSettings());
    this.speech = new FrenchSpeech(host);
    host.addController(this);
  }

  hostConnected(): void {
    for (const [type, listener] of this.listeners) this.host.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of this.listeners) this.host.removeEventListener(type, listener);
  }

  private openWord({ detail }: WordOpenEvent): void {
    this.place = detail.place;
    this.grab = detail.keyboard;
    void this.words.open(detail.key, detail.start);
  }

  private async pickStatus({ detail }: WordStatusEvent): Promise<void> {
    if (detail.save) await this.words.save(detail.status);
    else await this.words.setStatus(detail.status);
  }

  private closeWord(): void {
    const word = this.words.word;
    this.words.close();
    if (word) void this.reader()?.focusWord(word.key, word.start);
  }

  /** '' reads the sentence in focus. */
  private listen(text: string): void {
    this.speech.speak(text || this.words.sentenceAt(this.position));
  }

  private settle(settings: Settings): void {
    this.hide = settings.hide;
    this.glossing = settings.glossing;
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    this.host.requestUpdate();
  }

  private async markRest(): Promise<void> {
    try {
      const count = await this.words.markRestKnown();
      this.status = t('words.markedRest', { count });
    } catch (error) {
      this.status = error instanceof Error ? error.message : String(error);
    }
    this.host.requestUpdate();
  }
}

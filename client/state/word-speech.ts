/**
 * Reading French aloud with the browser's speech synthesis, in a French voice: none means no
 * Listen button. Voices arrive late in some browsers (`voiceschanged`), so the host re-renders
 * when they do.
 *
 * @example const speech = new FrenchSpeech(this); if (speech.available) speech.speak('Bonjour.');
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The best French voice: one for France first, then any French one. */
export function frenchVoice(voices: readonly Pick<SpeechSynthesisVoice, 'lang'>[]): number {
  const lang = (v: Pick<SpeechSynthesisVoice, 'lang'>) => v.lang.toLowerCase().replace('_', '-');
  const france = voices.findIndex((v) => lang(v) === 'fr-fr');
  return france !== -1 ? france : voices.findIndex((v) => lang(v).startsWith('fr'));
}

export class FrenchSpeech implements ReactiveController {
  private voice: SpeechSynthesisVoice | undefined;
  private readonly synth: SpeechSynthesis | undefined = globalThis.speechSynthesis;
  private readonly refresh = (): void => {
    const voices = this.synth?.getVoices() ?? [];
    const next = voices[frenchVoice(voices)];
    if (next !== this.voice) {
      this.voice = next;
      this.host.requestUpdate();
    }
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get available(): boolean {
    return this.voice !== undefined;
  }

  hostConnected(): void {
    this.synth?.addEventListener('voiceschanged', this.refresh);
    this.refresh();
  }

  hostDisconnected(): void {
    this.synth?.removeEventListener('voiceschanged', this.refresh);
  }

  /** Reads `text` aloud, cutting off whatever was being read. */
  speak(text: string): void {
    if (!this.synth || !this.voice || !text.trim()) return;
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    this.synth.speak(utterance);
  }
}

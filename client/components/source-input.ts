import { LitElement, html, nothing } from 'lit';
import { segment } from '../api.ts';
import { submitText } from '../events.ts';
import { LocaleController, t } from '../i18n.ts';
import { looksLikeMarkup, markupToText, singleUrl } from '../input-text.ts';
import { buttons, focusRing } from '../styles/controls.ts';
import { sourceInputStyles } from '../styles/source-input.ts';

const TEXT_FILE = /\.(txt|text|md|html?|xhtml)$/i;
const HTML_FILE = /\.x?html?$/i;

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252: French files saved on Windows often are. */
function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The article text of some markup: the server's extraction (Readability) for a page, the
 * browser's parser for a fragment the server reads as text, or when the server cannot say.
 */
async function plainText(markup: string): Promise<string> {
  const extracted = await segment(markup).catch(() => undefined);
  return extracted?.text ?? markupToText(markup);
}

/**
 * Where an article comes in: paste it (or its web address) into the text area, or drop (or
 * open) a .txt or .html file. Markup, pasted or opened, becomes its text before it reaches the box.
 *
 * @fires submit-text - with the text to read and where it came from ("pasted", a file name)
 * @cssproperty --vv-color-accent - the primary button, focus ring and drop outline
 * @cssproperty --vv-font-reading - the typeface of the text area
 */
export class SourceInput extends LitElement {
  static override properties = {
    text: { type: String },
    busy: { type: Boolean },
    status: { type: String },
    dragging: { state: true },
    cleaning: { state: true },
    fileError: { state: true },
  };

  declare text: string;
  declare busy: boolean;
  /** What the shell is doing with the text (fetching, opening), said while `busy`. */
  declare status: string;
  declare dragging: boolean;
  declare cleaning: boolean;
  declare fileError: string;
  private source = 'pasted';

  constructor() {
    super();
    new LocaleController(this);
    this.text = '';
    this.busy = false;
    this.status = '';
    this.dragging = false;
    this.cleaning = false;
    this.fileError = '';
  }

  static override styles = [buttons, focusRing, sourceInputStyles];

  private async readFile(file: File): Promise<void> {
    this.fileError = '';
    if (!TEXT_FILE.test(file.name) && !file.type.startsWith('text/')) {
      this.fileError = t('input.notText', { name: file.name });
      return;
    }
    try {
      const text = decodeText(await file.arrayBuffer());
      const markup = HTML_FILE.test(file.name) || file.type === 'text/html' || looksLikeMarkup(text);
      if (markup) this.cleaning = true;
      this.text = markup ? await plainText(text) : text;
      this.source = file.name;
    } catch (error) {
      this.fileError = t('input.fileError', { name: file.name, message: error instanceof Error ? error.message : String(error) });
    } finally {
      this.cleaning = false;
    }
  }

  /** Pasted markup is replaced by its text where it would have gone; plain text pastes as usual. */
  private async onPaste(event: ClipboardEvent): Promise<void> {
    const area = event.target as HTMLTextAreaElement;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const whole = area.selectionStart === 0 && area.selectionEnd === this.text.length;
    if (whole || !this.text.trim()) this.source = 'pasted';
    if (!looksLikeMarkup(pasted)) return;
    event.preventDefault();
    const [start, end] = [area.selectionStart, area.selectionEnd];
    this.cleaning = true;
    try {
      const clean = await plainText(pasted);
      this.text = this.text.slice(0, start) + clean + this.text.slice(end);
    } finally {
      this.cleaning = false;
    }
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.readFile(file);
  }

  private submit(): void {
    if (this.text.trim() && !this.busy && !this.cleaning) this.dispatchEvent(submitText(this.text, this.source));
  }

  private statusText(url: string | undefined): string {
    if (this.busy && this.status) return this.status;
    if (this.cleaning) return t('input.cleaning');
    return url ? t('input.url', { host: new URL(url).host }) : '';
  }

  override render() {
    const url = singleUrl(this.text);
    const status = this.statusText(url);
    return html`
      <h1>${t('input.heading')}</h1>
      <label for="source">${t('input.label')}</label>
      <div
        class="zone ${this.dragging ? 'dragging' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.dragging = true;
        }}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <textarea
          id="source"
          lang="fr"
          spellcheck="false"
          aria-describedby="status"
          .value=${this.text}
          placeholder=${t('input.placeholder')}
          @input=${(e: InputEvent) => (this.text = (e.target as HTMLTextAreaElement).value)}
          @paste=${(e: ClipboardEvent) => void this.onPaste(e)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) this.submit();
          }}
        ></textarea>
        ${this.dragging ? html`<div class="overlay">${t('input.drop')}</div>` : nothing}
      </div>
      <p class="status" id="status" role="status">${status}</p>
      ${this.fileError ? html`<p class="error" role="alert">${this.fileError}</p>` : nothing}
      <div class="bar">
        <button class="button primary" ?disabled=${!this.text.trim() || this.busy || this.cleaning} @click=${this.submit}>
          ${url ? t('input.fetch') : t('input.translate')}
        </button>
        <button class="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>
          ${t('input.openFile')}
        </button>
        <input
          type="file"
          accept=".txt,.text,.md,.html,.htm,text/plain,text/html"
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void this.readFile(file);
          }}
        />
        <span class="count">${t('input.chars', { count: this.text.length })}</span>
        <span class="spacer"></span>
        <span class="privacy">${t('input.privacy')}</span>
      </div>
    `;
  }
}

customElements.define('source-input', SourceInput);

declare global {
  interface HTMLElementTagNameMap {
    'source-input': SourceInput;
  }
}

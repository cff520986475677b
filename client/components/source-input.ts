import { LitElement, css, html } from 'lit';
import { submitText } from '../events.ts';
import { LocaleController, t } from '../i18n.ts';

const TEXT_FILE = /\.(txt|text|md|html?|xhtml)$/i;

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252: French files saved on Windows often are. */
function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Where an article comes in: paste into the text area, or drop (or open) a .txt or .html file.
 *
 * @fires submit-text - with the text to read
 * @cssproperty --vv-color-accent - the primary button, focus ring and drop outline
 * @cssproperty --vv-font-reading - the typeface of the text area
 */
export class SourceInput extends LitElement {
  static override properties = {
    text: { type: String },
    busy: { type: Boolean },
    dragging: { state: true },
    fileError: { state: true },
  };

  declare text: string;
  declare busy: boolean;
  declare dragging: boolean;
  declare fileError: string;

  constructor() {
    super();
    new LocaleController(this);
    this.text = '';
    this.busy = false;
    this.dragging = false;
    this.fileError = '';
  }

  static override styles = css`
    :host {
      display: block;
      font-family: var(--vv-font-ui);
    }
    label {
      display: block;
      font-weight: 600;
      font-size: 0.8rem;
      letter-spacing: 0.1em;
      text-transform: uppercase;
      color: var(--vv-color-muted);
      margin-bottom: 0.5rem;
    }
    .zone {
      position: relative;
      border: 1px solid var(--vv-color-line-strong);
      border-radius: var(--vv-radius-l);
      background: var(--vv-color-surface);
      box-shadow: var(--vv-shadow-raised);
    }
    .zone.dragging {
      border: 2px dashed var(--vv-color-accent);
      background: var(--vv-color-accent-wash);
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-height: 22rem;
      resize: vertical;
      border: 0;
      border-radius: var(--vv-radius-l);
      padding: 1rem 1.1rem;
      font: var(--vv-text-m)/1.6 var(--vv-font-reading);
      color: var(--vv-color-ink);
      background: transparent;
    }
    textarea:focus {
      outline: 2px solid var(--vv-color-accent);
      outline-offset: -2px;
    }
    .overlay {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      font-weight: 600;
      color: var(--vv-color-accent);
      pointer-events: none;
    }
    .bar {
      display: flex;
      align-items: center;
      gap: 1rem;
      margin-top: var(--vv-space-m);
      flex-wrap: wrap;
    }
    .count,
    .privacy {
      color: var(--vv-color-subtle);
      font-size: var(--vv-text-s);
    }
    .spacer {
      flex: 1;
    }
    button {
      font: inherit;
      border-radius: var(--vv-radius-m);
      padding: var(--vv-space-s) var(--vv-space-l);
      cursor: pointer;
    }
    .primary {
      background: var(--vv-color-accent);
      color: var(--vv-color-on-accent);
      border: 1px solid var(--vv-color-accent);
      font-weight: 600;
    }
    .primary:disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }
    .secondary {
      background: var(--vv-color-surface);
      border: 1px solid var(--vv-color-control-line);
      color: var(--vv-color-ink-soft);
    }
    .error {
      color: var(--vv-color-danger);
      margin-top: var(--vv-space-s);
    }
    input[type='file'] {
      display: none;
    }
  `;

  private async readFile(file: File): Promise<void> {
    this.fileError = '';
    if (!TEXT_FILE.test(file.name) && !file.type.startsWith('text/')) {
      this.fileError = t('input.notText', { name: file.name });
      return;
    }
    try {
      this.text = decodeText(await file.arrayBuffer());
    } catch (error) {
      this.fileError = t('input.fileError', { name: file.name, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.readFile(file);
  }

  private submit(): void {
    if (this.text.trim() && !this.busy) this.dispatchEvent(submitText(this.text));
  }

  override render() {
    return html`
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
          .value=${this.text}
          placeholder=${t('input.placeholder')}
          @input=${(e: InputEvent) => (this.text = (e.target as HTMLTextAreaElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) this.submit();
          }}
        ></textarea>
        ${this.dragging ? html`<div class="overlay">${t('input.drop')}</div>` : ''}
      </div>
      ${this.fileError ? html`<p class="error" role="alert">${this.fileError}</p>` : ''}
      <div class="bar">
        <button class="primary" ?disabled=${!this.text.trim() || this.busy} @click=${this.submit}>${t('input.translate')}</button>
        <button class="secondary" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>.txt / .html…</button>
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

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
      font-family: system-ui, sans-serif;
    }
    label {
      display: block;
      font-weight: 600;
      font-size: 0.8rem;
      letter-spacing: 0.1em;
      text-transform: uppercase;
      color: #6d665c;
      margin-bottom: 0.5rem;
    }
    .zone {
      position: relative;
      border: 1px solid #d9d2c5;
      border-radius: 10px;
      background: #fff;
      box-shadow: 0 1px 2px rgba(40, 30, 10, 0.05);
    }
    .zone.dragging {
      border: 2px dashed #2f5d8a;
      background: #f3f7fb;
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-height: 22rem;
      resize: vertical;
      border: 0;
      border-radius: 10px;
      padding: 1rem 1.1rem;
      font: 1rem/1.6 'Iowan Old Style', 'Charter', 'DejaVu Serif', Georgia, serif;
      color: #1d1b18;
      background: transparent;
    }
    textarea:focus {
      outline: 2px solid #2f5d8a;
      outline-offset: -2px;
    }
    .overlay {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      font-weight: 600;
      color: #2f5d8a;
      pointer-events: none;
    }
    .bar {
      display: flex;
      align-items: center;
      gap: 1rem;
      margin-top: 0.9rem;
      flex-wrap: wrap;
    }
    .count,
    .privacy {
      color: #8a8276;
      font-size: 0.85rem;
    }
    .spacer {
      flex: 1;
    }
    button {
      font: inherit;
      border-radius: 8px;
      padding: 0.6rem 1.2rem;
      cursor: pointer;
    }
    .primary {
      background: #2f5d8a;
      color: #fff;
      border: 1px solid #2f5d8a;
      font-weight: 600;
    }
    .primary:disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }
    .secondary {
      background: #fff;
      border: 1px solid #cfc7b8;
      color: #3d382f;
    }
    .error {
      color: #a3302a;
      margin-top: 0.6rem;
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

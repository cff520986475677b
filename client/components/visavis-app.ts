import { LitElement, html, nothing } from 'lit';
import type { LayoutChangeEvent, PositionChangeEvent, SubmitTextEvent } from '../events.ts';
import { bilingualHtml, download, fileName } from '../export.ts';
import { LocaleController, errorText, t } from '../i18n.ts';
import { Router, type Route } from '../router.ts';
import { ModelHealth } from '../state/model-health.ts';
import { OpenDocument } from '../state/open-document.ts';
import { ReadingSession } from '../state/reading-session.ts';
import { WordSession } from '../state/word-session.ts';
import { WordWiring } from '../state/word-wiring.ts';
import { appStyles } from '../styles/app.ts';
import { focusRing } from '../styles/controls.ts';
import type { Layout } from './aligned-reader.ts';
import './aligned-reader.ts';
import './library-view.ts';
import './model-banner.ts';
import './reading-progress.ts';
import './review-view.ts';
import './source-input.ts';
import './visavis-header.ts';
import './learner-controls.ts';
import './vocabulary-view.ts';
import './word-panel.ts';
import './sentence-info.ts';

const LAYOUT_KEY = 'visavis.layout';

function storedLayout(): Layout {
  return localStorage.getItem(LAYOUT_KEY) === 'interleaved' ? 'interleaved' : 'side';
}

/**
 * The application shell: follows the address (#/, #/library, #/doc/<id>), renders the screen it
 * names, and wires the events of its children to the state controllers; the state lives there.
 *
 * @cssproperty --vv-content-width - the widest the page's content gets
 * @cssproperty --vv-color-page - the page's background
 */
export class VisavisApp extends LitElement {
  static override properties = { layout: { state: true }, position: { state: true } };

  declare layout: Layout;
  /** The sentence the reader is on (document order), for its details; -1 before any move. */
  declare position: number;

  private readonly session: ReadingSession;
  private readonly health: ModelHealth;
  private readonly documents: OpenDocument;
  private readonly router: Router;
  /** The open article's words (statuses, the word panel), and the learner's settings and events. */
  private readonly words = new WordSession(this);
  private readonly learner = new WordWiring(this, this.words, () => this.renderRoot.querySelector('aligned-reader'));
  /** The last position goes out with the page, in a request that outlives it. */
  private readonly leave = (): void => this.documents.saver.flush({ keepalive: true });
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.leave();
  };

  constructor() {
    super();
    new LocaleController(this);
    this.layout = storedLayout();
    this.position = -1;
    this.health = new ModelHealth(this, { onReady: () => void this.session.resume() });
    this.session = new ReadingSession(this, { onModelUnavailable: () => this.health.markUnavailable() });
    this.documents = new OpenDocument(this, this.session);
    this.router = new Router(this, (route) => this.show(route));
  }

  static override styles = [focusRing, appStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.leave);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.leave);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** What each address shows: a document opens (at its position); any other screen closes it. */
  private show(route: Route): void {
    if (route.name === 'doc') void this.documents.open(route.id);
    else this.documents.close();
  }

  private async submit(event: SubmitTextEvent): Promise<void> {
    const id = await this.documents.add(event.detail);
    if (id !== undefined) this.router.go({ name: 'doc', id });
  }

  private newText(): void {
    this.documents.close();
    this.router.go({ name: 'input' });
  }

  private setLayout(event: LayoutChangeEvent): void {
    this.layout = event.detail.layout;
    localStorage.setItem(LAYOUT_KEY, this.layout);
  }

  private exportDocument(): void {
    const doc = this.documents.doc;
    const title = doc?.title ?? this.session.paragraphs[0]?.sentences.map((s) => s.fr).join(' ') ?? t('app.name');
    download(fileName(title), bilingualHtml({ title, source: doc?.source ?? 'pasted', paragraphs: this.session.paragraphs }));
  }

  /** The error to show, in the UI language: the document's, the reading's, or the server's silence. */
  private errorMessage(): string | undefined {
    const error = this.documents.error ?? this.session.error;
    if (error) return errorText(error.code, error.message);
    return this.health.unreachable ? errorText('NETWORK', '') : undefined;
  }

  protected override willUpdate(): void {
    const reading = this.router.route.name === 'doc' || this.router.route.name === 'input';
    this.words.load(reading ? this.session.paragraphs : [], this.documents.doc?.id);
  }

  protected override updated(): void {
    const route = this.router.route.name;
    const doc = this.documents.doc;
    const title = route === 'review' ? t('review.title') : route === 'vocabulary' ? t('vocabulary.titlePage') : route === 'library' ? t('app.titleLibrary') : route === 'doc' && doc ? t('app.titleDocument', { title: doc.title }) : t('app.title');
    if (document.title !== title) document.title = title;
  }

  private moved(position: number): void {
    this.position = position;
    this.documents.moved(position);
  }

  private reader() {
    const session = this.session;
    const unsaved = this.documents.unsaved;
    const learner = this.learner;
    const counts = this.words.tokens.size > 0 ? this.words.counts : undefined;
    const failure = this.words.failure;
    const status = failure ? t('words.failed', { reason: errorText(failure.code, failure.message) }) : '';
    return html`${unsaved ? html`<p class="notice" role="status">${t('reader.notSaved', { reason: errorText(unsaved.code, unsaved.message) })}</p>` : nothing}
      <div class="above ${this.layout}">
        <reading-progress .translated=${session.translated} .total=${session.total} .seconds=${session.seconds}></reading-progress>
        <p class="hint">${t('words.keys')}</p>
        <learner-controls hide=${learner.hide} ?glossing=${learner.glossing} .counts=${counts} ?speakable=${learner.speech.available} status=${status}></learner-controls>
      </div>
      <aligned-reader
        .paragraphs=${session.paragraphs}
        .start=${this.documents.start}
        .words=${this.words.view}
        hide=${learner.hide}
        ?glossing=${learner.glossing}
        layout=${this.layout}
        @position-change=${(e: PositionChangeEvent) => this.moved(e.detail.position)}
      ></aligned-reader>
      <sentence-info .sentence=${session.paragraphs.flatMap((p) => p.sentences)[this.position]}></sentence-info>
      <learner-controls placement="end" .counts=${counts} status=${learner.status} ?sheet=${this.words.word !== undefined}></learner-controls>
      <word-panel place=${learner.place} ?grab=${learner.grab} .word=${this.words.word} status=${this.words.status ?? nothing} ?speakable=${learner.speech.available}></word-panel>`;
  }

  private screen() {
    const route = this.router.route;
    const documents = this.documents;
    if (route.name === 'library') return html`<library-view></library-view>`;
    if (route.name === 'review') return html`<review-view .reviewId=${route.id}></review-view>`;
    if (route.name === 'vocabulary') return html`<vocabulary-view></vocabulary-view>`;
    if (this.session.paragraphs.length > 0) return this.reader();
    if (route.name === 'doc') {
      return documents.status === 'error'
        ? html`<p><a href="#/library">${t('app.library')}</a></p>`
        : html`<p class="hint" role="status">${t('reader.opening')}</p>`;
    }
    const busy = documents.status === 'importing' || documents.status === 'saving' || this.session.busy;
    return html`<source-input
      .text=${this.session.text}
      ?busy=${busy}
      status=${documents.status === 'importing' ? t('input.importing') : busy ? t('input.saving') : ''}
      @submit-text=${(e: SubmitTextEvent) => void this.submit(e)}
    ></source-input>`;
  }

  override render() {
    const route = this.router.route.name;
    const reading = route !== 'library' && route !== 'review' && route !== 'vocabulary' && this.session.paragraphs.length > 0;
    const error = this.errorMessage();
    return html`
      <visavis-header
        layout=${this.layout}
        .route=${route}
        ?reading=${reading}
        @layout-change=${this.setLayout}
        @new-text=${this.newText}
        @export-document=${this.exportDocument}
      ></visavis-header>
      <main>
        <model-banner .status=${this.health.status}></model-banner>
        ${error ? html`<div class="error" role="alert">${error}</div>` : nothing}
        ${this.screen()}
      </main>
    `;
  }
}

customElements.define('visavis-app', VisavisApp);

declare global {
  interface HTMLElementTagNameMap {
    'visavis-app': VisavisApp;
  }
}

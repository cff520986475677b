/**
 * The aligned reader's rows as Lit templates. A row is one paragraph: a heading (h1 for the
 * headline, h2 for a sub-heading), a list item (consecutive items share one list), or a block.
 * Rows come in guarded blocks, each row guarded too: while translations stream in, a render walks
 * the blocks and renders again only the rows that changed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import type { Language } from '../i18n.ts';
import { paragraphOf, type ReaderParagraph, type ReaderSentence } from '../reader-model.ts';
import { glossKey, type WordView } from '../state/word-view.ts';
import { isVocabulary, pieces, wantsGloss, type AnalyzedWord, type Piece } from '../state/word-tokens.ts';

export type Side = 'fr' | 'en';
/** `side`: two columns; `pairs`: each French sentence with its English right below. */
export type RowMode = 'side' | 'pairs';

/** A list item whose text starts with its own marker (a bullet, a number, a dash) needs no drawn one. */
const MARKER = /^(?:[•·▪►*\-–—]|\d{1,3}[.)]|[a-z]\))/u;

/** What the rows show beyond the text; a row renders again only when its share of this changes. */
export interface RowState {
  mode: RowMode;
  /** The keyboard position: its pair is highlighted. */
  active: string;
  /** The sentence that takes Tab (roving tabindex): the keyboard's, or the first before any move. */
  tab: string;
  side: Side;
  /** The pair under the mouse: highlighted, without moving the keyboard position. */
  hovered: string;
  lang: Language;
  /** The UI's words, looked up once per render rather than once per sentence. */
  labels: { pending: string; untranslated: string };
  /** The French words, their statuses and glosses; none: the sentences are plain text (the embed). */
  words?: WordView;
  /** Gloss mode: the top gloss above every word still to learn. */
  glossing: boolean;
  /** The pair shown although its side is hidden. */
  revealed: string;
}

/** A word as a span the reader can open, coloured by its lemma's status (names and numbers never are); its text as text. */
function wordNode(piece: Piece, key: string, state: RowState): HTMLElement {
  const token = piece.token!;
  const words = state.words!;
  const status = words.statuses[token.lemma];
  const span = document.createElement('span');
  span.className = `w ${isVocabulary(token) ? `st-${status ?? 'unknown'}` : 'name'}`;
  span.dataset.start = String(token.start);
  span.tabIndex = -1;
  const gloss = state.glossing && wantsGloss(token, status) ? words.glosses.get(glossKey(key, token.start)) : undefined;
  if (gloss === undefined) span.textContent = piece.text;
  else {
    const rt = Object.assign(document.createElement('rt'), { lang: 'en', textContent: gloss });
    const ruby = document.createElement('ruby');
    ruby.append(piece.text, rt);
    span.append(ruby);
  }
  return span;
}

/**
 * A sentence's words, built as DOM nodes (thousands of small templates would make a long task
 * when an article's words arrive) once per state of its words, then handed to Lit again as the
 * same fragment: a render of the row for another reason keeps the nodes, and the focus on one.
 */
const built = new WeakMap<object, { sig: string; fragment: DocumentFragment; first: Node | null }>();

function frenchWords(s: ReaderSentence, shown: string, tokens: readonly AnalyzedWord[], state: RowState): DocumentFragment {
  const words = state.words!;
  const sig = `${state.mode}|${words.statusRev}|${state.glossing ? (words.glossRev.get(paragraphOf(s.key)) ?? 0) : '-'}|${shown}`;
  const cached = built.get(tokens);
  if (cached?.sig === sig && (cached.fragment.firstChild || cached.first?.isConnected)) return cached.fragment;
  const fragment = document.createDocumentFragment();
  for (const p of pieces(shown, tokens)) fragment.append(p.token ? wordNode(p, s.key, state) : p.text);
  built.set(tokens, { sig, fragment, first: fragment.firstChild });
  return fragment;
}

/** The French as words and what lies between them, every character as text; the English with the open word's counterpart lit. */
function sentenceText(s: ReaderSentence, side: Side, shown: string, state: RowState): unknown {
  const words = state.words;
  const tokens = side === 'fr' ? words?.tokens.get(s.key) : undefined;
  if (tokens) return frenchWords(s, shown, tokens, state);
  const lit = side === 'en' && words?.lit?.key === s.key && s.en ? words.lit.spans : undefined;
  if (!lit) return shown;
  const out: unknown[] = [];
  let at = 0;
  for (const span of lit) {
    if (span.start < at || span.end > shown.length) continue;
    out.push(shown.slice(at, span.start), html`<mark>${shown.slice(span.start, span.end)}</mark>`);
    at = span.end;
  }
  out.push(shown.slice(at));
  return out;
}

function sentence(s: ReaderSentence, side: Side, state: RowState): TemplateResult {
  const text = side === 'fr' ? s.fr : s.en;
  const active = s.key === state.active;
  const classes = {
    s: true,
    [side]: true,
    active,
    hover: !active && s.key === state.hovered,
    pending: text === undefined,
    missing: text === '',
    revealed: s.key === state.revealed,
    // A quiet mark: a number or a name the translation may have lost (details below the reader).
    checked: side === 'en' && (s.checks?.length ?? 0) > 0,
  };
  // Rendered as text: whatever the article holds never becomes markup.
  const shown = text === undefined ? state.labels.pending : text === '' ? '—' : text;
  return html`<span
    class=${classMap(classes)}
    id=${side === 'en' ? `en-${s.key}` : nothing}
    data-key=${s.key}
    data-side=${side}
    lang=${side}
    tabindex=${s.key === state.tab && side === state.side ? 0 : -1}
    aria-describedby=${side === 'fr' ? `en-${s.key}` : nothing}
    title=${text === '' ? state.labels.untranslated : nothing}
    >${sentenceText(s, side, shown, state)}</span
  >`;
}

function content(p: ReaderParagraph, state: RowState): TemplateResult {
  if (state.mode === 'pairs') {
    return html`${p.sentences.map((s) => html`<span class="pair">${sentence(s, 'fr', state)} ${sentence(s, 'en', state)}</span>`)}`;
  }
  const side = (which: Side) => html`<span class="cell ${which}">${p.sentences.map((s, i) => html`${i ? ' ' : ''}${sentence(s, which, state)}`)}</span>`;
  return html`${side('fr')}${side('en')}`;
}

function row(p: ReaderParagraph, index: number, classes: string, state: RowState): TemplateResult {
  const inner = content(p, state);
  switch (p.kind) {
    case 'title':
      return html`<h1 class=${classes} data-paragraph=${index}>${inner}</h1>`;
    case 'heading':
      return html`<h2 class=${classes} data-paragraph=${index}>${inner}</h2>`;
    case 'item':
      return html`<li class=${classes} data-paragraph=${index}>${inner}</li>`;
    default:
      return html`<div class=${classes} data-paragraph=${index}>${inner}</div>`;
  }
}

/** Paragraphs per block: a render walks the blocks, and enters only those whose content changed. */
export const BLOCK = 15;

/** The key's paragraph when it lies in [start, end), else ''. */
function within(key: string, start: number, end: number): string {
  const paragraph = paragraphOf(key);
  return paragraph >= start && paragraph < end ? key : '';
}

/** What a range of paragraphs shows beyond their text; guard compares it item by item. */
function deps(paragraphs: readonly ReaderParagraph[], start: number, end: number, state: RowState): unknown[] {
  const tab = within(state.tab, start, end);
  const shown = [within(state.hovered, start, end), within(state.revealed, start, end)];
  return [state.mode, state.lang, within(state.active, start, end), tab, tab && state.side, ...shown, ...wordDeps(paragraphs, start, end, state), ...paragraphs.slice(start, end)];
}

/** The range's share of the words: its sentences' tokens, the statuses, its glosses and its lit English. */
function wordDeps(paragraphs: readonly ReaderParagraph[], start: number, end: number, state: RowState): unknown[] {
  const words = state.words;
  if (!words) return [];
  const lit = words.lit && within(words.lit.key, start, end) ? words.lit : undefined;
  const out: unknown[] = [words.statusRev, state.glossing, lit];
  for (let i = start; i < end; i++) {
    if (state.glossing) out.push(words.glossRev.get(i));
    for (const s of paragraphs[i]!.sentences) out.push(words.tokens.get(s.key));
  }
  return out;
}

function blockRows(paragraphs: readonly ReaderParagraph[], start: number, end: number, firstAside: number, state: RowState): unknown[] {
  const out: unknown[] = [];
  const one = (index: number): unknown => {
    const p = paragraphs[index]!;
    const marked = p.kind === 'item' && MARKER.test(p.sentences[0]?.fr ?? '');
    const classes = `row ${p.kind}${index === firstAside ? ' first' : ''}${marked ? ' marked' : ''}`;
    return guard([classes, ...deps(paragraphs, index, index + 1, state)], () => row(p, index, classes, state));
  };
  for (let i = start; i < end; i++) {
    if (paragraphs[i]!.kind !== 'item') {
      out.push(one(i));
      continue;
    }
    const items: unknown[] = [];
    for (; i < end && paragraphs[i]!.kind === 'item'; i++) items.push(one(i));
    i -= 1;
    out.push(html`<ul class="items">${items}</ul>`);
  }
  return out;
}

/**
 * The paragraphs from the first up to `limit` (rounded up to a whole block), as guarded blocks of
 * rows. A block never ends inside a list, so consecutive items always share one list.
 */
export function rows(paragraphs: readonly ReaderParagraph[], limit: number, state: RowState): unknown[] {
  const firstAside = paragraphs.findIndex((p) => p.kind === 'aside');
  const blocks: unknown[] = [];
  for (let start = 0; start < Math.min(limit, paragraphs.length); ) {
    let end = Math.min(start + BLOCK, paragraphs.length);
    while (end < paragraphs.length && paragraphs[end - 1]!.kind === 'item' && paragraphs[end]!.kind === 'item') end++;
    const from = start;
    blocks.push(guard(deps(paragraphs, from, end, state), () => blockRows(paragraphs, from, end, firstAside, state)));
    start = end;
  }
  return blocks;
}

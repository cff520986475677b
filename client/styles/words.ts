/**
 * The French words in the reader: each coloured by its lemma's status and drawn with its own
 * underline, so colour is never the only cue (unknown: dotted, new: double, learning: solid, thicker
 * at the first levels; known and ignored: plain), the English lit for the open word, and gloss
 * mode's ruby. The text keeps the ink colour on every tint: WCAG AA in both themes.
 *
 * @cssproperty --vv-word-unknown-line - the dotted underline of a word without a status
 * @cssproperty --vv-word-new - background of a saved, new word
 * @cssproperty --vv-word-learning - background of a word at learning level 1 (later levels fade)
 * @cssproperty --vv-word-line - the underlines' colour
 * @cssproperty --vv-word-lit - background of the English the open word became
 */
import { css } from 'lit';

/** The words' colours, for every element that draws a word's status or its English (the reader, the panel). */
export const wordColors = css`
  :host {
    --vv-word-new: #fbdcc0;
    --vv-word-learning: #fce3bf;
    --vv-word-line: #8a5a1c;
    --vv-word-unknown-line: #5d7fa3;
    --vv-word-lit: #d5e6f7;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --vv-word-new: #4d301a;
      --vv-word-learning: #4a3a17;
      --vv-word-line: #e2b06a;
      --vv-word-unknown-line: #86a9cf;
      --vv-word-lit: #24415e;
    }
  }
`;

export const wordStyles = css`
  .w {
    cursor: pointer;
    border-radius: 2px;
    text-underline-offset: 0.22em;
    text-decoration-skip-ink: none;
  }
  .w:focus {
    outline: none;
  }
  .w:focus-visible {
    outline: 2px solid var(--vv-color-accent);
    outline-offset: 1px;
  }
  /* Unknown words stay quiet: an underline only, no tint. */
  .st-unknown {
    text-decoration: underline dotted 1px var(--vv-word-unknown-line);
  }
  .st-new {
    background: var(--vv-word-new);
    text-decoration: underline double 1px var(--vv-word-line);
  }
  .st-learning-1,
  .st-learning-2,
  .st-learning-3,
  .st-learning-4 {
    background: color-mix(in srgb, var(--vv-word-learning) var(--level), transparent);
    text-decoration: underline solid var(--thickness) var(--vv-word-line);
  }
  .st-learning-1 {
    --level: 100%;
    --thickness: 3px;
  }
  .st-learning-2 {
    --level: 80%;
    --thickness: 2px;
  }
  .st-learning-3 {
    --level: 60%;
    --thickness: 1px;
  }
  .st-learning-4 {
    --level: 40%;
    --thickness: 1px;
  }
  .s.en mark {
    background: var(--vv-word-lit);
    color: inherit;
    border-radius: 2px;
    box-shadow: 0 2px 0 var(--vv-color-accent);
  }
  rt {
    font: 500 0.62em/1.1 var(--vv-font-ui);
    color: var(--vv-color-ink-quiet);
    letter-spacing: 0;
  }
  @media print {
    .w {
      background: none;
      text-decoration: none;
    }
  }
`;

/** The word panel: a sheet beside the article in the half of the screen away from the word, a bottom sheet on a phone. */
export const wordPanelStyles = css`
  :host {
    position: fixed;
    z-index: 5;
    top: var(--vv-space-l);
    right: var(--vv-space-l);
    width: min(23rem, calc(100vw - 2 * var(--vv-space-l)));
    max-height: calc(50vh - 2 * var(--vv-space-l));
    overflow: auto;
    font-family: var(--vv-font-ui);
    color: var(--vv-color-ink);
    background: var(--vv-color-surface);
    border: 1px solid var(--vv-color-line-strong);
    border-radius: var(--vv-radius-l);
    box-shadow: var(--vv-shadow-toast);
  }
  :host([place='bottom']) {
    top: auto;
    bottom: var(--vv-space-l);
    max-height: calc(50vh - 2 * var(--vv-space-l));
  }
  :host([hidden]) {
    display: none;
  }
  section {
    padding: var(--vv-space-m) var(--vv-space-l) var(--vv-space-l);
  }
  .top {
    display: flex;
    align-items: baseline;
    gap: var(--vv-space-s);
  }
  h2 {
    flex: 1;
    margin: 0;
    font: 700 1.45rem/1.2 var(--vv-font-reading);
    overflow-wrap: anywhere;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--vv-focus-ring);
  }
  .grammar {
    margin: var(--vv-space-2xs) 0 var(--vv-space-s);
    color: var(--vv-color-ink-soft);
  }
  .lemma {
    font-weight: 600;
  }
  h3 {
    margin: var(--vv-space-m) 0 var(--vv-space-2xs);
    font-size: var(--vv-text-xs);
    letter-spacing: 0.1em;
    text-transform: uppercase;
    color: var(--vv-color-muted);
  }
  ol {
    margin: 0;
    padding-left: 1.4rem;
  }
  li:first-child {
    font-weight: 600;
  }
  p {
    margin: var(--vv-space-2xs) 0;
  }
  .quiet {
    color: var(--vv-color-muted);
    font-size: var(--vv-text-s);
  }
  mark {
    background: var(--vv-word-lit);
    color: inherit;
    padding: 0 0.15em;
    border-radius: 2px;
  }
  .statuses {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vv-space-2xs);
  }
  .statuses .button {
    min-width: 2.4rem;
    justify-content: center;
    padding-inline: 0.55rem;
  }
  .statuses .button[aria-pressed='true'] {
    background: var(--vv-color-accent);
    border-color: var(--vv-color-accent);
    color: var(--vv-color-on-accent);
    font-weight: 600;
  }
  .actions {
    display: flex;
    gap: var(--vv-space-s);
    align-items: center;
    margin-top: var(--vv-space-m);
  }
  .error {
    color: var(--vv-color-danger-ink);
    background: var(--vv-color-danger-bg);
    border-radius: var(--vv-radius-s);
    padding: var(--vv-space-xs) var(--vv-space-s);
  }
  @media (max-width: 720px) {
    /* A bottom sheet: the sentence stays visible above it. */
    :host,
    :host([place='bottom']) {
      top: auto;
      left: 0;
      right: 0;
      bottom: 0;
      width: auto;
      max-height: 55vh;
      border-radius: var(--vv-radius-l) var(--vv-radius-l) 0 0;
    }
  }
`;

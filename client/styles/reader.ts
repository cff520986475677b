/**
 * The aligned reader's look: side by side (two columns under a sticky header) or in pairs (each
 * French sentence with its English right below), which is also how a narrow screen shows it; the
 * highlighted, hovered and focused pair; headings and lists; and the printed page.
 */
import { css } from 'lit';

export const readerStyles = css`
  :host {
    display: block;
    font-family: var(--vv-font-reading);
    color: var(--vv-color-ink);
  }
  .heads,
  .side .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    column-gap: var(--vv-space-2xl);
  }
  .heads {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--vv-color-page);
    border-bottom: 1px solid var(--vv-color-line);
    padding: 0.6rem 0 0.45rem;
    font: 600 var(--vv-text-xs)/1 var(--vv-font-ui);
    letter-spacing: 0.12em;
    text-transform: uppercase;
    color: var(--vv-color-muted);
  }
  article.pairs {
    max-width: var(--vv-measure);
    margin: 0 auto;
  }
  .row {
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
    margin: 0;
    padding: 0.55rem 0;
    font-size: var(--vv-text-reading);
    font-weight: 400;
    line-height: 1.65;
  }
  .cell {
    display: block;
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  .pair {
    display: block;
    margin-bottom: var(--vv-space-s);
  }
  .pair .en {
    display: block;
    margin-top: var(--vv-space-2xs);
    padding-left: var(--vv-space-m);
    border-left: 3px solid var(--vv-color-line-strong);
    color: var(--vv-color-ink-quiet);
  }
  .s {
    border-radius: 3px;
    padding: 0.05em 0.1em;
    margin: 0 -0.1em;
    transition: background-color 120ms ease-out, box-shadow 120ms ease-out;
    cursor: default;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  .s:focus {
    outline: none;
  }
  .s:focus-visible {
    outline: var(--vv-focus-ring);
    outline-offset: 1px;
  }
  .s.hover {
    background: var(--vv-color-hover);
  }
  .s.active {
    background: var(--reader-highlight, var(--vv-color-highlight));
    box-shadow: 0 2px 0 var(--reader-highlight-edge, var(--vv-color-highlight-edge));
  }
  .s.checked::after {
    content: '⚑';
    font-size: 0.7em;
    vertical-align: super;
    margin-left: 0.15em;
    color: var(--vv-color-faint);
  }
  /* One side hidden for practice: blurred, not removed, so the layout does not jump when it shows (a click, a tap or Enter reveals a pair). */
  .hide-en .s.en:not(.revealed),
  .hide-fr .s.fr:not(.revealed) {
    filter: blur(0.32em);
    user-select: none;
  }
  @media print {
    .hide-en .s.en:not(.revealed),
    .hide-fr .s.fr:not(.revealed) {
      filter: none;
    }
  }
  /* No animation: a long article has thousands of these at once. */
  .pending {
    color: var(--vv-color-faint);
    font-style: italic;
    font-family: var(--vv-font-ui);
    font-size: 0.85em;
  }
  .missing {
    color: var(--vv-color-faint);
  }
  h1.row {
    font-size: 1.85rem;
    line-height: 1.25;
    font-weight: 700;
    padding-top: 0.6rem;
  }
  h2.row {
    font-size: 1.25rem;
    font-weight: 700;
    padding-top: 0.8rem;
  }
  .byline,
  .dateline {
    font: 0.86rem/1.5 var(--vv-font-ui);
    color: var(--vv-color-muted);
    padding: 0.1rem 0;
  }
  .caption,
  .credit {
    font: italic 0.9rem/1.5 var(--vv-font-ui);
    color: var(--vv-color-ink-quiet);
    border-left: 3px solid var(--vv-color-line);
    padding-left: 0.8rem;
    margin: 0.3rem 0;
  }
  .aside {
    color: var(--vv-color-muted);
    font-size: 0.95rem;
  }
  .aside.first {
    border-top: 1px dashed var(--vv-color-line-strong);
    margin-top: 1rem;
    padding-top: 1rem;
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.row {
    padding: 0.2rem 0;
  }
  /* The list marker, on both sides (a grid item loses its ::marker), unless the text has its own. */
  .side li:not(.marked) .cell,
  .pairs li:not(.marked) .pair {
    position: relative;
    padding-left: 1.1em;
  }
  .side li:not(.marked) .cell::before,
  .pairs li:not(.marked) .pair:first-child::before {
    content: '•';
    position: absolute;
    left: 0.2em;
    color: var(--vv-color-muted);
  }
  @media print {
    :host {
      color: #000;
    }
    .heads {
      position: static;
      background: none;
      color: #000;
    }
    .row {
      break-inside: avoid;
    }
    .s.active,
    .s.hover {
      background: none;
      box-shadow: none;
    }
  }
`;

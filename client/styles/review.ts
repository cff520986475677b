/**
 * The review screen's look: three columns under a sticky header with a margin for each link's
 * flags and corrections, gaps drawn where a side has nothing, the lit partners of the hovered or
 * focused cell, glossary terms and flagged stretches; on a phone each link stacks its source,
 * draft and machine, each labelled. Severity badges carry an icon and a word, never colour alone.
 */
import { css } from 'lit';

export const reviewStyles = css`
  :host {
    display: block;
    font-family: var(--vv-font-ui);
    color: var(--vv-color-ink);
  }
  .hint {
    font-size: 0.82rem;
    color: var(--vv-color-subtle);
    margin: 0 0 0.4rem;
  }
  .heads,
  .row {
    display: grid;
    grid-template-columns: 6.6rem minmax(0, 1fr) minmax(0, 1fr) minmax(0, 0.85fr);
    column-gap: var(--vv-space-l);
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
  .row {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--vv-color-line);
    border-left: 4px solid transparent;
  }
  .row.error {
    border-left-color: var(--vv-color-danger);
  }
  .row.warning {
    border-left-color: var(--vv-color-highlight-edge);
  }
  .margin {
    display: flex;
    flex-direction: column;
    gap: var(--vv-space-2xs);
    padding-left: var(--vv-space-xs);
    font-size: var(--vv-text-xs);
    color: var(--vv-color-muted);
  }
  .num {
    font-weight: 700;
    font-size: var(--vv-text-s);
    color: var(--vv-color-ink-soft);
  }
  .shape {
    font-weight: 400;
    margin-left: 0.4em;
    color: var(--vv-color-muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vv-space-2xs);
  }
  .badge {
    border-radius: var(--vv-radius-s);
    padding: 0.05rem 0.3rem;
    border: 1px solid;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.error {
    background: var(--vv-color-danger-bg);
    border-color: var(--vv-color-danger-line);
    color: var(--vv-color-danger-ink);
  }
  .badge.warning {
    background: var(--vv-color-warning-bg);
    border-color: var(--vv-color-warning-line);
    color: var(--vv-color-warning-ink);
  }
  .badge.info {
    background: var(--vv-color-info-bg);
    border-color: var(--vv-color-info-line);
    color: var(--vv-color-info-ink);
  }
  .acts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vv-space-2xs);
  }
  .act {
    min-width: 1.9rem;
    min-height: 1.9rem;
    font: inherit;
    font-size: 0.95rem;
    line-height: 1;
    border-radius: var(--vv-radius-s);
    border: 1px solid var(--vv-color-control-line);
    background: var(--vv-color-surface);
    color: var(--vv-color-ink-soft);
    cursor: pointer;
  }
  .act:disabled {
    opacity: 0.4;
    cursor: not-allowed;
  }
  .cell {
    font-family: var(--vv-font-reading);
    font-size: var(--vv-text-m);
    line-height: 1.6;
    overflow-wrap: anywhere;
    hyphens: auto;
    border-radius: var(--vv-radius-s);
    padding: 0.1rem 0.3rem;
  }
  .cell:focus {
    outline: none;
  }
  .cell:focus-visible {
    outline: var(--vv-focus-ring);
    outline-offset: 1px;
  }
  .cell.machine {
    color: var(--vv-color-ink-quiet);
    font-size: var(--vv-text-s);
  }
  /* The partners of the hovered or focused cell: its row's other columns. */
  .row:hover .cell {
    background: var(--vv-color-hover);
  }
  .row:has(.cell:focus) .cell {
    background: var(--vv-color-highlight);
  }
  .none {
    color: var(--vv-color-faint);
    font-style: italic;
    font-family: var(--vv-font-ui);
  }
  .cell.gap {
    border: 2px dashed var(--vv-color-line-strong);
    min-height: 2.4rem;
    display: flex;
    align-items: center;
  }
  .omission .cell.draft.gap {
    border-color: var(--vv-color-danger-line);
  }
  .gap-mark {
    font: 600 var(--vv-text-s) / 1.3 var(--vv-font-ui);
    color: var(--vv-color-danger-ink);
  }
  .addition .gap-mark {
    color: var(--vv-color-warning-ink);
  }
  mark {
    color: inherit;
    background: none;
  }
  mark.term {
    border-bottom: 2px dotted var(--vv-color-accent);
  }
  mark.flagged {
    text-decoration: underline wavy var(--vv-color-danger);
    text-underline-offset: 3px;
  }
  @media (max-width: 720px) {
    .heads,
    .hint {
      display: none;
    }
    .row {
      display: block;
      padding: var(--vv-space-s) 0 var(--vv-space-m);
    }
    .margin {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--vv-space-s);
      margin-bottom: var(--vv-space-xs);
    }
    .acts {
      margin-left: auto;
    }
    .act {
      min-width: 2.5rem;
      min-height: 2.5rem;
    }
    .cell {
      margin: var(--vv-space-2xs) 0 0 var(--vv-space-xs);
    }
    .cell::before {
      content: attr(data-label);
      display: block;
      font: 600 var(--vv-text-xs) / 1.4 var(--vv-font-ui);
      letter-spacing: 0.08em;
      text-transform: uppercase;
      color: var(--vv-color-muted);
    }
    .cell.gap {
      display: block;
    }
  }
`;

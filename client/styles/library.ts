/** The library's look: the search, the list of documents and the undo toast. */
import { css } from 'lit';

export const libraryStyles = css`
  :host {
    display: block;
    font-family: var(--vv-font-ui);
    color: var(--vv-color-ink);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--vv-space-s) var(--vv-space-l);
    margin-bottom: var(--vv-space-m);
  }
  h1 {
    font: 600 1.6rem/1.2 var(--vv-font-reading);
    margin: 0;
  }
  .count,
  .hint,
  .meta {
    color: var(--vv-color-muted);
    font-size: var(--vv-text-s);
  }
  label {
    display: block;
    font-weight: 600;
    font-size: 0.9rem;
    margin-bottom: var(--vv-space-xs);
  }
  input[type='search'] {
    box-sizing: border-box;
    width: 100%;
    max-width: 36rem;
    font: inherit;
    padding: var(--vv-space-s) var(--vv-space-m);
    border: 1px solid var(--vv-color-control-line);
    border-radius: var(--vv-radius-m);
    background: var(--vv-color-surface);
    color: var(--vv-color-ink);
  }
  .hint {
    margin: var(--vv-space-xs) 0 var(--vv-space-l);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    max-width: 52rem;
  }
  li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--vv-space-2xs) var(--vv-space-m);
    padding: var(--vv-space-m) 0;
    border-bottom: 1px solid var(--vv-color-line);
  }
  .title {
    font: 600 1.1rem/1.35 var(--vv-font-reading);
    color: var(--vv-color-accent);
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .title:hover {
    text-decoration: underline;
  }
  .meta {
    grid-column: 1;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .delete {
    grid-row: 1 / span 2;
    grid-column: 2;
  }
  .empty,
  .error {
    max-width: 40rem;
    color: var(--vv-color-muted);
  }
  .error {
    color: var(--vv-color-danger);
  }
  .toast {
    position: fixed;
    /* Centred by its margins, so a long title wraps at the screen's width rather than at half of it. */
    left: var(--vv-space-m);
    right: var(--vv-space-m);
    bottom: var(--vv-space-l);
    margin: 0 auto;
    width: fit-content;
    max-width: 36rem;
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--vv-space-s) var(--vv-space-m);
    padding: var(--vv-space-s) var(--vv-space-m);
    border-radius: var(--vv-radius-l);
    background: var(--vv-color-ink);
    color: var(--vv-color-page);
    box-shadow: var(--vv-shadow-toast);
  }
  .toast .message {
    overflow-wrap: anywhere;
  }
  .toast .button {
    background: transparent;
    color: var(--vv-color-page);
    border-color: var(--vv-color-page);
  }
  .toast :focus-visible {
    outline-color: var(--vv-color-page);
  }
  @media print {
    .toast,
    .delete,
    .search {
      display: none;
    }
  }
`;

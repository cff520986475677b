/** The vocabulary page's look: filters, the saved words as cards with their forms, known words over time, the exports. */
import { css } from 'lit';

export const vocabularyStyles = css`
  :host {
    display: block;
    font-family: var(--vv-font-ui);
    color: var(--vv-color-ink);
    max-width: 52rem;
    margin: 0 auto;
  }
  h1 {
    font: 700 1.7rem/1.2 var(--vv-font-reading);
    margin: 0 0 var(--vv-space-m);
  }
  h2 {
    font-size: 1.05rem;
    margin: var(--vv-space-xl) 0 var(--vv-space-s);
  }
  .filters,
  .exports {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vv-space-s) var(--vv-space-m);
    align-items: end;
  }
  label {
    display: grid;
    gap: var(--vv-space-2xs);
    font-size: var(--vv-text-s);
    color: var(--vv-color-ink-soft);
  }
  input,
  select,
  textarea {
    font: inherit;
    font-size: 0.95rem;
    color: var(--vv-color-ink);
    background: var(--vv-color-surface);
    border: 1px solid var(--vv-color-control-line);
    border-radius: var(--vv-radius-s);
    padding: var(--vv-space-xs) var(--vv-space-s);
    min-height: 2.25rem;
    box-sizing: border-box;
    max-width: 100%;
  }
  /* A long article title in the select never widens the page: grid and flex items may shrink below their content. */
  .filters label {
    min-width: 0;
    max-width: 100%;
    grid-template-columns: minmax(0, 1fr);
  }
  .filters select {
    min-width: 0;
  }
  .search input {
    width: min(20rem, 80vw);
  }
  ul.entries {
    list-style: none;
    padding: 0;
    margin: var(--vv-space-m) 0 0;
    display: grid;
    gap: var(--vv-space-m);
  }
  .entry {
    background: var(--vv-color-surface);
    border: 1px solid var(--vv-color-line);
    border-radius: var(--vv-radius-l);
    padding: var(--vv-space-m) var(--vv-space-l);
  }
  .entry h3 {
    margin: 0;
    font: 700 1.2rem/1.3 var(--vv-font-reading);
  }
  .lemma {
    font-weight: 400;
    color: var(--vv-color-ink-quiet);
  }
  .sentence {
    font-family: var(--vv-font-reading);
    margin: var(--vv-space-xs) 0 0;
  }
  .english {
    color: var(--vv-color-ink-quiet);
    margin: var(--vv-space-2xs) 0;
  }
  mark {
    background: var(--vv-color-highlight);
    color: inherit;
  }
  .quiet {
    color: var(--vv-color-muted);
    font-size: var(--vv-text-s);
    margin: var(--vv-space-2xs) 0;
  }
  .edit {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
    gap: var(--vv-space-s);
    align-items: end;
    margin-top: var(--vv-space-s);
  }
  .edit .buttons {
    display: flex;
    gap: var(--vv-space-xs);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    max-width: 30rem;
    font-size: var(--vv-text-s);
  }
  th,
  td {
    text-align: left;
    padding: var(--vv-space-2xs) var(--vv-space-s);
    border-bottom: 1px solid var(--vv-color-line);
  }
  .bar {
    display: inline-block;
    height: 0.7rem;
    background: var(--vv-color-accent);
    border-radius: 2px;
    margin-right: var(--vv-space-xs);
    vertical-align: middle;
  }
  .error {
    background: var(--vv-color-danger-bg);
    border: 1px solid var(--vv-color-danger-line);
    color: var(--vv-color-danger-ink);
    border-radius: var(--vv-radius-m);
    padding: var(--vv-space-s) var(--vv-space-m);
  }
  @media (max-width: 720px) {
    .edit {
      grid-template-columns: 1fr;
    }
  }
`;

/** The input box's look: the text area as a drop zone, and the bar of actions below it. */
import { css } from 'lit';

export const sourceInputStyles = css`
  :host {
    display: block;
    font-family: var(--vv-font-ui);
  }
  h1 {
    font: 600 1.35rem/1.3 var(--vv-font-reading);
    margin: 0 0 var(--vv-space-m);
    color: var(--vv-color-ink);
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
    border: 1px solid var(--vv-color-control-line);
    border-radius: var(--vv-radius-l);
    background: var(--vv-color-surface);
    box-shadow: var(--vv-shadow-raised);
  }
  .zone.dragging {
    border: 2px dashed var(--vv-color-accent);
    background: var(--vv-color-accent-wash);
  }
  textarea {
    display: block;
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
  textarea::placeholder {
    color: var(--vv-color-subtle);
  }
  textarea:focus {
    outline: var(--vv-focus-ring);
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
    gap: var(--vv-space-s) 1rem;
    margin-top: var(--vv-space-m);
    flex-wrap: wrap;
  }
  .status,
  .count,
  .privacy {
    color: var(--vv-color-subtle);
    font-size: var(--vv-text-s);
  }
  .status {
    margin: var(--vv-space-s) 0 0;
    overflow-wrap: anywhere;
  }
  .spacer {
    flex: 1;
  }
  .error {
    color: var(--vv-color-danger);
    margin-top: var(--vv-space-s);
  }
  input[type='file'] {
    display: none;
  }
  @media (max-width: 720px) {
    textarea {
      min-height: 14rem;
    }
  }
`;

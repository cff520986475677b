/**
 * Control styles more than one element draws the same way: the focus ring, buttons, the segmented
 * button group and the thin progress track. Each element adds these to its own `static styles`.
 */
import { css } from 'lit';

/** A visible ring on whatever the keyboard reaches; the mouse alone does not draw it. */
export const focusRing = css`
  :focus-visible {
    outline: var(--vv-focus-ring);
    outline-offset: 2px;
  }
`;

export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--vv-space-xs);
    box-sizing: border-box;
    min-height: 2.25rem;
    font: inherit;
    font-size: 0.9rem;
    text-decoration: none;
    border-radius: var(--vv-radius-m);
    padding: var(--vv-space-xs) 0.8rem;
    cursor: pointer;
    background: var(--vv-color-surface);
    border: 1px solid var(--vv-color-control-line);
    color: var(--vv-color-ink-soft);
  }
  .button.primary {
    background: var(--vv-color-accent);
    border-color: var(--vv-color-accent);
    color: var(--vv-color-on-accent);
    font-weight: 600;
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .button[aria-current='page'] {
    border-color: var(--vv-color-accent);
    color: var(--vv-color-accent);
    font-weight: 600;
  }
`;

export const segmented = css`
  .segmented {
    display: inline-flex;
    border: 1px solid var(--vv-color-control-line);
    border-radius: var(--vv-radius-m);
  }
  .segmented button {
    font: inherit;
    font-size: var(--vv-text-s);
    min-height: 2.25rem;
    border: 0;
    background: var(--vv-color-surface);
    color: var(--vv-color-ink-soft);
    padding: var(--vv-space-xs) 0.75rem;
    cursor: pointer;
  }
  .segmented button:first-child {
    border-radius: var(--vv-radius-m) 0 0 var(--vv-radius-m);
  }
  .segmented button:last-child {
    border-radius: 0 var(--vv-radius-m) var(--vv-radius-m) 0;
  }
  .segmented button[aria-pressed='true'] {
    background: var(--vv-color-accent);
    color: var(--vv-color-on-accent);
  }
`;

export const progressTrack = css`
  .track {
    height: 4px;
    border-radius: 2px;
    background: var(--vv-color-track);
    overflow: hidden;
  }
  .fill {
    height: 100%;
    background: var(--vv-color-accent);
    transition: width 200ms ease-out;
  }
`;

/** Text only screen readers read: a label the layout already shows by position. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

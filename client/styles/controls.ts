/**
 * Control styles more than one element draws the same way: the segmented button group and the
 * thin progress track. Each element adds these to its own `static styles`.
 */
import { css } from 'lit';

export const segmented = css`
  .segmented {
    display: inline-flex;
    border: 1px solid var(--vv-color-control-line);
    border-radius: var(--vv-radius-m);
    overflow: hidden;
  }
  .segmented button {
    font: inherit;
    font-size: var(--vv-text-s);
    border: 0;
    background: var(--vv-color-surface);
    color: var(--vv-color-ink-soft);
    padding: var(--vv-space-xs) 0.75rem;
    cursor: pointer;
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

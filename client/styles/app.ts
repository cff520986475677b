/** The shell's look: the page, the notices above the reader, and what printing leaves out. */
import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--vv-color-page);
    color: var(--vv-color-ink);
    font-family: var(--vv-font-ui);
  }
  main {
    max-width: var(--vv-content-width);
    margin: 0 auto;
    padding: 1.6rem var(--vv-space-xl) 4rem;
  }
  .hint {
    font-size: 0.82rem;
    color: var(--vv-color-subtle);
    margin: 0 0 0.4rem;
  }
  /* Interleaved, the text is one centred column: what stands above it lines up with it. */
  .above.interleaved {
    max-width: var(--vv-measure);
    margin: 0 auto;
  }
  .error,
  .notice {
    border-radius: var(--vv-radius-l);
    padding: 0.8rem 1.1rem;
    margin-bottom: var(--vv-space-l);
    overflow-wrap: anywhere;
  }
  .error {
    background: var(--vv-color-danger-bg);
    border: 1px solid var(--vv-color-danger-line);
    color: var(--vv-color-danger-ink);
  }
  .notice {
    background: var(--vv-color-warning-bg);
    border: 1px solid var(--vv-color-warning-line);
    color: var(--vv-color-warning-ink);
  }
  .error a {
    color: inherit;
  }
  @media (max-width: 720px) {
    main {
      padding: var(--vv-space-l) var(--vv-space-m) 3rem;
    }
    .hint {
      display: none;
    }
  }
  /* The focused sentence's details stay in view at the foot of the screen while the reader reads. */
  sentence-info {
    position: sticky;
    bottom: 0;
    background: var(--vv-color-page);
    padding: 0.4rem 0;
  }
  @media print {
    :host {
      background: none;
    }
    main {
      max-width: none;
      padding: 0;
    }
    visavis-header,
    model-banner,
    reading-progress,
    sentence-info,
    .hint,
    .notice,
    .error {
      display: none;
    }
  }
`;

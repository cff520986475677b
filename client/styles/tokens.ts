/**
 * The design tokens: every colour, space, radius and type choice of the UI as a `--vv-*` custom
 * property on `:root`. Custom properties inherit into shadow roots, so components read them with
 * `var(--vv-…)` and a theme is one change here.
 *
 * @example adoptTokens(document); // once, in main.ts, before the first element renders
 */
import { css } from 'lit';

export const tokens = css`
  :root {
    --vv-color-page: #fbfaf7;
    --vv-color-surface: #fff;
    --vv-color-ink: #1d1b18;
    --vv-color-ink-soft: #3d382f;
    --vv-color-ink-quiet: #5f584e;
    --vv-color-muted: #6d665c;
    --vv-color-subtle: #8a8276;
    --vv-color-faint: #a59d90;
    --vv-color-line: #e6e1d8;
    --vv-color-line-strong: #d9d2c5;
    --vv-color-control-line: #cfc7b8;
    --vv-color-track: #ebe6dc;
    --vv-color-accent: #2f5d8a;
    --vv-color-on-accent: #fff;
    --vv-color-accent-wash: #f3f7fb;
    --vv-color-highlight: #fdf0c4;
    --vv-color-highlight-edge: #e0b43a;
    --vv-color-info-bg: #eef3f8;
    --vv-color-info-line: #c9d8e8;
    --vv-color-info-ink: #23425f;
    --vv-color-warning-bg: #fff4e5;
    --vv-color-warning-line: #f0c98a;
    --vv-color-warning-ink: #5a3d0c;
    --vv-color-danger-bg: #fbeceb;
    --vv-color-danger-line: #e8b4b0;
    --vv-color-danger-ink: #7a231e;
    --vv-color-danger: #a3302a;
    --vv-color-code-bg: #1d1b18;
    --vv-color-code-ink: #f5efe3;
    --vv-shadow-raised: 0 1px 2px rgb(40 30 10 / 5%);

    --vv-space-2xs: 0.2rem;
    --vv-space-xs: 0.35rem;
    --vv-space-s: 0.6rem;
    --vv-space-m: 0.9rem;
    --vv-space-l: 1.2rem;
    --vv-space-xl: 2rem;
    --vv-space-2xl: 3rem;

    --vv-radius-s: 6px;
    --vv-radius-m: 8px;
    --vv-radius-l: 10px;

    --vv-font-ui: system-ui, sans-serif;
    --vv-font-reading: 'Iowan Old Style', 'Charter', 'Source Serif Pro', 'DejaVu Serif', Georgia, serif;
    --vv-font-mono: ui-monospace, 'DejaVu Sans Mono', monospace;
    --vv-text-xs: 0.72rem;
    --vv-text-s: 0.85rem;
    --vv-text-m: 1rem;
    --vv-text-reading: 1.08rem;
    --vv-text-brand: 1.35rem;

    --vv-content-width: 76rem;
  }
`;

/** Puts the tokens on the document once, so the page and every shadow root below share them. */
export function adoptTokens(doc: Document = document): void {
  const sheet = tokens.styleSheet;
  if (sheet) {
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  }
  // Browsers without constructable style sheets get the same rules as a <style> element.
  const style = doc.createElement('style');
  style.textContent = tokens.cssText;
  doc.head.append(style);
}

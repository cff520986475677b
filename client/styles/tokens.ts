/**
 * The design tokens: every colour, space, radius and type choice of the UI as a `--vv-*` custom
 * property on `:root`. Custom properties inherit into shadow roots, so components read them with
 * `var(--vv-…)` and a theme is one change here. The dark theme follows `prefers-color-scheme`.
 *
 * Every text colour meets WCAG AA (4.5:1) on the page, the surface and the highlight of its
 * theme; control borders meet 3:1 (non-text contrast).
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
    --vv-color-subtle: #706a5f;
    --vv-color-faint: #736c61;
    --vv-color-line: #e6e1d8;
    --vv-color-line-strong: #d9d2c5;
    --vv-color-control-line: #8c8474;
    --vv-color-track: #ebe6dc;
    --vv-color-accent: #2f5d8a;
    --vv-color-on-accent: #fff;
    --vv-color-accent-wash: #f3f7fb;
    --vv-color-highlight: #fdf0c4;
    --vv-color-hover: #eef3f8;
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
    --vv-shadow-toast: 0 4px 16px rgb(40 30 10 / 18%);
    --vv-focus-ring: 2px solid var(--vv-color-accent);
    color-scheme: light dark;

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
    /* A comfortable line: about 70 characters of the reading face (in rem, so the UI above it aligns). */
    --vv-measure: 40rem;
  }

  @media (prefers-color-scheme: dark) {
    :root {
      --vv-color-page: #1a1916;
      --vv-color-surface: #23211d;
      --vv-color-ink: #ece6da;
      --vv-color-ink-soft: #ddd6c8;
      --vv-color-ink-quiet: #c9c1b2;
      --vv-color-muted: #b3ab9c;
      --vv-color-subtle: #a8a091;
      --vv-color-faint: #9d9586;
      --vv-color-line: #34312b;
      --vv-color-line-strong: #4a463f;
      --vv-color-control-line: #7a7266;
      --vv-color-track: #35322c;
      --vv-color-accent: #8fb8e6;
      --vv-color-on-accent: #10161d;
      --vv-color-accent-wash: #1e2a36;
      --vv-color-highlight: #4a3d12;
      --vv-color-hover: #233140;
      --vv-color-highlight-edge: #d6a933;
      --vv-color-info-bg: #1c2733;
      --vv-color-info-line: #2f4a66;
      --vv-color-info-ink: #cfe0f2;
      --vv-color-warning-bg: #33270f;
      --vv-color-warning-line: #6b5120;
      --vv-color-warning-ink: #f3d9a6;
      --vv-color-danger-bg: #3a1c1a;
      --vv-color-danger-line: #70322d;
      --vv-color-danger-ink: #f4c7c2;
      --vv-color-danger: #f09890;
      --vv-color-code-bg: #0f0e0c;
      --vv-color-code-ink: #f5efe3;
      --vv-shadow-raised: none;
      --vv-shadow-toast: 0 4px 16px rgb(0 0 0 / 50%);
    }
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

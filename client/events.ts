/**
 * The custom events components fire, typed once for every listener. All bubble and cross shadow
 * roots, so the shell hears them wherever they start.
 */
import type { Layout } from './components/aligned-reader.ts';

/** `source`: "pasted", the file's name, or the address the text was fetched from. */
export type SubmitTextEvent = CustomEvent<{ text: string; source: string; title?: string }>;
export type LayoutChangeEvent = CustomEvent<{ layout: Layout }>;
export type NewTextEvent = CustomEvent<null>;
export type PositionChangeEvent = CustomEvent<{ position: number }>;
export type ExportDocumentEvent = CustomEvent<null>;

declare global {
  interface GlobalEventHandlersEventMap {
    'submit-text': SubmitTextEvent;
    'layout-change': LayoutChangeEvent;
    'new-text': NewTextEvent;
    'position-change': PositionChangeEvent;
    'export-document': ExportDocumentEvent;
  }
}

const options = { bubbles: true, composed: true } as const;

export function submitText(text: string, source: string, title?: string): SubmitTextEvent {
  return new CustomEvent('submit-text', { detail: { text, source, ...(title ? { title } : {}) }, ...options });
}

export function layoutChange(layout: Layout): LayoutChangeEvent {
  return new CustomEvent('layout-change', { detail: { layout }, ...options });
}

export function newText(): NewTextEvent {
  return new CustomEvent('new-text', { detail: null, ...options });
}

export function positionChange(position: number): PositionChangeEvent {
  return new CustomEvent('position-change', { detail: { position }, ...options });
}

export function exportDocument(): ExportDocumentEvent {
  return new CustomEvent('export-document', { detail: null, ...options });
}

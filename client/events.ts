/**
 * The custom events components fire, typed once for every listener. All bubble and cross shadow
 * roots, so the shell hears them wherever they start.
 */
import type { Layout } from './components/aligned-reader.ts';

export type SubmitTextEvent = CustomEvent<{ text: string }>;
export type LayoutChangeEvent = CustomEvent<{ layout: Layout }>;
export type NewTextEvent = CustomEvent<null>;

declare global {
  interface GlobalEventHandlersEventMap {
    'submit-text': SubmitTextEvent;
    'layout-change': LayoutChangeEvent;
    'new-text': NewTextEvent;
  }
}

const options = { bubbles: true, composed: true } as const;

export function submitText(text: string): SubmitTextEvent {
  return new CustomEvent('submit-text', { detail: { text }, ...options });
}

export function layoutChange(layout: Layout): LayoutChangeEvent {
  return new CustomEvent('layout-change', { detail: { layout }, ...options });
}

export function newText(): NewTextEvent {
  return new CustomEvent('new-text', { detail: null, ...options });
}

/** The custom events components fire, typed once for every listener. */

export interface SubmitTextDetail {
  text: string;
}

export type SubmitTextEvent = CustomEvent<SubmitTextDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'submit-text': SubmitTextEvent;
  }
}

export function submitText(text: string): SubmitTextEvent {
  return new CustomEvent('submit-text', { detail: { text }, bubbles: true, composed: true });
}

/** A Lit controller host that only counts the updates it is asked for. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export function fakeHost(): ReactiveControllerHost & { updates: number; controllers: ReactiveController[] } {
  const controllers: ReactiveController[] = [];
  return {
    updates: 0,
    controllers,
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
}

/**
 * The page's address: hash routes, so a reload, Back and a bookmark land on the same screen
 * without the server knowing any route but `/`.
 *
 *   #/           the input box        #/library    the library        #/doc/5    document 5
 *   #/review     a new review         #/review/3   saved review 3
 *   #/vocabulary the learner's saved words
 *
 * @example parseHash('#/doc/5') // { name: 'doc', id: 5 }
 * @example hashOf({ name: 'library' }) // '#/library'
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Route = { name: 'input' } | { name: 'library' } | { name: 'doc'; id: number } | { name: 'review'; id?: number } | { name: 'vocabulary' };

const DOC = /^#\/doc\/([1-9]\d{0,15})\/?$/;
const REVIEW = /^#\/review(?:\/([1-9]\d{0,15}))?\/?$/;

/** Any address it does not know is the input box: an old bookmark still opens the app. */
export function parseHash(hash: string): Route {
  if (/^#\/library\/?$/.test(hash)) return { name: 'library' };
  if (/^#\/vocabulary\/?$/.test(hash)) return { name: 'vocabulary' };
  const review = REVIEW.exec(hash);
  if (review) {
    if (review[1] === undefined) return { name: 'review' };
    const id = Number(review[1]);
    if (Number.isSafeInteger(id)) return { name: 'review', id };
  }
  const doc = DOC.exec(hash);
  if (doc) {
    const id = Number(doc[1]);
    if (Number.isSafeInteger(id)) return { name: 'doc', id };
  }
  return { name: 'input' };
}

export function hashOf(route: Route): string {
  switch (route.name) {
    case 'input':
      return '#/';
    case 'library':
      return '#/library';
    case 'vocabulary':
      return '#/vocabulary';
    case 'doc':
      return `#/doc/${route.id}`;
    case 'review':
      return route.id === undefined ? '#/review' : `#/review/${route.id}`;
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return hashOf(a) === hashOf(b);
}

/**
 * The current route as a Lit controller: follows `hashchange` (Back, Forward, a typed address)
 * and tells `onChange` once per new route.
 *
 * @example const router = new Router(this, (route) => this.show(route)); router.go({ name: 'library' });
 */
export class Router implements ReactiveController {
  route: Route;
  private readonly follow = (): void => this.set(parseHash(location.hash));

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (route: Route) => void,
  ) {
    this.route = parseHash(location.hash);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.follow);
    this.route = parseHash(location.hash);
    this.onChange(this.route);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.follow);
  }

  /** A new history entry; `replace` swaps the current one (a redirect the user should not go Back to). */
  go(route: Route, { replace = false } = {}): void {
    const hash = hashOf(route);
    if (replace) history.replaceState(history.state, '', hash);
    else if (location.hash !== hash) history.pushState(history.state, '', hash);
    this.set(route);
  }

  private set(route: Route): void {
    if (sameRoute(route, this.route)) return;
    this.route = route;
    this.host.requestUpdate();
    this.onChange(route);
  }
}

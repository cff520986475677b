/**
 * A promise the test settles itself: how a test waits for "this has happened" instead of sleeping,
 * and holds work back until it says so. (`Promise.withResolvers` arrives with Node 22.)
 *
 * @example const started = deferred(); … await started.promise;
 */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

import { useEffect, useState } from 'react';

/** The values of the promises handed to `remember` that have resolved. */
const resolved = new WeakMap<Promise<unknown>, { value: unknown }>();

/**
 * Notes the promise's value once it resolves, so that a component first rendered after that starts
 * with it: no render without it first (the page's first render then shows the map, not an empty
 * frame that the next render fills). Returns the promise.
 */
export function remember<T>(promise: Promise<T>): Promise<T> {
  promise.then(
    (value) => resolved.set(promise, { value }),
    () => undefined,
  );
  return promise;
}

/**
 * The value of a promise once it has settled well; null until the first one has (from the first
 * render, for a promise `remember` saw resolve). When the promise changes, the last value stays
 * until the new one settles, so a view never blinks back to "loading" (a language switch, a tour
 * reloaded in another language). A rejection is handed to `onError`, if given. Nothing is set
 * after an unmount.
 */
export function usePromised<T>(promise: Promise<T>, onError?: (error: Error) => void): T | null {
  const [value, setValue] = useState<T | null>(() => (resolved.get(promise)?.value as T | undefined) ?? null);
  useEffect(() => {
    let live = true;
    promise.then(
      (v) => live && setValue(() => v),
      (e: unknown) => live && onError?.(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [promise, onError]);
  return value;
}

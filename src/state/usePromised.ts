import { useEffect, useState } from 'react';

/**
 * The value of a promise once it has settled well; null until the first one has. When the
 * promise changes, the last value stays until the new one settles, so a view never blinks back
 * to "loading" (a language switch, a tour reloaded in another language). A rejection is handed
 * to `onError`, if given. Nothing is set after an unmount.
 */
export function usePromised<T>(promise: Promise<T>, onError?: (error: Error) => void): T | null {
  const [value, setValue] = useState<T | null>(null);
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

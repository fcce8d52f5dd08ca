import { useEffect, useState } from 'react';

/** The value of a promise once it settles well; null until then (and after an unmount, nothing). */
export function usePromised<T>(promise: Promise<T>): [T | null, (value: T) => void] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void promise.then((v) => live && setValue(() => v));
    return () => {
      live = false;
    };
  }, [promise]);
  return [value, setValue];
}

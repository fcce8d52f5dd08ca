import { useSyncExternalStore } from 'react';
import { createHashStore, windowEnv } from './hash-store';
import type { HashStore } from './hash-store';
import type { HashState } from './url-state';

let pageStore: HashStore | null = null;

/** The page's hash store, made on first use and kept for the life of the page. */
export function pageHashStore(): HashStore {
  pageStore ??= createHashStore(windowEnv());
  return pageStore;
}

/** The whole hash state; the component re-renders when it changes. */
export function useHashState(): HashState {
  const store = pageHashStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

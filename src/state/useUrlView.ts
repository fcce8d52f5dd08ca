import { useCallback, useEffect, useState } from 'react';
import { EMPTY_VIEW, parseHash, serializeHash } from './url-state';
import type { KnownIds, ViewState } from './url-state';

/**
 * The view, kept in the URL hash. Reads it once the valid ids are known, follows hash edits and
 * the back button, and writes with replaceState so the history is not flooded by map moves.
 * Nothing is written before the first read, so a slow data load cannot wipe a shared link.
 */
export function useUrlView(known: KnownIds | null): [ViewState, (change: Partial<ViewState>) => void] {
  const [view, setView] = useState<ViewState | null>(null);

  useEffect(() => {
    if (!known) return;
    const read = () => setView(parseHash(window.location.hash, known));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [known]);

  useEffect(() => {
    if (view === null) return;
    replaceHash(serializeHash(view, window.location.hash));
  }, [view]);

  const update = useCallback((change: Partial<ViewState>) => {
    setView((prev) => ({ ...(prev ?? EMPTY_VIEW), ...change }));
  }, []);

  return [view ?? EMPTY_VIEW, update];
}

/** Writes a new hash without a history entry and without a hashchange event. */
export function replaceHash(hash: string): void {
  if (hash === window.location.hash) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
}

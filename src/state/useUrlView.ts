import { useCallback, useEffect, useState } from 'react';
import { EMPTY_VIEW, parseHash, serializeHash } from './url-state';
import type { KnownIds, ViewState } from './url-state';

/**
 * The view, kept in the URL hash. Reads it once the valid ids are known, follows hash edits and
 * the back button, and writes with replaceState so the history is not flooded by map moves.
 * Nothing is written before the first read, so a slow data load cannot wipe a shared link.
 * Writes happen one task after the change (see below).
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

  // The URL follows a task later: writing history costs a millisecond or more in Chromium, which
  // is kept out of the input that changed the view (issue #7), and quick changes coalesce.
  useEffect(() => {
    if (view === null) return;
    const write = setTimeout(() => replaceHash(serializeHash(view, window.location.hash)), 0);
    return () => clearTimeout(write);
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

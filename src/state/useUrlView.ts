import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_VIEW, parseHash, serializeHash } from './url-state';
import type { KnownIds, ViewState } from './url-state';

/**
 * A person's view changes reach the URL once the view has held still this long (issue #7). Each
 * URL write costs the browser far more than it costs the page (it updates the session history and
 * tells every observer of the tab); written on every click, phase after phase, that work competed
 * with the page's own for the CPU and put the slowest switches over a frame (`npm run bench`:
 * median 3.6 -> 2.2 ms, p95 11.1 -> 7.1 ms with the writes taken out). 200 ms is about the gap
 * between two quick clicks, and short against anyone copying the address.
 */
export const URL_SETTLE_MS = 200;

/**
 * The view, kept in the URL hash. Reads it once the valid ids are known, follows hash edits and
 * the back button, and writes with replaceState so the history is not flooded by map moves.
 * Nothing is written before the first read, so a slow data load cannot wipe a shared link.
 * A view read from the URL is written back (cleaned of what was not valid) one task later; a view
 * a person changed is written once it settles (URL_SETTLE_MS), or at once when the page is left.
 * The third value says whether the URL has been read yet (until then the view is the default).
 */
export function useUrlView(known: KnownIds | null): [ViewState, (change: Partial<ViewState>) => void, boolean] {
  const [view, setView] = useState<ViewState | null>(null);
  // Whether the latest view came from the URL (written back soon) or from a person (settles first).
  const fromUrl = useRef(true);

  useEffect(() => {
    if (!known) return;
    const read = () => {
      fromUrl.current = true;
      setView(parseHash(window.location.hash, known));
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [known]);

  useEffect(() => {
    if (view === null) return;
    const write = () => replaceHash(serializeHash(view, window.location.hash));
    const timer = setTimeout(write, fromUrl.current ? 0 : URL_SETTLE_MS);
    // Leaving the page (reload, another site, closing the tab) writes what is pending, so the
    // history entry holds the view the person last saw.
    window.addEventListener('pagehide', write);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', write);
    };
  }, [view]);

  const update = useCallback((change: Partial<ViewState>) => {
    fromUrl.current = false;
    setView((prev) => ({ ...(prev ?? EMPTY_VIEW), ...change }));
  }, []);

  return [view ?? EMPTY_VIEW, update, view !== null];
}

/** Writes a new hash without a history entry and without a hashchange event. */
export function replaceHash(hash: string): void {
  if (hash === window.location.hash) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
}

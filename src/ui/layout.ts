/**
 * The compact layout, for phones: narrow screens, and landscape screens with little height. The
 * one place that says which screens those are: the page's CSS follows `data-layout` on <html>,
 * set here before the first render and kept up to date.
 */
import { useSyncExternalStore } from 'react';

export const COMPACT_QUERY = '(max-width: 480px), (max-height: 480px) and (orientation: landscape)';

const query = () => window.matchMedia?.(COMPACT_QUERY);
const isCompact = () => query()?.matches ?? false;

function subscribe(onChange: () => void): () => void {
  const q = query();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
}

/** Marks <html> with the layout now and whenever it changes; call once, before rendering. */
export function applyLayoutEarly(): void {
  const mark = () => (document.documentElement.dataset.layout = isCompact() ? 'compact' : 'wide');
  mark();
  subscribe(mark);
}

/** Whether the compact (phone) layout is on; re-renders when it changes. */
export function useCompactLayout(): boolean {
  return useSyncExternalStore(subscribe, isCompact, () => false);
}

import { useEffect, useState, useSyncExternalStore } from 'react';

/** Whether the page's first paint has been presented: from then on, what mounts renders at once. */
let painted = false;
let watching = false;
const listeners = new Set<() => void>();

/**
 * Starts watching for the page's first paint, once per page: called as the first render is
 * committed (main.tsx), and by each user of the hook in case nothing did.
 */
export function watchFirstPaint(): void {
  if (watching) return;
  watching = true;
  // Two frames: the first paint is laid out in the first and presented before the second.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      painted = true;
      for (const l of listeners) l();
    }),
  );
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const isPainted = () => painted;

/**
 * False until the page's first paint has been presented, true from the frame after: for what is
 * never on screen at first (the printed page's footer, the sidebar's sections), which the first
 * paint then need not wait for. Only the page's first paint waits: a component mounted later (the
 * layout again, after the tour editor or a briefing, even when the page opened on one) is true at
 * once, so it does not blank for two frames. The function shows it now, first paint or not.
 */
export function useAfterFirstPaint(): [boolean, () => void] {
  const after = useSyncExternalStore(subscribe, isPainted, () => false);
  const [forced, setForced] = useState(false);
  useEffect(watchFirstPaint, []);
  return [after || forced, () => setForced(true)];
}

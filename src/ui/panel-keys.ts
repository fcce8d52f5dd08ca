import { useCallback, useEffect, useMemo, useRef } from 'react';

/**
 * Where focus goes back to when a panel closes: `remember()` when it opens (the element that had
 * focus then), `restore()` when it closes (focus returns there on the next frame, if that element
 * is still on the page).
 */
export function useReturnFocus(): { remember: () => void; restore: () => void } {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
  const restore = useCallback(() => {
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) requestAnimationFrame(() => back.focus());
  }, []);
  return useMemo(() => ({ remember, restore }), [remember, restore]);
}

/**
 * Esc closes what is open (`active`): a panel, not a dialog over it (Esc inside a dialog is the
 * dialog's), and not when another handler has already taken the key.
 */
export function useEscapeCloses(active: boolean, close: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !(e.target as Element | null)?.closest?.('dialog')) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, close]);
}

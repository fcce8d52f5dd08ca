import { useEffect, useState } from 'react';

/**
 * Whether the keyboard help is open, opened by "?" anywhere on the page except while typing in a
 * field or inside a dialog (whose keys are its own).
 */
export function useKeyboardHelp(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target as Element | null;
      if (target?.closest?.('input, textarea, select, [contenteditable="true"], dialog')) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return [open, setOpen];
}

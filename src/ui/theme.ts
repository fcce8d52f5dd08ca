/**
 * Light and dark colours: the system setting by default, or the reader's choice,
 * remembered in this browser. Storage may be refused (private modes, sandboxed frames): then
 * the choice lasts for the page.
 */
import { useCallback, useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'epaa-map-theme';

function stored(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

const darkQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)');

/** Sets the stored or system theme on <html> before the first render, so a reload does not flash. */
export function applyThemeEarly(): void {
  const choice = stored();
  document.documentElement.dataset.theme = choice === 'dark' || (choice === 'system' && darkQuery()?.matches) ? 'dark' : 'light';
}

/** The choice, its setter, and whether the page is dark now; sets `data-theme` on <html>. */
export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void, boolean] {
  const [choice, setChoice] = useState<ThemeChoice>(stored);
  const [systemDark, setSystemDark] = useState(() => darkQuery()?.matches ?? false);
  useEffect(() => {
    const q = darkQuery();
    if (!q) return;
    const on = () => setSystemDark(q.matches);
    q.addEventListener('change', on);
    return () => q.removeEventListener('change', on);
  }, []);
  const dark = choice === 'dark' || (choice === 'system' && systemDark);
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  const choose = useCallback((t: ThemeChoice) => {
    setChoice(t);
    try {
      if (t === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, t);
    } catch {
      // Not stored: the choice holds until the page closes.
    }
  }, []);
  return [choice, choose, dark];
}

/**
 * Light and dark colours: the system setting by default, or the reader's choice,
 * remembered in this browser. Storage may be refused (private modes, sandboxed frames): then
 * the choice lasts for the page. An embed takes its host's choice instead (light unless its
 * address says `theme=dark` or `theme=auto`): it sits in an article, and a dark box in a white
 * page is not what the newsroom chose.
 */
import { useCallback, useEffect, useState } from 'react';
import type { EmbedOptions } from '../state/url-state';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'epaa-map-theme';

/** The choice a page starts with: an embed's host's, else the one stored in this browser, else the system's. */
function initialChoice(embed?: EmbedOptions): ThemeChoice {
  if (embed?.embed) return embed.theme === 'auto' ? 'system' : embed.theme;
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

const darkQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)');

/** Sets the stored or system theme on <html> before the first render, so a reload does not flash. */
export function applyThemeEarly(embed?: EmbedOptions): void {
  const choice = initialChoice(embed);
  document.documentElement.dataset.theme = choice === 'dark' || (choice === 'system' && darkQuery()?.matches) ? 'dark' : 'light';
}

/**
 * The choice, its setter, and whether the page is dark now; sets `data-theme` on <html>. An
 * embed's options fix the choice to its host's.
 */
export function useTheme(embed?: EmbedOptions): [ThemeChoice, (t: ThemeChoice) => void, boolean] {
  const [choice, setChoice] = useState<ThemeChoice>(() => initialChoice(embed));
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

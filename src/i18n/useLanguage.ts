import { useCallback, useEffect, useMemo } from 'react';
import { usePromised } from '../state/usePromised';
import { pageHashStore, useHashState } from '../state/useHashState';
import type { Language } from './load-language';
import { isLang } from './languages';
import type { Lang } from './languages';
import { loadLanguage } from './load-language';

/**
 * The reader's language: the URL's `lang=` (the menu writes it; an edit in the address bar or the
 * back button changes it too), else the one main.tsx chose from the browser. The language shown
 * stays until the next has loaded. Keeps `<html lang>` in step. Returns the language (null until
 * the first has loaded) and the menu's setter.
 */
export function useLanguage(initial: Promise<Language>): [Language | null, (lang: Lang) => void] {
  const wanted = useHashState().lang;
  const loading = useMemo(() => (isLang(wanted) ? loadLanguage(wanted) : initial), [wanted, initial]);
  const language = usePromised(loading);
  useEffect(() => {
    if (language) document.documentElement.lang = language.lang;
  }, [language]);
  const choose = useCallback((lang: Lang) => pageHashStore().update({ lang }, 'now'), []);
  return [language, choose];
}

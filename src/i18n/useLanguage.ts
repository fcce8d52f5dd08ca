import { useCallback, useEffect } from 'react';
import { usePromised } from '../state/usePromised';
import type { Language } from './load-language';
import { replaceHash } from '../state/useUrlView';
import { parseExploreKeys, withHashKeys } from '../state/url-state';
import { isLang } from './languages';
import type { Lang } from './languages';
import { loadLanguage } from './load-language';

/**
 * The reader's language (issue #5): the one main.tsx started loading, then whatever the menu or
 * an edited `lang=` asks for. Keeps `<html lang>` and the URL in step.
 */
export function useLanguage(initial: Promise<Language>): [Language | null, (lang: Lang) => Promise<void>] {
  const [language, setLanguage] = usePromised(initial);
  const switchLanguage = useCallback(async (lang: Lang) => {
    const next = await loadLanguage(lang);
    replaceHash(withHashKeys(window.location.hash, { lang }));
    setLanguage(next);
  }, [setLanguage]);
  useEffect(() => {
    if (language) document.documentElement.lang = language.lang;
  }, [language]);
  // A `lang=` edited in the address bar (or the back button) switches too.
  useEffect(() => {
    const read = () => {
      const lang = parseExploreKeys(window.location.hash).lang;
      if (isLang(lang) && lang !== language?.lang) void switchLanguage(lang);
    };
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [language, switchLanguage]);
  return [language, switchLanguage];
}

import { useCallback, useEffect, useState } from 'react';
import { usePromised } from '../state/usePromised';
import { pageHashStore, useHashState } from '../state/useHashState';
import type { Language } from './load-language';
import { isLang } from './languages';
import type { Lang } from './languages';
import { loadLanguage } from './load-language';

/**
 * The reader's language: the one main.tsx started loading, then whatever the URL's `lang=` says
 * (the menu writes it; an edit in the address bar or the back button changes it too). Keeps
 * `<html lang>` in step. Returns the language (null until the first has loaded) and the menu's
 * setter.
 */
export function useLanguage(initial: Promise<Language>): [Language | null, (lang: Lang) => void] {
  const [first] = usePromised(initial);
  const [switched, setSwitched] = useState<Language | null>(null);
  const language = switched ?? first;
  const wanted = useHashState().lang;

  useEffect(() => {
    if (!isLang(wanted) || !language || wanted === language.lang) return;
    let live = true;
    void loadLanguage(wanted).then((next) => live && setSwitched(next));
    return () => {
      live = false;
    };
  }, [wanted, language]);

  useEffect(() => {
    if (language) document.documentElement.lang = language.lang;
  }, [language]);

  const choose = useCallback((lang: Lang) => pageHashStore().update({ lang }, 'now'), []);
  return [language, choose];
}

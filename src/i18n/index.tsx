/**
 * The interface language as React context: components read their strings with `useStrings()`,
 * so a language switch re-renders exactly the components that show text (memoised ones too).
 */
import { createContext, useContext } from 'react';
import { en } from './messages/en';
import type { Messages } from './messages/en';
import type { Lang } from './languages';

export interface I18n {
  lang: Lang;
  strings: Messages;
}

const I18nContext = createContext<I18n>({ lang: 'en', strings: en });

export function I18nProvider({ value, children }: { value: I18n; children: React.ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useStrings(): Messages {
  return useContext(I18nContext).strings;
}

export function useLang(): Lang {
  return useContext(I18nContext).lang;
}

export type { Messages, Lang };

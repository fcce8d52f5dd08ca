/**
 * The interface language as React context: components read their strings with `useStrings()`,
 * so a language switch re-renders exactly the components that show text (memoised ones too).
 */
import { createContext, useContext } from 'react';
import { en } from './messages/en';
import type { Messages } from './messages/en';
import type { Lang } from './languages';

/**
 * How places are named on the basemap in a language: country names come from the browser's CLDR
 * tables (Intl.DisplayNames), except `countries`, names that the basemap's naming policy puts in
 * their place (geodata/i18n/<lang>.json), by ISO 3166-1 code.
 */
export interface PlaceNames {
  lang: Lang;
  countries: ReadonlyMap<string, string>;
  /** The reference places' names (geodata/i18n/<lang>.json `places`), by place id; English keeps geodata/places.json's. */
  cities?: ReadonlyMap<string, string>;
}

export const ENGLISH_PLACES: PlaceNames = { lang: 'en', countries: new Map() };

export interface I18n {
  lang: Lang;
  strings: Messages;
  places: PlaceNames;
}

const I18nContext = createContext<I18n>({ lang: 'en', strings: en, places: ENGLISH_PLACES });

export function I18nProvider({ value, children }: { value: I18n; children: React.ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useStrings(): Messages {
  return useContext(I18nContext).strings;
}

export function useLang(): Lang {
  return useContext(I18nContext).lang;
}

/** The basemap's place names in the reader's language (the same object until the language changes). */
export function usePlaceNames(): PlaceNames {
  return useContext(I18nContext).places;
}

export type { Messages, Lang };

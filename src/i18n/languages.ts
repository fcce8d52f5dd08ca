/**
 * The languages the map speaks, how one is chosen, and how its interface table is
 * loaded. English is in the main bundle; every other table is its own chunk, loaded only for a
 * reader who picks that language.
 */
import { en } from './messages/en';
import type { Messages } from './messages/en';

import { LANGUAGES } from '../data/lang';
import type { Lang } from '../data/lang';

export { LANGUAGES };
export type { Lang };
export const DEFAULT_LANG: Lang = 'en';

/** Each language named in itself, for the menu. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  ro: 'Română',
  pl: 'Polski',
  tr: 'Türkçe',
  ru: 'Русский',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages the map speaks ("ro-RO" counts as "ro"). */
export function detectLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}

/** The interface table of a language; English is already here, the others are fetched once. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  switch (lang) {
    case 'ro':
      return (await import('./messages/ro')).ro;
    case 'pl':
      return (await import('./messages/pl')).pl;
    case 'tr':
      return (await import('./messages/tr')).tr;
    case 'ru':
      return (await import('./messages/ru')).ru;
    default:
      return en;
  }
}

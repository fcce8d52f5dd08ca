/**
 * The languages the map is written in: its interface, its content translations (geodata/i18n)
 * and its tours each name one of these. The interface's own handling of them is in i18n/languages.ts.
 */
export const LANGUAGES = ['en', 'ro', 'pl', 'tr', 'ru'] as const;
export type Lang = (typeof LANGUAGES)[number];

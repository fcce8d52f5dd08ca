import { describe, expect, it } from 'vitest';
import { DATE_LOCALES, endSentence, writeDate } from '../../../src/i18n/dates';
import { en } from '../../../src/i18n/messages/en';
import { pl } from '../../../src/i18n/messages/pl';
import { ro } from '../../../src/i18n/messages/ro';
import { ru } from '../../../src/i18n/messages/ru';
import { tr } from '../../../src/i18n/messages/tr';

const intl = (locale: string, withDay: boolean) =>
  new Intl.DateTimeFormat(locale, { ...(withDay ? { day: 'numeric' } : {}), month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('writeDate', () => {
  it('knows the locale of every interface language', () => {
    expect([...DATE_LOCALES].sort()).toEqual([en, ro, pl, tr, ru].map((m) => m.locale).sort());
  });

  it.each(DATE_LOCALES)('%s: every month, with and without a day, as Intl writes it', (locale) => {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 28]) {
        expect(writeDate(locale, 2026, month, day)).toBe(intl(locale, true).format(Date.UTC(2026, month - 1, day)));
      }
      expect(writeDate(locale, 2011, month)).toBe(intl(locale, false).format(Date.UTC(2011, month - 1, 1)));
    }
  });

  it('gives an unknown locale English words, and a month out of range only its year', () => {
    expect(writeDate('xx', 2016, 5, 12)).toBe('12 May 2016');
    expect(writeDate('en-GB', 2016, 13)).toBe('2016');
  });
});

describe('endSentence', () => {
  it('ends a sentence with one full stop, also after a date that has its own', () => {
    expect(endSentence('Checked on 28 November 2026')).toBe('Checked on 28 November 2026.');
    expect(endSentence('Проверено 28 ноября 2026 г.')).toBe('Проверено 28 ноября 2026 г.');
  });

  it('no Russian message that ends on a date ends in a double full stop', () => {
    const date = writeDate('ru-RU', 2026, 11, 28);
    expect(date.endsWith('г.')).toBe(true);
    const said: string[] = [];
    const walk = (o: unknown): void => {
      if (typeof o === 'function') {
        try {
          said.push(String((o as (...a: unknown[]) => unknown)(date, date, date)));
        } catch {
          // A message that needs numbers or objects: not one that ends on a date.
        }
      } else if (o && typeof o === 'object') Object.values(o).forEach(walk);
    };
    walk(ru);
    expect(said.length).toBeGreaterThan(20);
    expect(said.filter((t) => t.includes('г..'))).toEqual([]);
  });
});

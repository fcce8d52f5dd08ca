import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages/en';
import { pl } from '../../../src/i18n/messages/pl';
import { ro } from '../../../src/i18n/messages/ro';
import { ru } from '../../../src/i18n/messages/ru';
import { tr } from '../../../src/i18n/messages/tr';

const tables = { en, ro, pl, ru, tr };

describe('the years of delay in the plan table, in each language’s plural', () => {
  it.each([
    ['en', 1, '1 year after the planned year'],
    ['en', 6, '6 years after the planned year'],
    ['ro', 1, 'la un an după anul planificat'],
    ['ro', 6, 'la 6 ani după anul planificat'],
    ['ro', 20, 'la 20 de ani după anul planificat'],
    ['pl', 1, '1 rok po planowanym roku'],
    ['pl', 3, '3 lata po planowanym roku'],
    ['pl', 6, '6 lat po planowanym roku'],
    ['pl', 12, '12 lat po planowanym roku'],
    ['pl', 22, '22 lata po planowanym roku'],
    ['ru', 1, 'через 1 год после запланированного года'],
    ['ru', 3, 'через 3 года после запланированного года'],
    ['ru', 6, 'через 6 лет после запланированного года'],
    ['ru', 11, 'через 11 лет после запланированного года'],
    ['ru', 21, 'через 21 год после запланированного года'],
    ['tr', 6, 'planlanan yıldan 6 yıl sonra'],
  ] as const)('%s, %i years', (lang, years, text) => {
    expect(tables[lang].exportDetails.planDelay(years)).toBe(text);
  });
});

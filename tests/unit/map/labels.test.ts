// The basemap's country labels in each language: CLDR's names (Intl.DisplayNames, here Node's copy
// of CLDR; the browser test checks Chromium's), the naming policy's overrides from geodata/i18n,
// capitals by the language's own rules, and a Noto Sans face for every character drawn.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import type { Lang } from '../../../src/i18n/languages';
import { countryNames, parseContent } from '../../../src/data/content';
import { ENGLISH_PLACES } from '../../../src/i18n';
import type { PlaceNames } from '../../../src/i18n';
import { basemapLabelPoints, countryName, labelData } from '../../../src/map/labels';
import { LANGUAGE_SUBSETS, subsetsOf } from '../../../src/theme/fonts';
import { root } from '../helpers';

function places(lang: Lang): PlaceNames {
  if (lang === 'en') return ENGLISH_PLACES;
  const problems: unknown[] = [];
  const content = parseContent(lang, readFileSync(`${root}geodata/i18n/${lang}.json`, 'utf8'), problems as never[]);
  expect(problems).toEqual([]);
  return { lang, countries: countryNames(content) };
}

const points = basemapLabelPoints().features;
/** Codes the naming policy speaks of, labelled or not. */
const POLICY = ['TR', 'MK', 'CZ', 'PS', 'XK', 'EH', 'AE', 'BA', 'RU', 'IR', 'SY'];
/** "North" in each language: North Macedonia is never plain "Macedonia". */
const NORTH: Record<Lang, RegExp> = { en: /North/, ro: /de Nord/, pl: /Północna/, tr: /Kuzey/, ru: /Северная/ };
/** The State of Palestine, as the UN names it. */
const STATE: Record<Exclude<Lang, 'en'>, RegExp> = { ro: /^Statul Palestina$/, pl: /^Państwo Palestyna$/, tr: /^Filistin Devleti$/, ru: /^Государство Палестина$/ };
/** An abbreviation: "&", or a word of two or more letters all in capitals ("ОАЭ", "UAE"). */
const abbreviated = (name: string) => name.includes('&') || name.split(/[\s\-–,.()]+/).some((w) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase());

describe('basemap labels in the reader’s language', () => {
  it('English keeps the basemap’s own names, in capitals', () => {
    const data = labelData(ENGLISH_PLACES);
    expect(data.features.map((f) => f.properties.label)).toEqual(points.map((f) => f.properties.name.toUpperCase()));
    expect(data.features.find((f) => f.properties.iso2 === 'TR')!.properties.label).toBe('TÜRKIYE');
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s: every label is named in the language, from CLDR or the policy, with its English name and code kept', (lang) => {
    const p = places(lang);
    const data = labelData(p);
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    expect(data.features).toHaveLength(points.length);
    data.features.forEach((f, i) => {
      const { iso2, name, label } = f.properties;
      expect([iso2, name, f.geometry.coordinates]).toEqual([points[i]!.properties.iso2, points[i]!.properties.name, points[i]!.geometry.coordinates]);
      const expected = p.countries.get(iso2!) ?? names.of(iso2!);
      expect(expected, `${lang} ${iso2}`).toBeTruthy();
      expect(label).toBe(expected!.toLocaleUpperCase(lang));
    });
    // Most names differ from English in these languages: the labels really are translated.
    const same = data.features.filter((f) => f.properties.label === f.properties.name.toUpperCase()).length;
    expect(same).toBeLessThan(points.length / 2);
  });

  it.each(LANGUAGES)('%s: names keep the naming policy: North Macedonia, the State of Palestine, no abbreviations', (lang) => {
    const p = places(lang);
    const name = (code: string) => countryName(code, points.find((f) => f.properties.iso2 === code)?.properties.name ?? '', p);
    for (const f of points) {
      const n = countryName(f.properties.iso2, f.properties.name, p);
      expect(abbreviated(n), `${lang} ${f.properties.iso2}: ${n}`).toBe(false);
    }
    if (lang === 'en') return;
    for (const code of POLICY) expect(abbreviated(name(code)), `${lang} ${code}: ${name(code)}`).toBe(false);
    expect(name('MK')).toMatch(NORTH[lang]);
    expect(name('PS')).toMatch(STATE[lang]);
  });

  it('knows an abbreviation when it sees one', () => {
    expect(['ОАЭ', 'Bosnia & Herzegovina', 'UAE', 'Emiratele Arabe Unite', 'Bosna-Hersek', 'Объединённые Арабские Эмираты'].map(abbreviated)).toEqual([true, true, true, false, false, false]);
  });

  it('Russian writes the United Arab Emirates out (CLDR abbreviates it), and a policy name wins over CLDR', () => {
    const ru = places('ru');
    expect(new Intl.DisplayNames(['ru'], { type: 'region' }).of('AE')).toBe('ОАЭ');
    expect(countryName('AE', 'United Arab Emirates', ru)).toBe('Объединённые Арабские Эмираты');
    expect(countryName('FR', 'France', { lang: 'ru', countries: new Map([['FR', 'Франция (тест)']]) })).toBe('Франция (тест)');
    // No code, or one CLDR does not know: the English name.
    expect(countryName(undefined, 'Kosovo', ru)).toBe('Kosovo');
    expect(countryName('QQ', 'Nowhere', ru)).toBe('Nowhere');
  });

  it('capitals follow the language’s rules: Turkish dotted İ', () => {
    const tr = labelData(places('tr'));
    const label = (code: string) => tr.features.find((f) => f.properties.iso2 === code)!.properties.label;
    expect(label('CH')).toBe('İSVİÇRE');
    expect(label('SY')).toBe('SURİYE');
    expect(label('IQ')).toBe('IRAK');
  });

  it.each(LANGUAGES)('%s: every character of every label has a Noto Sans face in the language’s subsets', (lang) => {
    const text = labelData(places(lang)).features.map((f) => f.properties.label).join('');
    const missing = [...new Set(text)].filter((ch) => ch !== ' ' && !subsetsOf(ch.codePointAt(0)!).some((s) => LANGUAGE_SUBSETS[lang].includes(s)));
    expect(missing).toEqual([]);
  });

  it('the same names give the same data (no needless redraw); new names give new data', () => {
    const ro = places('ro');
    expect(labelData(ro)).toBe(labelData(ro));
    expect(labelData({ ...ro })).not.toBe(labelData(ro));
  });
});

// One typeface in three subsets: the page's @font-face rules, the map's label fonts and the
// canvas exports read the same table, and every text each language shows has its faces there.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/messages/en';
import { ro } from '../../../src/i18n/messages/ro';
import { pl } from '../../../src/i18n/messages/pl';
import { tr } from '../../../src/i18n/messages/tr';
import { ru } from '../../../src/i18n/messages/ru';
import { LANGUAGES } from '../../../src/i18n/languages';
import type { Lang } from '../../../src/i18n/languages';
import { LANGUAGE_SUBSETS, NOT_IN_NOTO, SUBSETS, SUBSET_RANGES, WEIGHTS, fontSample, subsetsOf, uncovered } from '../../../src/theme/fonts';
import { LABEL_FONT, basemapStyle, labelFontFaces } from '../../../src/map/style';
import { root, tourIds } from '../helpers';
import { tourFile } from '../../../src/data/validate';
import type { FeatureCollection } from 'geojson';

const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

const css = readFileSync(`${root}src/theme/fonts.css`, 'utf8');
const html = readFileSync(`${root}index.html`, 'utf8');
/** The package's own @font-face rule for one subset's file (its CSS for the weight names every subset). */
function fontsourceRule(subset: string, weight: number): string {
  const sheet = readFileSync(`${root}node_modules/@fontsource/noto-sans/${weight}.css`, 'utf8');
  return new RegExp(`/\\* noto-sans-${subset}-${weight}-normal \\*/\\s*@font-face \\{([^}]*)\\}`).exec(sheet)![1]!;
}
const TABLES: Record<Lang, unknown> = { en, ro, pl, tr, ru };
const CORE = ['sites.geojson', 'phases.json', 'statements.json', 'sources.json', 'glossary.json', 'ranges.json', 'corrections.json', ...tourIds().map((id) => tourFile(id))];

/** Every text of an interface table, functions called with placeholder arguments. */
function tableTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const fn = value as (...a: unknown[]) => unknown;
    try {
      return [String(fn('x', 'y', 'z'))];
    } catch {
      // A citation format: it takes the citation's parts.
      return [String(fn({ title: 'x', view: 'y', publisher: 'z', url: 'u', published: null, checked: '', accessed: new Date(Date.UTC(2026, 10, 28)) }))];
    }
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(tableTexts);
  return [];
}

/** The texts written in `lang`: its table and its content translations (for English, the data). */
function ownTexts(lang: Lang): string {
  const content = lang === 'en' ? CORE.map((f) => readFileSync(`${root}geodata/${f}`, 'utf8')) : [readFileSync(`${root}geodata/i18n/${lang}.json`, 'utf8')];
  return [...tableTexts(TABLES[lang]), ...content].join('\n');
}

describe('fonts', () => {
  it('fonts.css declares each subset in each weight with exactly the ranges of the table, and nothing else', () => {
    const rules = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!);
    expect(rules).toHaveLength(SUBSETS.length * WEIGHTS.length);
    for (const subset of SUBSETS) {
      for (const weight of WEIGHTS) {
        const rule = rules.find((r) => r.includes(`noto-sans-${subset}-${weight}-normal.woff2`));
        expect(rule, `${subset} ${weight}`).toBeDefined();
        expect(rule).toMatch(new RegExp(`font-weight:\\s*${weight};`));
        expect(rule).toMatch(/font-family:\s*'Noto Sans';/);
        const ranges = /unicode-range:\s*([^;]+);/.exec(rule!)![1]!.split(',').map((r) => r.trim());
        expect(ranges, `${subset} ${weight}`).toEqual([...SUBSET_RANGES[subset]]);
      }
    }
  });

  it("the table's ranges are the font package's own for each file", () => {
    for (const subset of SUBSETS) {
      for (const weight of WEIGHTS) {
        const declared = /unicode-range:\s*([^;]+);/.exec(fontsourceRule(subset, weight))![1]!.split(',').map((r) => r.trim());
        expect(declared, `${subset} ${weight}`).toEqual([...SUBSET_RANGES[subset]]);
      }
    }
  });

  it('the page preloads the two Latin files only: an English reader downloads nothing else', () => {
    const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((m) => m[1]!.split('/').pop());
    expect(preloads).toEqual(['noto-sans-latin-400-normal.woff2', 'noto-sans-latin-700-normal.woff2']);
  });

  it("the map's labels are drawn from the same files, each for its own ranges, latin first", () => {
    vi.stubGlobal('document', { baseURI: 'http://localhost/' });
    const style = basemapStyle({ land: EMPTY_COLLECTION, borders: EMPTY_COLLECTION });
    vi.unstubAllGlobals();
    const faces = style['font-faces']![LABEL_FONT] as { url: string; 'unicode-range': string[] }[];
    expect(faces.map((f) => f['unicode-range'])).toEqual(SUBSETS.map((s) => [...SUBSET_RANGES[s]]));
    expect(faces.map((f) => f.url.split('/').pop()!.replace(/-[\w-]{8}\.woff2$|\.woff2$/, ''))).toEqual(SUBSETS.map((s) => `noto-sans-${s}-400-normal`));
    expect(labelFontFaces({ latin: 'a', 'latin-ext': 'b', cyrillic: 'c' }).map((f) => f.url)).toEqual(['a', 'b', 'c']);
    expect(style.layers.find((l) => l.id === 'country-labels')!.layout).toMatchObject({ 'text-font': [LABEL_FONT] });
  });

  it.each(LANGUAGES)('every character %s shows in its own words has a Noto Sans face, in the subsets of its script', (lang) => {
    const text = ownTexts(lang);
    expect(uncovered(text).filter((ch) => !NOT_IN_NOTO.has(ch)), 'no face at all').toEqual([]);
    // A character outside the language's subsets would fetch another file for it. The English data
    // names places in their own spelling (Słupsk, Akçadağ, in the panels): the faces are there,
    // fetched when such a panel opens; the interface table itself stays Latin.
    const own = lang === 'en' ? tableTexts(en).join('\n') : text;
    const foreign = [...new Set(own)].filter((ch) => {
      const s = subsetsOf(ch.codePointAt(0)!);
      return s.length > 0 && !s.some((x) => LANGUAGE_SUBSETS[lang].includes(x));
    });
    expect(foreign, 'outside its subsets').toEqual([]);
  });

  it("each language's sample fetches exactly its subsets", () => {
    for (const lang of LANGUAGES) {
      const used = new Set([...fontSample(lang)].flatMap((ch) => subsetsOf(ch.codePointAt(0)!)));
      expect([...used].sort(), lang).toEqual([...LANGUAGE_SUBSETS[lang]].sort());
    }
  });

  it('knows which characters are not covered', () => {
    expect(uncovered('Deveselu Редзиково Kürecik Słupsk İ ș → ⌘\n')).toEqual(['→', '⌘']);
    expect(subsetsOf('я'.codePointAt(0)!)).toEqual(['cyrillic']);
    expect(subsetsOf('ł'.codePointAt(0)!)).toEqual(['latin-ext']);
    expect(subsetsOf('ü'.codePointAt(0)!)).toEqual(['latin']);
  });
});

import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, DATA_LICENCE, csvField, dataFileName, eventsCsv, sitesGeoJson, toCsv } from '../../../src/export/data-download';
import type { DataForDownload } from '../../../src/export/data-download';
import { validateDataset } from '../../../src/data/validate-all';
import type { Dataset } from '../../../src/data/validate';
import { byId } from '../../../src/data/select';
import { localize, parseContent } from '../../../src/data/content';
import { en } from '../../../src/i18n/messages/en';
import { ro } from '../../../src/i18n/messages/ro';
import { csvRecords, parseCsv } from '../../e2e/support/csv';
import { realFiles, root } from '../helpers';
import { readFileSync } from 'node:fs';

const data = validateDataset(realFiles());
const input = (d: Dataset = data, strings = en, lang = 'en'): DataForDownload => ({
  sites: d.sites,
  phases: d.phases,
  statements: d.statements,
  sources: byId(d.sources),
  lang,
  strings,
  pageUrl: 'https://news.example/maps/epaa/',
});

describe('CSV writing', () => {
  it('quotes a field only when it must, and doubles its quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(' edge')).toBe('" edge"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('what it writes reads back exactly: quotes, commas, line breaks, empty fields, UTF-8', () => {
    const rows = [
      ['a', 'b', 'c'],
      ['“curly”, and "straight"', 'line one\r\nline two\nthree', ''],
      ['Kürecik', 'Słupsk', 'Дата'],
      ['', '', ''],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('the events and statements CSV', () => {
  const records = csvRecords(eventsCsv(input()));

  it('has the documented columns, about rows first, then one row per dated event and per statement', () => {
    expect(parseCsv(eventsCsv(input()))[0]).toEqual([...CSV_COLUMNS]);
    const types = records.map((r) => r.type);
    expect(types.slice(0, 3)).toEqual(['about', 'about', 'about']);
    const events = data.sites.reduce((n, s) => n + s.dates.length, 0) + data.phases.reduce((n, p) => n + p.actual.length, 0);
    expect(types.filter((t) => t === 'event')).toHaveLength(events);
    expect(types.filter((t) => t === 'statement')).toHaveLength(data.statements.length);
    expect(events).toBeGreaterThan(20);
  });

  it('names its licence and the date the facts were checked', () => {
    const licence = records.find((r) => r.type === 'about' && r.id === 'license')!;
    expect(licence.kind).toBe(DATA_LICENCE.id);
    expect(licence.source_urls).toBe(DATA_LICENCE.url);
    expect(licence.text).toContain('CC BY 4.0');
    const checked = records.find((r) => r.id === 'facts-checked')!;
    expect(checked.date).toBe(data.sites.map((s) => s.statusChecked).sort()[0]);
    expect(checked.text).toMatch(/^Facts checked on \d+ \w+ \d{4}\.$/);
  });

  it("keeps each quote word for word, with its speaker, date and source's title and address", () => {
    for (const st of data.statements) {
      const row = records.find((r) => r.type === 'statement' && r.id === st.id)!;
      expect(row.text).toBe(st.quote);
      expect(row.speaker).toBe(st.speaker ?? '');
      expect(row.date).toBe(st.date);
      const source = data.sources.find((s) => s.id === st.source)!;
      expect(row.sources).toContain(source.title);
      expect(row.source_urls).toBe(source.url ?? '');
    }
  });

  it("gives each event the addresses of its sources that have one, and marks a title that is our description", () => {
    const events = records.filter((r) => r.type === 'event');
    const withUrl = events.filter((r) => r.source_urls);
    expect(withUrl.length).toBeGreaterThan(10);
    for (const s of data.sites) {
      s.dates.forEach((e) => {
        const row = events.find((r) => r.subject_id === s.id && r.date === e.date && r.text === e.text)!;
        const urls = e.sources.flatMap((id) => data.sources.find((x) => x.id === id)?.url ?? []);
        expect(row.source_urls, `${s.id} ${e.date}`).toBe(urls.join(' '));
        for (const id of e.sources) {
          const src = data.sources.find((x) => x.id === id)!;
          expect(row.sources).toContain(src.described ? `[${src.title}]` : src.title);
        }
      });
    }
  });

  it('gives each statement its side, language, translators and verification', () => {
    const peskov = records.find((r) => r.id === 'ru-peskov-2024-11-13-parity')!;
    expect([peskov.sides, peskov.language, peskov.verification, peskov.translation_by]).toEqual(['Russia', 'ru', 'verified', 'Translation (ours)']);
    expect(peskov.translation).toMatch(/^Of course/);
    const putin = records.find((r) => r.id === 'ru-putin-2016-05-27-crosshairs')!;
    expect([putin.language, putin.spoken_in, putin.quote_translated_by, putin.verification, putin.translation]).toEqual(['en', 'ru', 'Reuters', 'verified-in-translation', '']);
    const ankara = records.find((r) => r.id === 'tr-mfa-2014-07-20-no-sharing')!;
    expect(ankara.translation_by).toBe('the Ministry of Foreign Affairs of Turkey');
    expect(records.find((r) => r.id === 'us-pl-joint-statement-2010-07-03')!.sides).toBe('United States; Poland');
  });

  it('gives each event its site or phase, dates and every source', () => {
    const site = data.sites[0]!;
    const rows = records.filter((r) => r.type === 'event' && r.subject_id === site.id);
    expect(rows.map((r) => [r.date, r.text])).toEqual(site.dates.map((e) => [e.date, e.text]));
    const e = site.dates[0]!;
    for (const id of e.sources) expect(rows[0]!.sources).toContain(data.sources.find((s) => s.id === id)!.title);
    const phase = data.phases.find((p) => p.actual.length)!;
    expect(records.filter((r) => r.subject_id === `phase-${phase.id}`).map((r) => r.subject)).toContain(phase.name);
    const span = records.find((r) => r.date_to);
    expect(span?.date_to).toMatch(/^\d{4}/);
  });

  it("in another language, the texts are the reader's and the quotes stay as said", () => {
    const local = localize(data, parseContent('ro', readFileSync(`${root}geodata/i18n/ro.json`, 'utf8'), []));
    const rows = csvRecords(eventsCsv(input(local, ro, 'ro')));
    const st = local.statements.find((s) => s.translation)!;
    const row = rows.find((r) => r.id === st.id)!;
    expect(row.text).toBe(data.statements.find((s) => s.id === st.id)!.quote);
    expect(row.translation).toBe(st.translation);
    expect(rows.find((r) => r.id === 'facts-checked')!.text).toMatch(/^Informații verificate la/);
    expect(rows.find((r) => r.type === 'event')!.text).toBe(local.sites[0]!.dates[0]!.text);
  });
});

describe('the sites GeoJSON', () => {
  const geo = JSON.parse(sitesGeoJson(input()));

  it('is a FeatureCollection of points with the licence and the check date as its own members', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.license).toBe('CC-BY-4.0');
    expect(geo.licenseUrl).toBe(DATA_LICENCE.url);
    expect(geo.factsChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(geo.language).toBe('en');
    expect(geo.features).toHaveLength(data.sites.length);
    for (const f of geo.features) {
      const site = data.sites.find((s) => s.id === f.id)!;
      expect(f.geometry).toEqual({ type: 'Point', coordinates: [site.lon, site.lat] });
    }
  });

  it('lists every statement with its side, original words, translation, translator and verification', () => {
    expect(geo.statements.map((s: any) => s.id)).toEqual(data.statements.map((s) => s.id));
    const zapatero = geo.statements.find((s: any) => s.id === 'es-zapatero-2011-10-05-rota');
    expect(zapatero).toMatchObject({ sides: ['Spain'], language: 'es', translationBy: 'Translation (ours)', verification: 'verified', sites: ['rota'] });
    expect(zapatero.quote).toMatch(/^Se trata de una iniciativa/);
    expect(zapatero.source.url).toMatch(/^https:\/\/lamoncloa/);
    const hajizadeh = geo.statements.find((s: any) => s.id === 'ir-hajizadeh-2011-11-26-target-shield-turkey');
    expect(hajizadeh).toMatchObject({ sides: ['Iran'], language: 'en', spokenIn: 'fa', quoteTranslatedBy: 'AP', verification: 'verified-in-translation' });
  });

  it('gives each site its dated events, each with its sources spelled out', () => {
    for (const f of geo.features) {
      const site = data.sites.find((s) => s.id === f.id)!;
      expect(f.properties.dates.map((e: any) => e.text)).toEqual(site.dates.map((e) => e.text));
      for (const [i, e] of site.dates.entries()) {
        expect(f.properties.dates[i].sources.map((s: any) => s.id)).toEqual(e.sources);
        for (const s of f.properties.dates[i].sources) expect(s.title).toBeTruthy();
      }
      expect(f.properties.statusSources[0].publisher).toBeTruthy();
    }
  });
});

describe('file names', () => {
  it('say what, in which language and when', () => {
    const day = new Date('2026-11-30T23:00:00Z');
    expect(dataFileName('sites', 'ro', day)).toBe('epaa-map_sites_ro_2026-11-30.geojson');
    expect(dataFileName('events-statements', 'en', day)).toBe('epaa-map_events-statements_en_2026-11-30.csv');
  });
});

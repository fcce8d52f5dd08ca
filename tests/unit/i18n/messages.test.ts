// Every language has every interface key, with the same shape, and every content
// record translated; a broken translation file is reported and costs only itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages/en';
import { ro } from '../../../src/i18n/messages/ro';
import { pl } from '../../../src/i18n/messages/pl';
import { tr } from '../../../src/i18n/messages/tr';
import { ru } from '../../../src/i18n/messages/ru';
import { LANGUAGES, detectLanguage } from '../../../src/i18n/languages';
import { CONTENT_SECTIONS, localize, localizeTour, parseContent } from '../../../src/data/content';
import type { EventText } from '../../../src/data/content';
import { describeProblem } from '../../../src/data/validate';
import { validateDataset } from '../../../src/data/validate-all';
import type { DataProblem } from '../../../src/data/validate';
import { realFiles, root, shippedTours } from '../helpers';

const tables = { ro, pl, tr, ru } as Record<string, unknown>;

/** Every key path of a table, with what is there: "fn/2" for a function of two, "string", "object". */
function shape(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'function') out.set(path, `fn/${value.length}`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) for (const [p, t] of shape(v, path ? `${path}.${k}` : k)) out.set(p, t);
    if (Object.keys(value).length === 0) out.set(path, 'object');
  } else if (value !== undefined) out.set(path, typeof value);
  return out;
}

/** Functions whose arguments are not all text: the arguments to call them with. */
const NUMBER_ARGS: Record<string, unknown[]> = {
  dataProblemsTitle: [3],
  moreProblems: [3],
  'share.briefingStep': [3, 'ARG1'],
  'share.briefingFile': [3],
  'share.downloaded': ['ARG0', 10, 20],
  'briefing.stepOf': [3, 11],
  'briefing.counter': [3, 11],
  'measure.picked': [2],
  'said.count': [3],
  // The parts of a statement's citation (tests/unit/export/statement-cite.test.ts checks the English).
  'said.citation': [{ who: 'ARG0', role: 'ARG1', occasion: 'ARG2', place: 'ARG3', date: 'ARG4', quote: 'ARG5', translatedBy: 'ARG6', source: 'ARG7', url: 'ARG8', publisher: 'ARG9', pageUrl: 'ARG10', accessed: 'ARG11' }],
  // The parts of a citation (tests/unit/export/cite.test.ts checks each format's text).
  ...Object.fromEntries(
    ['plain', 'apa', 'mla', 'chicago', 'bibtexNote'].map((f) => [
      `takeAway.cite.${f}`,
      [{ title: 'ARG0', view: 'ARG1', publisher: 'ARG2', url: 'ARG3', published: null, checked: 'ARG4', accessed: new Date('2026-11-30T12:00:00Z') }],
    ]),
  ),
};

const MAPLIBRE_KEYS = ['NavigationControl.ZoomIn', 'NavigationControl.ZoomOut', 'AttributionControl.ToggleAttribution', 'CooperativeGesturesHandler.WindowsHelpText'];

describe('interface tables', () => {
  const reference = shape({ ...en, mapLocale: {} });
  it.each(Object.keys(tables))('%s has every key of English, of the same kind, and no other', (lang) => {
    const table = tables[lang] as typeof en;
    const own = shape({ ...table, mapLocale: {} });
    const missing = [...reference.keys()].filter((k) => !own.has(k));
    const extra = [...own.keys()].filter((k) => !reference.has(k));
    expect(missing, `missing in ${lang}`).toEqual([]);
    expect(extra, `not in English (${lang})`).toEqual([]);
    for (const [k, t] of reference) expect(own.get(k), `${lang}: ${k}`).toBe(t);
    for (const k of MAPLIBRE_KEYS) expect(table.mapLocale[k], `${lang} mapLocale ${k}`).toBeTruthy();
  });

  it.each(Object.keys(tables))('%s: every string is non-empty and every function returns text with its arguments in it', (lang) => {
    const table = tables[lang] as Record<string, unknown>;
    const visit = (v: unknown, path: string) => {
      if (typeof v === 'string') expect(v.trim(), path).not.toBe('');
      else if (typeof v === 'function') {
        const args = NUMBER_ARGS[path] ?? Array.from({ length: v.length }, (_, i) => `ARG${i}`);
        const out = v(...args) as unknown;
        expect(typeof out === 'string' || Array.isArray(out), path).toBe(true);
        for (const a of args) if (typeof a === 'string' && typeof out === 'string' && !/briefingFile/.test(path)) expect(out, `${lang}.${path}`).toContain(a);
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, path ? `${path}.${k}` : k);
    };
    visit(table, '');
  });

  it('a table that lost a key fails the check', () => {
    const broken = { ...ro, measure: { ...ro.measure, heading: undefined } };
    expect([...shape({ ...en, mapLocale: {} }).keys()].filter((k) => !shape({ ...broken, mapLocale: {} }).has(k))).toEqual(['measure.heading']);
  });

  it('picks the language from the browser, else English', () => {
    expect(detectLanguage(['ro-RO', 'en'])).toBe('ro');
    expect(detectLanguage(['de-DE', 'PL'])).toBe('pl');
    expect(detectLanguage(['de', 'fr'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});

describe('content translations (geodata/i18n)', () => {
  const data = validateDataset(realFiles());
  const tours = shippedTours(data);
  const langs = LANGUAGES.filter((l) => l !== 'en');

  it.each(langs)('%s translates every record and every text field, with no problems', (lang) => {
    const problems: DataProblem[] = [];
    const c = parseContent(lang, readFileSync(`${root}geodata/i18n/${lang}.json`, 'utf8'), problems);
    expect(problems.map(describeProblem)).toEqual([]);
    // Each event's text, and its mark's note exactly where the event has a mark.
    const checkEvents = (what: string, events: { certainty?: unknown }[], texts: EventText[] | undefined) => {
      expect(texts, what).toHaveLength(events.length);
      events.forEach((e, i) => expect(typeof texts![i] === 'object', `${what}[${i}] has a certainty note`).toBe(e.certainty !== undefined));
    };
    for (const s of data.sites) {
      const x = c.sites.get(s.id);
      expect(x, `${lang} site ${s.id}`).toBeDefined();
      checkEvents(`${lang} site ${s.id} dates`, s.dates, x!.dates);
      expect(Boolean(x!.positionCertainty), `${lang} site ${s.id} positionCertainty`).toBe(Boolean(s.positionCertainty));
      expect(Boolean(x!.statusCertainty), `${lang} site ${s.id} statusCertainty`).toBe(Boolean(s.statusCertainty));
    }
    for (const p of data.phases) {
      const x = c.phases.get(String(p.id));
      checkEvents(`${lang} phase ${p.id} actual`, p.actual, x?.actual);
      expect(Boolean(x?.sensors), `${lang} phase ${p.id} sensors`).toBe(Boolean(p.sensors));
    }
    for (const s of data.statements) {
      const x = c.statements.get(s.id);
      // Our translation for every quote in another language; none for a quote in this one, which its readers see alone.
      expect(Boolean(x?.translation), `${lang} statement ${s.id} translation`).toBe(s.lang !== lang);
      expect(Boolean(x?.role), `${lang} statement ${s.id} role`).toBe(Boolean(s.role));
      expect(Boolean(x?.occasion), `${lang} statement ${s.id} occasion`).toBe(Boolean(s.occasion));
      expect(Boolean(x?.place), `${lang} statement ${s.id} place`).toBe(Boolean(s.place));
      expect(Boolean(x?.linkNote), `${lang} statement ${s.id} linkNote`).toBe(Boolean(s.linkNote));
      expect(Boolean(x?.certainty), `${lang} statement ${s.id} certainty`).toBe(Boolean(s.certainty));
    }
    for (const s of data.sources) {
      const x = c.sources.get(s.id);
      expect(Boolean(x?.certainty), `${lang} source ${s.id} certainty`).toBe(Boolean(s.certainty));
      expect(Boolean(x?.note), `${lang} source ${s.id} note`).toBe(Boolean(s.note));
    }
    for (const r of data.corrections) {
      const x = c.corrections.get(r.id);
      expect(x?.change && x.reason, `${lang} correction ${r.id}`).toBeTruthy();
    }
    for (const g of data.glossary) expect(c.glossary.get(g.id)?.definition, `${lang} glossary ${g.id}`).toBeTruthy();
    for (const r of data.ranges) expect(c.ranges.get(r.id)?.label, `${lang} range ${r.id}`).toBeTruthy();
    // Every shipped tour: its title, every step's title and speaker notes, and its caption exactly where it has one.
    expect(tours.length).toBeGreaterThan(1);
    for (const { id, tour } of tours) {
      const t = c.tours.get(id);
      expect(t?.title, `${lang} tour ${id}`).toBeTruthy();
      const byStep = new Map(t!.steps.map((s) => [s.id, s]));
      for (const step of tour.steps) {
        const x = byStep.get(step.id);
        expect(x?.title && x.notes, `${lang} tour ${id} step ${step.id}`).toBeTruthy();
        expect(Boolean(x?.text), `${lang} tour ${id} step ${step.id} text`).toBe(step.text !== undefined);
      }
      expect([...byStep.keys()].filter((s) => !tour.steps.some((x) => x.id === s)), `${lang}: steps of ${id} that do not exist`).toEqual([]);
    }
    expect([...c.tours.keys()].filter((id) => !tours.some((t) => t.id === id)), `${lang}: tours that do not exist`).toEqual([]);
    // The reference places on the map: every one named, none that does not exist.
    const placeIds = (JSON.parse(readFileSync(`${root}geodata/places.json`, 'utf8')) as { id: string }[]).map((p) => p.id);
    expect([...c.places.keys()].sort(), `${lang}: reference places`).toEqual([...placeIds].sort());
    expect([...c.sites.keys()].filter((id) => !data.sites.some((s) => s.id === id)), `${lang}: sites that do not exist`).toEqual([]);
  });

  it.each(langs)('%s: each tour step states the same numbers as the English one (dates, counts, phases)', (lang) => {
    const c = parseContent(lang, readFileSync(`${root}geodata/i18n/${lang}.json`, 'utf8'), []);
    const numbers = (t: string) => (t.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b);
    for (const { id, tour } of tours) {
      const t = c.tours.get(id)!;
      expect(numbers(t.title), `${lang} tour ${id} title`).toEqual(numbers(tour.info!.title));
      for (const step of tour.steps) {
        const x = t.steps.find((s) => s.id === step.id)!;
        const english = [step.title, step.text ?? '', step.notes].join(' ');
        expect(numbers([x.title, x.text ?? '', x.notes].join(' ')), `${lang} tour ${id} step ${step.id}`).toEqual(numbers(english));
      }
    }
  });

  it.each(langs)('%s: each tour in that language keeps its ids, cameras, phases, sites and statements', (lang) => {
    const c = parseContent(lang, readFileSync(`${root}geodata/i18n/${lang}.json`, 'utf8'), []);
    for (const { id, tour } of tours) {
      const english = { id, title: tour.info!.title, steps: tour.steps };
      const local = localizeTour(english, c);
      expect(local.translated).toBe(true);
      expect(local.title, `${lang} ${id}`).not.toBe(english.title);
      expect(local.steps.map(({ title: _t, text: _x, notes: _n, ...rest }) => rest)).toEqual(tour.steps.map(({ title: _t, text: _x, notes: _n, ...rest }) => rest));
      local.steps.forEach((s, i) => {
        expect(s.title, `${lang} ${id} ${s.id}`).not.toBe(tour.steps[i]!.title);
        expect(s.notes, `${lang} ${id} ${s.id}`).not.toBe(tour.steps[i]!.notes);
      });
      expect(localizeTour(english, null)).toEqual({ title: english.title, steps: tour.steps, translated: false });
    }
  });

  it('a site name of its own spelling goes on the map and in lists, the local name stays for the panel', () => {
    const c = parseContent('ru', readFileSync(`${root}geodata/i18n/ru.json`, 'utf8'), []);
    const ru = localize(data, c);
    const deveselu = ru.sites.find((s) => s.id === 'deveselu')!;
    expect(deveselu.name).toBe('Девеселу');
    expect(deveselu.localName).toBe('Deveselu');
    // Languages that keep the local spelling have no second name.
    const pl = localize(data, parseContent('pl', readFileSync(`${root}geodata/i18n/pl.json`, 'utf8'), []));
    expect(pl.sites.map((s) => [s.name, s.localName])).toEqual(data.sites.map((s) => [s.name, undefined]));
  });

  it('gives English readers the English beside a quote in another language, credited to whoever made it', () => {
    const inEnglish = data.statements.filter((s) => s.lang !== 'en');
    expect(inEnglish.length).toBeGreaterThan(0);
    for (const s of inEnglish) {
      expect(s.translation, s.id).toBe(s.english!.text);
      expect(s.translationBy, s.id).toEqual(s.english!.translatedBy);
    }
    // An official English stays credited to its institution; a quote in English has no translation.
    expect(data.statements.some((s) => s.translationBy?.kind === 'institution')).toBe(true);
    for (const s of data.statements.filter((x) => x.lang === 'en')) expect(s.translation, s.id).toBeUndefined();
  });

  it('localizes texts but never the quotes, ids, dates or numbers', () => {
    const problems: DataProblem[] = [];
    const c = parseContent('ro', readFileSync(`${root}geodata/i18n/ro.json`, 'utf8'), problems);
    const ro = localize(data, c);
    expect(ro.statements.map((s) => s.quote)).toEqual(data.statements.map((s) => s.quote));
    // A quote in Romanian stands alone; every other has our translation, marked as ours (no translator named).
    for (const s of ro.statements) {
      expect(Boolean(s.translation), s.id).toBe(s.lang !== 'ro');
      if (s.translation) expect(s.translation, s.id).not.toBe(s.quote);
      expect(s.translationBy, s.id).toBeUndefined();
    }
    expect(ro.statements.some((s) => s.lang === 'ro')).toBe(true);
    expect(ro.sites.map((s) => [s.id, s.lon, s.lat, s.kind, s.phases])).toEqual(data.sites.map((s) => [s.id, s.lon, s.lat, s.kind, s.phases]));
    expect(ro.sites.flatMap((s) => s.dates.map((d) => d.date))).toEqual(data.sites.flatMap((s) => s.dates.map((d) => d.date)));
    expect(ro.sites.find((s) => s.id === 'deveselu')!.country).not.toBe('Romania');
    expect(ro.ranges.map((r) => r.km)).toEqual(data.ranges.map((r) => r.km));
    // Marks keep their kind and sources; only their notes are translated, each in its place.
    const marks = (d: typeof data) => [
      ...d.sites.flatMap((s) => [s.statusCertainty, s.positionCertainty, ...s.dates.map((e) => e.certainty)]),
      ...d.phases.flatMap((p) => p.actual.map((e) => e.certainty)),
      ...d.statements.map((s) => s.certainty),
      ...d.sources.map((s) => s.certainty),
    ];
    expect(marks(ro).map((c) => c && [c.kind, c.sources])).toEqual(marks(data).map((c) => c && [c.kind, c.sources]));
    marks(ro).forEach((c, i) => c && expect(c.note).not.toBe(marks(data)[i]!.note));
    expect(ro.phases.map((p) => p.plannedSources)).toEqual(data.phases.map((p) => p.plannedSources));
    expect(ro.corrections.map((c) => [c.id, c.date])).toEqual(data.corrections.map((c) => [c.id, c.date]));
    expect(ro.corrections[0]!.change).not.toBe(data.corrections[0]!.change);
  });

  it('a broken file or record is reported by file, record and field; the rest still applies', () => {
    const problems: DataProblem[] = [];
    parseContent('pl', '{ "sites": [', problems);
    expect(problems.map(describeProblem)[0]).toMatch(/^geodata\/i18n\/pl\.json: is not valid JSON/);

    const json = JSON.parse(readFileSync(`${root}geodata/i18n/pl.json`, 'utf8'));
    delete json.glossary[0].definition;
    json.phases = 'nope';
    const more: DataProblem[] = [];
    const c = parseContent('pl', JSON.stringify(json), more);
    expect(more.map(describeProblem)).toEqual([
      'geodata/i18n/pl.json, field "phases": must be an array of records',
      'geodata/i18n/pl.json, record "glossary.epaa", field "definition": is missing',
    ]);
    const pl = localize(data, c);
    expect(pl.glossary[0]!.definition).toBe(data.glossary[0]!.definition);
    expect(pl.glossary[1]!.definition).not.toBe(data.glossary[1]!.definition);
    expect(CONTENT_SECTIONS).toEqual(['sites', 'phases', 'statements', 'sources', 'glossary', 'ranges', 'corrections', 'tours', 'countries', 'places']);
  });
});

/**
 * Content translations: site, phase, statement, source, glossary, range, correction and tour texts
 * in the reader's language, and the basemap's country names where the naming policy sets them,
 * from geodata/i18n/<lang>.json. Quotes are never replaced: a translation is
 * shown beside the original and marked as one. A missing text falls back to English; a broken
 * file is reported like any other data problem and costs only itself.
 */
import * as v from 'valibot';
import type { Dataset, DataFile, DataProblem } from './validate';
import { parseJson, validateRecords } from './validate';
import { INLINE_CONTENT } from '../single-file/content-files';
import type { Lang } from './lang';

const URLS = import.meta.glob<string>('../../geodata/i18n/*.json', { query: '?url', import: 'default', eager: true });

const t = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
/** A dated event's text; with the note of its mark of certainty where it has one. */
const eventText = v.union([t, v.object({ text: t, certainty: t })], 'must be a text, or an object with "text" and "certainty"');
const events = v.array(eventText);
export type EventText = v.InferOutput<typeof eventText>;

const entry = {
  sites: v.object({
    id: t,
    /** The name on the map and in lists, where the press of the language spells it its own way. */
    name: v.optional(t),
    fullName: t,
    country: t,
    role: t,
    system: t,
    status: t,
    /** The notes of the status's and the position's marks of certainty. */
    statusCertainty: v.optional(t),
    positionCertainty: v.optional(t),
    dates: events,
  }),
  phases: v.object({ id: v.number(), name: t, interceptor: t, sensors: v.optional(t), outcomeSummary: t, actual: events }),
  /** Our translation of the quote (none for a quote in the file's own language) and the texts about it. */
  statements: v.object({
    id: t,
    translation: v.optional(t),
    role: v.optional(t),
    occasion: v.optional(t),
    place: v.optional(t),
    linkNote: v.optional(t),
    certainty: v.optional(t),
  }),
  sources: v.object({ id: t, note: v.optional(t), certainty: v.optional(t) }),
  glossary: v.object({ id: t, term: t, expansion: v.optional(t), definition: t }),
  ranges: v.object({ id: t, label: t, note: v.optional(t), centreLabel: v.optional(t), centreNote: v.optional(t) }),
  corrections: v.object({ id: t, change: t, reason: t }),
  /** The shipped tours (geodata/tours/<id>.json), by tour id: the title, and the steps by step id. */
  tours: v.object({ id: t, title: t, steps: v.array(v.object({ id: t, title: t, text: v.optional(t), notes: v.optional(t) })) }),
  /**
   * A basemap country name that replaces the one CLDR gives (Intl.DisplayNames), by ISO 3166-1
   * code, where CLDR's conflicts with the basemap's naming policy; `note` says why, for editors.
   */
  countries: v.object({ id: v.pipe(t, v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')), name: t, note: t }),
  /** The reference places' names (geodata/places.json), by place id. */
  places: v.object({ id: t, name: t }),
};
export type ContentSection = keyof typeof entry;
export const CONTENT_SECTIONS = Object.keys(entry) as ContentSection[];
export type Content = { [K in ContentSection]: Map<string, v.InferOutput<(typeof entry)[K]>> } & { lang: Lang };

export const contentFile = (lang: Lang): DataFile => `i18n/${lang}.json`;

/** Reads a translation file: each section is an array of records keyed by the id they translate. */
export function parseContent(lang: Lang, raw: string | { error: string }, problems: DataProblem[]): Content {
  const file = contentFile(lang);
  const json = parseJson(file, raw, problems) as Record<string, unknown> | undefined;
  const out = { ...Object.fromEntries(CONTENT_SECTIONS.map((k) => [k, new Map()])), lang } as Content;
  if (json === undefined) return out;
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    problems.push({ file, message: 'must be a JSON object with one array per section' });
    return out;
  }
  for (const section of CONTENT_SECTIONS) {
    const records = json[section];
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      problems.push({ file, field: section, message: 'must be an array of records' });
      continue;
    }
    const { valid } = validateRecords(file, records, entry[section], (r) => (r.id === undefined ? undefined : `${section}.${String(r.id)}`), problems);
    for (const { value } of valid) (out[section] as Map<string, unknown>).set(String(value.id), value);
  }
  return out;
}

/** A mark's note in another language; the kind and its sources are the same in every language. */
function noted<C extends { note: string }>(c: C | undefined, note: string | undefined): C | undefined {
  return c && note ? { ...c, note } : c;
}

/** Picks the translated text (and mark note) by position, falling back to the original where there is none. */
function each<T extends { text: string; certainty?: { note: string } | undefined }>(items: T[], texts: EventText[] | undefined): T[] {
  return items.map((item, i) => {
    const x = texts?.[i];
    if (!x) return item;
    if (typeof x === 'string') return { ...item, text: x };
    return { ...item, text: x.text, certainty: noted(item.certainty, x.certainty) };
  });
}

/** The dataset with its texts in another language; ids, numbers, dates and quotes unchanged. */
export function localize(data: Dataset, c: Content): Dataset {
  return {
    ...data,
    sites: data.sites.map((s) => {
      const x = c.sites.get(s.id);
      if (!x) return s;
      return {
        ...s,
        ...pick(x, ['fullName', 'country', 'role', 'system', 'status']),
        // The language's own spelling on the map and in lists; the local name stays in the panel.
        ...(x.name && x.name !== s.name ? { name: x.name, localName: s.name } : {}),
        statusCertainty: noted(s.statusCertainty, x.statusCertainty),
        positionCertainty: noted(s.positionCertainty, x.positionCertainty),
        dates: each(s.dates, x.dates),
      };
    }),
    phases: data.phases.map((p) => {
      const x = c.phases.get(String(p.id));
      if (!x) return p;
      // A phase with no sensors wording keeps none, whatever the translation says.
      const sensors = p.sensors !== undefined && x.sensors !== undefined ? { sensors: x.sensors } : {};
      return { ...p, ...pick(x, ['name', 'interceptor', 'outcomeSummary']), ...sensors, actual: each(p.actual, x.actual) };
    }),
    statements: data.statements.map((s) => {
      const x = c.statements.get(s.id);
      // A reader of the quote's own language sees it alone; any other, our translation (marked as ours).
      const rest = { ...s };
      delete rest.translation;
      delete rest.translationBy;
      const own = s.lang === c.lang;
      const translated = !own && x?.translation ? { translation: x.translation } : {};
      if (!x) return own ? rest : s;
      return { ...rest, ...translated, ...pick(x, ['role', 'occasion', 'place', 'linkNote']), certainty: noted(s.certainty, x.certainty) };
    }),
    sources: data.sources.map((s) => {
      const x = c.sources.get(s.id);
      return x ? { ...s, ...pick(x, ['note']), certainty: noted(s.certainty, x.certainty) } : s;
    }),
    corrections: localizeCorrections(data.corrections, c),
    glossary: data.glossary.map((g) => {
      const x = c.glossary.get(g.id);
      return x ? { ...g, ...pick(x, ['term', 'expansion', 'definition']) } : g;
    }),
    ranges: data.ranges.map((r) => {
      const x = c.ranges.get(r.id);
      if (!x) return r;
      const centre = 'site' in r.centre ? r.centre : { ...r.centre, ...renamed(x, { centreLabel: 'label', centreNote: 'note' }) };
      return { ...r, ...pick(x, ['label', 'note']), centre };
    }),
  };
}

/**
 * A shipped tour in another language: its title, and its steps' titles, captions and speaker
 * notes; the rest unchanged. `translated` says whether the language has this tour at all (else it
 * stays English). Only shipped tours are translated: a reader's own tour stays in its language.
 */
export function localizeTour<S extends { id: string; title: string; text?: string | undefined; notes?: string | undefined }>(
  tour: { id: string; title: string; steps: S[] },
  c: Content | null,
): { title: string; steps: S[]; translated: boolean } {
  const x = c?.tours.get(tour.id);
  if (!x) return { title: tour.title, steps: tour.steps, translated: false };
  const byStep = new Map(x.steps.map((s) => [s.id, s]));
  const steps = tour.steps.map((step) => {
    const y = byStep.get(step.id);
    if (!y) return step;
    // A step with no caption or notes keeps none, whatever the translation says.
    const text = step.text !== undefined && y.text !== undefined ? { text: y.text } : {};
    const notes = step.notes !== undefined && y.notes !== undefined ? { notes: y.notes } : {};
    return { ...step, title: y.title, ...text, ...notes };
  });
  return { title: x.title, steps, translated: true };
}

/** The country names the naming policy sets in a language, by ISO code. */
export function countryNames(c: Content | null): ReadonlyMap<string, string> {
  return new Map([...(c?.countries.values() ?? [])].map((x) => [x.id, x.name]));
}

/** The reference places' names in a language, by place id. */
export function placeNames(c: Content | null): ReadonlyMap<string, string> {
  return new Map([...(c?.places.values() ?? [])].map((x) => [x.id, x.name]));
}

/** Corrections in the reader's language (they load apart from the rest, with the list view). */
export function localizeCorrections(corrections: Dataset['corrections'], c: Content): Dataset['corrections'] {
  return corrections.map((r) => {
    const x = c.corrections.get(r.id);
    return x ? { ...r, change: x.change, reason: x.reason } : r;
  });
}

function pick<T extends object, K extends keyof T>(from: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (from[k] !== undefined) out[k] = from[k];
  return out;
}

function renamed<T extends object>(from: T, names: Partial<Record<keyof T, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, to] of Object.entries(names)) if (from[k as keyof T] !== undefined) out[to as string] = from[k as keyof T];
  return out;
}

/** Fetches (or, in the one-file package, reads) and parses a language's content translations. */
export async function loadContent(lang: Lang): Promise<{ content: Content; problems: DataProblem[] }> {
  const problems: DataProblem[] = [];
  const key = `../../geodata/i18n/${lang}.json`;
  let raw: string | { error: string };
  if (__SINGLE_FILE__) raw = INLINE_CONTENT[key] ?? { error: 'not in the package' };
  else {
    const url = URLS[key];
    try {
      const res = url ? await fetch(new URL(url, document.baseURI)) : null;
      raw = !res ? { error: 'no such file' } : res.ok ? await res.text() : { error: `HTTP ${res.status}` };
    } catch (e) {
      raw = { error: (e as Error).message };
    }
  }
  return { content: parseContent(lang, raw, problems), problems };
}

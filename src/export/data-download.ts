/**
 * "Get the data": the map's data as files a reader can take away, made in the page from the data
 * it has loaded (nothing is fetched, so it works offline): the sites as GeoJSON with their dated
 * events and sources and every statement, and one CSV with a row per dated event and per statement
 * (its side, its words in their own language, the translation shown and who made it, how far it
 * was verified). Each file names
 * its licence and the date the facts were checked. Pure string building, so both formats have
 * unit tests; loaded the first time a reader asks for a file.
 */
import type { Certainty, DatedEvent, Phase, Site, Source, Statement, Translator } from '../data/schema';
import { factsCheckedOn } from '../data/select';
import { sourceLabel, sourceTitle } from '../i18n/format';
import { formatDate } from '../i18n/dates';
import { endSentence } from '../i18n/dates';
import type { Messages } from '../i18n/messages/en';

import { DATA_LICENCE } from '../data/licence';

export { DATA_LICENCE };

export interface DataForDownload {
  sites: Site[];
  phases: Phase[];
  statements: Statement[];
  sources: ReadonlyMap<string, Source>;
  /** The reader's language: the texts are in it (the quotes stay as said). */
  lang: string;
  strings: Messages;
  /** The page the data comes from, without its hash. */
  pageUrl: string;
}

/** A source as a file lists it: enough to find it without the map. */
function sourceRecord(id: string, sources: ReadonlyMap<string, Source>) {
  const s = sources.get(id);
  if (!s) return { id };
  return { id, title: s.title, publisher: s.publisher, ...(s.date ? { date: s.date } : {}), ...(s.url ? { url: s.url } : {}) };
}

const certaintyRecord = (c: Certainty | undefined) => (c ? { certainty: { kind: c.kind, note: c.note } } : {});

/** Who made a translation, as a file says it: the institution's or agency's name, or this map. */
function translatorName(by: Translator | undefined, strings: Messages): string {
  return by && by.kind !== 'us' ? by.name : strings.said.ourTranslation;
}

/** What a file says of a statement beyond its words: side, language, translators, verification. */
function statementFacts(st: Statement, strings: Messages) {
  return {
    sides: (st.sides ?? []).map((x) => strings.said.sides[x]),
    language: st.lang,
    ...(st.spokenIn ? { spokenIn: st.spokenIn } : {}),
    ...(st.translatedBy && st.translatedBy.kind !== 'us' ? { quoteTranslatedBy: st.translatedBy.name } : {}),
    ...(st.translation ? { translation: st.translation, translationBy: translatorName(st.translationBy, strings) } : {}),
    verification: st.verification,
  };
}

function eventRecord(e: DatedEvent, sources: ReadonlyMap<string, Source>) {
  return {
    date: e.date,
    ...(e.to ? { to: e.to } : {}),
    text: e.text,
    sources: e.sources.map((id) => sourceRecord(id, sources)),
    ...certaintyRecord(e.certainty),
  };
}

/** The sites as a GeoJSON FeatureCollection, with the licence and the check date as its own members. */
export function sitesGeoJson(d: DataForDownload): string {
  const checked = factsCheckedOn(d.sites);
  const collection = {
    type: 'FeatureCollection',
    title: d.strings.title,
    license: DATA_LICENCE.id,
    licenseUrl: DATA_LICENCE.url,
    licenseNote: d.strings.takeAway.data.licence,
    factsChecked: checked,
    language: d.lang,
    sourceUrl: d.pageUrl,
    features: d.sites.map((s) => ({
      type: 'Feature',
      id: s.id,
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      properties: {
        id: s.id,
        name: s.name,
        fullName: s.fullName,
        country: s.country,
        kind: s.kind,
        role: s.role,
        system: s.system,
        phases: s.phases,
        status: s.status,
        statusChecked: s.statusChecked,
        statusSources: s.statusSources.map((id) => sourceRecord(id, d.sources)),
        ...certaintyRecord(s.statusCertainty),
        positionSources: s.positionSources.map((id) => sourceRecord(id, d.sources)),
        sources: s.sources.map((id) => sourceRecord(id, d.sources)),
        dates: s.dates.map((e) => eventRecord(e, d.sources)),
        statements: d.statements.filter((st) => st.sites.includes(s.id)).map((st) => st.id),
      },
    })),
    // Every statement, by date, with what it is about: a foreign member, as statements have no place of their own.
    statements: d.statements.map((st) => ({
      id: st.id,
      date: st.date,
      kind: st.kind,
      ...(st.speaker ? { speaker: st.speaker } : {}),
      ...(st.role ? { role: st.role } : {}),
      ...(st.occasion ? { occasion: st.occasion } : {}),
      ...(st.place ? { place: st.place } : {}),
      quote: st.quote,
      ...statementFacts(st, d.strings),
      sites: st.sites,
      phases: st.phases,
      ...(st.linkNote ? { linkNote: st.linkNote } : {}),
      source: sourceRecord(st.source, d.sources),
      ...certaintyRecord(st.certainty),
    })),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** One field of a CSV row (RFC 4180): quoted when it holds a quote, a comma, a line break or edge spaces. */
export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows as CSV: CRLF line ends, and a byte-order mark first, so that spreadsheet programs read the
 * text as UTF-8 (Kürecik, Słupsk, the translations).
 */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export const CSV_COLUMNS = [
  'type', 'id', 'subject_id', 'subject', 'date', 'date_to', 'text', 'translation', 'kind',
  'speaker', 'speaker_role', 'sources', 'source_urls', 'certainty', 'certainty_note', 'note',
  'sides', 'occasion', 'place', 'language', 'spoken_in', 'quote_translated_by', 'translation_by', 'verification',
] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | undefined>>;

/**
 * Every dated event (of a site or a phase) and every statement, one row each, in one CSV with a
 * `type` column: `about` rows first (title, licence, facts checked), then `event`, then `statement`.
 * One file rather than two: a reader gets one download, and a spreadsheet filters by type.
 */
export function eventsCsv(d: DataForDownload): string {
  const { strings } = d;
  const checked = factsCheckedOn(d.sites);
  const cite = (ids: string[]) => {
    const known = ids.map((id) => d.sources.get(id)).filter((s): s is Source => !!s);
    return {
      sources: ids.map((id) => { const s = d.sources.get(id); return s ? `${sourceTitle(s)} (${sourceLabel(s, strings.locale)})` : id; }).join(' | '),
      source_urls: known.flatMap((s) => (s.url ? [s.url] : [])).join(' '),
    };
  };
  const event = (subjectId: string, subject: string, e: DatedEvent): Row => ({
    type: 'event', subject_id: subjectId, subject, date: e.date, date_to: e.to, text: e.text,
    ...cite(e.sources), certainty: e.certainty?.kind, certainty_note: e.certainty?.note,
  });
  const phaseName = (n: number) => d.phases.find((p) => p.id === n)?.name ?? String(n);
  const siteName = (id: string) => d.sites.find((s) => s.id === id)?.name ?? id;
  const rows: Row[] = [
    { type: 'about', id: 'title', text: strings.title, source_urls: d.pageUrl },
    { type: 'about', id: 'license', kind: DATA_LICENCE.id, text: strings.takeAway.data.licence, source_urls: DATA_LICENCE.url },
    ...(checked ? [{ type: 'about', id: 'facts-checked', date: checked, text: endSentence(strings.editorial.factsChecked(formatDate(checked, strings.locale))) }] : []),
    ...d.sites.flatMap((s) => s.dates.map((e) => event(s.id, s.name, e))),
    ...d.phases.flatMap((p) => p.actual.map((e) => event(`phase-${p.id}`, p.name, e))),
    ...d.statements.map((st): Row => ({
      type: 'statement', id: st.id,
      subject_id: [...st.sites, ...st.phases.map((n) => `phase-${n}`)].join('; '),
      subject: [...st.sites.map(siteName), ...st.phases.map(phaseName)].join('; '),
      date: st.date, text: st.quote, translation: st.translation, kind: st.kind,
      speaker: st.speaker, speaker_role: st.role, ...cite([st.source]),
      certainty: st.certainty?.kind, certainty_note: st.certainty?.note, note: st.linkNote,
      ...statementColumns(st, strings),
    })),
  ];
  return toCsv([[...CSV_COLUMNS], ...rows.map((r) => CSV_COLUMNS.map((c) => r[c]))]);
}

/** A statement's side, language, translators and verification, as CSV columns. */
function statementColumns(st: Statement, strings: Messages): Row {
  const f = statementFacts(st, strings);
  return {
    sides: f.sides.join('; '), occasion: st.occasion, place: st.place, language: f.language, spoken_in: f.spokenIn,
    quote_translated_by: f.quoteTranslatedBy, translation_by: f.translationBy, verification: f.verification,
  };
}

/** epaa-map_sites_en_2026-11-30.geojson: what, in which language, made when. */
export function dataFileName(what: 'sites' | 'events-statements', lang: string, made: Date): string {
  return `epaa-map_${what}_${lang}_${made.toISOString().slice(0, 10)}.${what === 'sites' ? 'geojson' : 'csv'}`;
}

export type DataFormat = 'geojson' | 'csv';

/** The file for a format: its name, and its content as a Blob of the right type. */
export function dataFile(format: DataFormat, d: DataForDownload, made = new Date()): { name: string; blob: Blob } {
  return format === 'geojson'
    ? { name: dataFileName('sites', d.lang, made), blob: new Blob([sitesGeoJson(d)], { type: 'application/geo+json' }) }
    : { name: dataFileName('events-statements', d.lang, made), blob: new Blob([eventsCsv(d)], { type: 'text/csv;charset=utf-8' }) };
}

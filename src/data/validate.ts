/**
 * Turns the raw text of the geodata files into a dataset the app can show, keeping every valid
 * record and describing each problem by file, record and field. Pure: no fetch, no DOM, so the
 * same code runs in the browser, in unit tests and on the command line.
 */
import * as v from 'valibot';
import { correction, glossaryEntry, phase, rangeRing, siteFeature, source } from './schema';
import type { StatementSchema } from './statement-schema';
import type { Certainty, Correction, GlossaryEntry, Phase, RangeRing, Site, Source, Statement } from './schema';

export const DATA_FILES = ['sites.geojson', 'phases.json', 'statements.json', 'sources.json', 'statement-sources.json', 'glossary.json', 'ranges.json', 'corrections.json'] as const;
/** The corrections are read with the list view, the only place that shows them. */
export const CORRECTIONS_FILE = 'corrections.json';
/**
 * The statements, every side's words with their translations, are read just after the first view
 * (or at once by a view that shows them): the first view does not show a quote.
 */
export const STATEMENTS_FILE = 'statements.json';
/**
 * The sources only statements cite, read with them: the same records as sources.json, kept apart
 * so that the first view does not carry them.
 */
export const STATEMENT_SOURCES_FILE = 'statement-sources.json';
type LaterFile = typeof CORRECTIONS_FILE | typeof STATEMENTS_FILE | typeof STATEMENT_SOURCES_FILE;
const LATER: readonly string[] = [CORRECTIONS_FILE, STATEMENTS_FILE, STATEMENT_SOURCES_FILE];
/** The data files the first view reads. */
export const FIRST_VIEW_FILES = DATA_FILES.filter((f): f is Exclude<(typeof DATA_FILES)[number], LaterFile> => !LATER.includes(f));
/** A file the app loads with the dataset. */
export type CoreFile = (typeof DATA_FILES)[number];
/** The folder of the tours the project ships, one file each (`briefing.json`), loaded when a briefing starts. */
export const TOURS_DIR = 'tours';
/** A shipped tour's file. */
export type TourFile = `${typeof TOURS_DIR}/${string}.json`;
export const tourFile = (id: string): TourFile => `${TOURS_DIR}/${id}.json`;
/** The reference places drawn on the map for orientation: loaded with the map's furniture. */
export const PLACES_FILE = 'places.json';
/**
 * Any file a problem can be in: those, the reference places, the content translations, the shipped
 * tours, and a reader's own file (`file:` and the name it is known by, e.g. the file they opened).
 */
export type DataFile = CoreFile | typeof PLACES_FILE | `i18n/${string}.json` | TourFile | `file:${string}`;

/** Where a file is, as a reader would look for it: geodata/… for the project's own, else its name. */
export function fileLabel(file: DataFile): string {
  return file.startsWith('file:') ? file.slice('file:'.length) : `geodata/${file}`;
}

/** One thing wrong with the data. `record` and `field` are absent when the whole file is unusable. */
export interface DataProblem {
  file: DataFile;
  record?: string;
  field?: string;
  message: string;
}

export interface Dataset {
  sites: Site[];
  phases: Phase[];
  /** Every statement, by date ([] until statements.json is read: see `statementsRead`). */
  statements: Statement[];
  /** Whether statements.json has been read (its records are valid or reported). */
  statementsRead: boolean;
  sources: Source[];
  glossary: GlossaryEntry[];
  ranges: RangeRing[];
  /** Corrections made since the data was first published, newest first ([] when not read). */
  corrections: Correction[];
  problems: DataProblem[];
  /** What other files (the tour) may refer to, for the same reference checks. */
  targets: Record<'sites' | 'phases' | 'statements' | 'sources', RefTarget>;
}

/**
 * A file others refer to: the ids that are valid, the ids declared at all (valid or not), and
 * whether the file could be read as a whole.
 */
export interface RefTarget {
  file: DataFile;
  noun: string;
  valid: Set<string | number>;
  declared: Set<string>;
  whole: boolean;
}

function refTarget(file: DataFile, noun: string, valid: (string | number)[], declared: Set<string>, json: unknown): RefTarget {
  return { file, noun, valid: new Set(valid), declared, whole: json !== undefined };
}

/**
 * Keeps the references that point at valid records. A reference to nothing at all is reported;
 * one to a record that exists but is broken, or into a file that failed as a whole, is dropped
 * quietly, since that record's or file's own message already says what is wrong.
 */
export function keepReferences<T extends string | number>(
  problems: DataProblem[], file: DataFile, record: string, field: string, refs: T[], to: RefTarget,
): T[] {
  return refs.filter((ref, i) => {
    if (to.valid.has(ref)) return true;
    if (to.whole && !to.declared.has(String(ref))) {
      problems.push({ file, record, field: `${field}[${i}]`, message: `names ${to.noun} "${ref}", which is not in geodata/${to.file}` });
    }
    return false;
  });
}

/** What was read for each file: its text, or why it could not be read. */
export type RawFiles = Record<(typeof FIRST_VIEW_FILES)[number], string | { error: string }> & Partial<Record<LaterFile, string | { error: string }>>;

/** "geodata/statements.json, record "x", field "sites[0]": message"; a reader's own file by its name. */
export function describeProblem(p: DataProblem): string {
  const where = [fileLabel(p.file)];
  if (p.record !== undefined) where.push(`record "${p.record}"`);
  if (p.field !== undefined) where.push(`field "${p.field}"`);
  return `${where.join(', ')}: ${p.message}`;
}

function fieldPath(issue: v.BaseIssue<unknown>): string | undefined {
  const parts: string[] = [];
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') parts.push(`[${key}]`);
    else if (typeof key === 'string') parts.push(parts.length ? `.${key}` : key);
  }
  return parts.length ? parts.join('') : undefined;
}

/** Plain-language messages for valibot's built-in checks; our own checks carry their own. */
function readableMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.received === 'undefined') return 'is missing';
  return `should be ${issue.expected ?? 'something else'}, not ${issue.received}`;
}

function recordLabel(raw: unknown, index: number, idOf: (r: Record<string, unknown>) => unknown): string {
  if (raw && typeof raw === 'object') {
    const rid = idOf(raw as Record<string, unknown>);
    if ((typeof rid === 'string' && rid.length > 0 && rid.length <= 80) || typeof rid === 'number') return String(rid);
  }
  return `#${index + 1}`;
}

export function parseJson(file: DataFile, raw: string | { error: string }, problems: DataProblem[]): unknown {
  if (typeof raw !== 'string') {
    problems.push({ file, message: `could not be loaded (${raw.error})` });
    return undefined;
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    problems.push({ file, message: `is not valid JSON (${(e as Error).message})` });
    return undefined;
  }
}

/**
 * Validates each record on its own, so one bad record costs only itself. Duplicate ids keep the
 * first record. Also returns every id the file declares, valid or not, so that a reference to a
 * broken record is not reported a second time.
 */
export function validateRecords<S extends v.GenericSchema>(
  file: DataFile,
  records: unknown[],
  schema: S,
  idOf: (r: Record<string, unknown>) => unknown,
  problems: DataProblem[],
  fieldPrefix = '',
): { valid: { label: string; value: v.InferOutput<S> }[]; declared: Set<string> } {
  const out: { label: string; value: v.InferOutput<S> }[] = [];
  const declared = new Set<string>();
  const seen = new Set<string>();
  records.forEach((raw, i) => {
    const label = recordLabel(raw, i, idOf);
    declared.add(label);
    const result = v.safeParse(schema, raw, { message: readableMessage });
    if (!result.success) {
      for (const issue of result.issues) {
        const path = fieldPath(issue);
        problems.push({ file, record: label, field: path ? fieldPrefix + path : fieldPrefix.replace(/\.$/, '') || undefined, message: issue.message });
      }
      return;
    }
    if (seen.has(label)) {
      problems.push({ file, record: label, field: 'id', message: 'this id is used by an earlier record; this one is left out' });
      return;
    }
    seen.add(label);
    out.push({ label, value: result.output });
  });
  return { valid: out, declared };
}

export function arrayOf(file: DataFile, json: unknown, problems: DataProblem[]): unknown[] {
  if (json === undefined) return [];
  if (Array.isArray(json)) return json;
  problems.push({ file, message: 'must be a JSON array of records' });
  return [];
}

/**
 * Validates every file and the cross-references between them. Never throws. The statements are
 * checked against `statementSchema`, which the caller brings (the app loads it with them); without
 * it they are not read. `validateDataset` (validate-all.ts) brings it for the command line and tests.
 */
export function validateFiles(files: RawFiles, statementSchema: StatementSchema | null): Dataset {
  const problems: DataProblem[] = [];

  // Sources first: everything else points at them.
  const sourcesJson = parseJson('sources.json', files['sources.json'], problems);
  const sourceRecords = validateRecords('sources.json', arrayOf('sources.json', sourcesJson, problems), source, (r) => r.id, problems);
  // The statements' own sources, read with them: one list of sources, an id used once in both files.
  const statementSourcesRaw = files[STATEMENT_SOURCES_FILE];
  const statementSourcesJson = statementSourcesRaw === undefined ? undefined : parseJson(STATEMENT_SOURCES_FILE, statementSourcesRaw, problems);
  const statementSourceRecords = validateRecords(STATEMENT_SOURCES_FILE, arrayOf(STATEMENT_SOURCES_FILE, statementSourcesJson, problems), source, (r) => r.id, problems);
  const firstIds = new Set(sourceRecords.valid.map((r) => r.label));
  const laterSources = statementSourceRecords.valid.filter((r) => {
    if (!firstIds.has(r.label)) return true;
    problems.push({ file: STATEMENT_SOURCES_FILE, record: r.label, field: 'id', message: 'this id is used in geodata/sources.json; this one is left out' });
    return false;
  });
  const sources = [...sourceRecords.valid, ...laterSources].map((r) => r.value);

  const sitesJson = parseJson('sites.geojson', files['sites.geojson'], problems);
  let siteRecords: unknown[] = [];
  if (sitesJson !== undefined) {
    const fc = sitesJson as { type?: unknown; features?: unknown };
    if (fc && typeof fc === 'object' && fc.type === 'FeatureCollection' && Array.isArray(fc.features)) siteRecords = fc.features;
    else problems.push({ file: 'sites.geojson', message: 'must be a GeoJSON FeatureCollection with a "features" array' });
  }
  const siteResult = validateRecords(
    'sites.geojson',
    siteRecords,
    siteFeature,
    (r) => (r.properties as Record<string, unknown> | undefined)?.id ?? r.id,
    problems,
  );
  const sites: Site[] = siteResult.valid.map(({ value }) => ({ ...value.properties, lon: value.geometry.coordinates[0], lat: value.geometry.coordinates[1] }));

  const phasesJson = parseJson('phases.json', files['phases.json'], problems);
  const phaseResult = validateRecords('phases.json', arrayOf('phases.json', phasesJson, problems), phase, (r) => r.id, problems);
  const phases = phaseResult.valid
    .map((r) => r.value)
    .sort((a, b) => a.id - b.id);

  const statementsRaw = statementSchema ? files[STATEMENTS_FILE] : undefined;
  const statementsJson = statementsRaw === undefined ? undefined : parseJson(STATEMENTS_FILE, statementsRaw, problems);
  const statementResult = statementSchema
    ? validateRecords(STATEMENTS_FILE, arrayOf(STATEMENTS_FILE, statementsJson, problems), statementSchema, (r) => r.id, problems)
    : { valid: [], declared: new Set<string>() };
  // By date, as every list of them shows them (a stable sort keeps the file's order within a day).
  const statements = statementResult.valid.map((r) => r.value).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // Cross-references: a dangling reference is dropped (see keepReferences); the record stays.
  // A file of sources that could not be read as a whole makes its references unknowable, not wrong.
  const sourcesWhole = statementSourcesRaw === undefined || statementSourcesJson !== undefined ? sourcesJson : undefined;
  const SOURCES = refTarget('sources.json', 'source', sources.map((s) => s.id), new Set([...sourceRecords.declared, ...statementSourceRecords.declared]), sourcesWhole);
  const SITES = refTarget('sites.geojson', 'site', sites.map((s) => s.id), siteResult.declared, sitesJson);
  const PHASES = refTarget('phases.json', 'phase', phases.map((p) => p.id), phaseResult.declared, phasesJson);
  const keepKnown = <T extends string | number>(file: DataFile, record: string, field: string, refs: T[], to: RefTarget): T[] =>
    keepReferences(problems, file, record, field, refs, to);

  // A certainty note may name sources of its own (a weak second source, the nearest wording found).
  const knownCertainty = (file: DataFile, record: string, field: string, c: Certainty | undefined): Certainty | undefined =>
    c && (c.sources ? { ...c, sources: keepKnown(file, record, `${field}.sources`, c.sources, SOURCES) } : c);
  // A record of a data set (one row) gives one site's position: a second site citing it names
  // another site's row, and loses that source.
  const records = new Set(sources.filter((x) => x.record !== undefined).map((x) => x.id));
  const recordOf = new Map<string, string>();
  const ownRecords = (site: string, ids: string[], raw: string[]): string[] =>
    ids.filter((id) => {
      const first = recordOf.get(id);
      if (!records.has(id) || first === undefined || first === site) {
        if (records.has(id)) recordOf.set(id, site);
        return true;
      }
      problems.push({
        file: 'sites.geojson',
        record: site,
        field: `properties.positionSources[${raw.indexOf(id)}]`,
        message: `names source "${id}", the record of site "${first}": a record gives one site's position`,
      });
      return false;
    });
  const checkedSites = sites.map((s) => ({
    ...s,
    statusSources: keepKnown('sites.geojson', s.id, 'properties.statusSources', s.statusSources, SOURCES),
    statusCertainty: knownCertainty('sites.geojson', s.id, 'properties.statusCertainty', s.statusCertainty),
    positionSources: ownRecords(s.id, keepKnown('sites.geojson', s.id, 'properties.positionSources', s.positionSources, SOURCES), s.positionSources),
    positionCertainty: knownCertainty('sites.geojson', s.id, 'properties.positionCertainty', s.positionCertainty),
    sources: keepKnown('sites.geojson', s.id, 'properties.sources', s.sources, SOURCES),
    phases: keepKnown('sites.geojson', s.id, 'properties.phases', s.phases, PHASES),
    dates: s.dates.map((d, i) => ({
      ...d,
      sources: keepKnown('sites.geojson', s.id, `properties.dates[${i}].sources`, d.sources, SOURCES),
      certainty: knownCertainty('sites.geojson', s.id, `properties.dates[${i}].certainty`, d.certainty),
    })),
  }));
  const checkedPhases = phases.map((p) => {
    const record = String(p.id);
    const planned = (field: 'plannedYear' | 'interceptor' | 'sensors', ids: string[]) =>
      keepKnown('phases.json', record, `plannedSources.${field}`, ids, SOURCES);
    return {
      ...p,
      plannedSources: {
        plannedYear: planned('plannedYear', p.plannedSources.plannedYear),
        interceptor: planned('interceptor', p.plannedSources.interceptor),
        ...(p.plannedSources.sensors ? { sensors: planned('sensors', p.plannedSources.sensors) } : {}),
      },
      actual: p.actual.map((d, i) => {
        const { site, ...event } = {
          ...d,
          sources: keepKnown('phases.json', record, `actual[${i}].sources`, d.sources, SOURCES),
          certainty: knownCertainty('phases.json', record, `actual[${i}].certainty`, d.certainty),
        };
        // A link to a site that is not there is dropped; the event stays.
        const known = site === undefined ? [] : keepKnown('phases.json', record, `actual[${i}].site`, [site], SITES);
        return known.length ? { ...event, site: known[0] } : event;
      }),
    };
  });
  const checkedStatements = statements.map((s) => {
    // A statement whose source is unknown still shows, with its source id as written.
    if (SOURCES.whole && !SOURCES.declared.has(s.source)) {
      problems.push({ file: STATEMENTS_FILE, record: s.id, field: 'source', message: `names source "${s.source}", which is not in geodata/sources.json` });
    }
    return {
      ...s,
      sites: keepKnown('statements.json', s.id, 'sites', s.sites, SITES),
      phases: keepKnown('statements.json', s.id, 'phases', s.phases, PHASES),
      certainty: knownCertainty('statements.json', s.id, 'certainty', s.certainty),
      // The English shown beside a quote in another language: an institution's, an agency's or ours.
      ...(s.english ? { translation: s.english.text, translationBy: s.english.translatedBy } : {}),
    };
  });
  const checkedSources = sources.map((s) => ({ ...s, certainty: knownCertainty('sources.json', s.id, 'certainty', s.certainty) }));

  const correctionsRaw = files[CORRECTIONS_FILE];
  const corrections = correctionsRaw === undefined ? [] : validateCorrections(correctionsRaw, problems);

  const glossaryJson = parseJson('glossary.json', files['glossary.json'], problems);
  const glossary = validateRecords('glossary.json', arrayOf('glossary.json', glossaryJson, problems), glossaryEntry, (r) => r.id, problems).valid.map(
    ({ value: g }) => ({ ...g, sources: keepKnown('glossary.json', g.id, 'sources', g.sources, SOURCES) }),
  );

  // A ring around a site that is missing or broken is left out: it has nowhere to be drawn.
  const rangesJson = parseJson('ranges.json', files['ranges.json'], problems);
  const ranges: RangeRing[] = [];
  for (const { value: r } of validateRecords('ranges.json', arrayOf('ranges.json', rangesJson, problems), rangeRing, (x) => x.id, problems).valid) {
    const centre =
      'site' in r.centre
        ? keepKnown('ranges.json', r.id, 'centre.site', [r.centre.site], SITES).length
          ? r.centre
          : null
        : { ...r.centre, sources: keepKnown('ranges.json', r.id, 'centre.sources', r.centre.sources, SOURCES) };
    if (centre) ranges.push({ ...r, centre, sources: keepKnown('ranges.json', r.id, 'sources', r.sources, SOURCES) });
  }

  const STATEMENTS = refTarget('statements.json', 'statement', statements.map((s) => s.id), statementResult.declared, statementsJson);
  return {
    sites: checkedSites,
    phases: checkedPhases,
    statements: checkedStatements,
    statementsRead: statementsRaw !== undefined,
    sources: checkedSources,
    glossary,
    ranges,
    corrections,
    problems,
    targets: { sites: SITES, phases: PHASES, statements: STATEMENTS, sources: SOURCES },
  };
}

/** The corrections, newest first; one broken record costs only itself. */
export function validateCorrections(raw: string | { error: string }, problems: DataProblem[]): Correction[] {
  const json = parseJson(CORRECTIONS_FILE, raw, problems);
  return validateRecords(CORRECTIONS_FILE, arrayOf(CORRECTIONS_FILE, json, problems), correction, (r) => r.id, problems)
    .valid.map((r) => r.value)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

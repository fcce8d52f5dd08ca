/**
 * Schemas for the files in geodata/, one per record kind. The only place that knows the raw
 * shape of the data; everything else works with the types inferred here. Field meanings are
 * documented in geodata/README.md.
 */
import * as v from 'valibot';
import type { Side } from './sides';

export const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
export const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'));

/** A calendar date as precise as the source: "2016", "2016-05" or "2016-05-12". */
export const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date like 2016, 2016-05 or 2016-05-12'),
  v.check((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number?, number?];
    if (m !== undefined && (m < 1 || m > 12)) return false;
    if (d !== undefined && m !== undefined) {
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      if (d < 1 || d > last) return false;
    }
    return true;
  }, 'is not a real calendar date'),
);

const sourceIds = v.pipe(v.array(id), v.minLength(1, 'needs at least one source'));
export const phaseNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9));

/** How sure the facts are, where that needs saying: shown as a mark beside the fact, with the note. */
export const certaintyKinds = ['single-source', 'sources-differ', 'unconfirmed'] as const;
export const certainty = v.object({
  kind: v.picklist(certaintyKinds),
  /** What is known and what is not, in a sentence or two. */
  note: text,
  /** Sources the note speaks of that are not credited for the fact itself (a weak second source). */
  sources: v.optional(v.array(id)),
});
export type Certainty = v.InferOutput<typeof certainty>;

const eventFields = {
  date: isoDate,
  /** The end of a span ("slips from December 2018 to May 2020"). */
  to: v.optional(isoDate),
  text,
  sources: sourceIds,
  certainty: v.optional(certainty),
};
/** What a site is from one of its events on (derived at a date by data/timeline.ts). */
export const siteStates = ['agreed', 'construction', 'complete', 'operational', 'nato-command'] as const;
/** What a phase is from one of its events on; "planned" and "late" are derived from its planned year. */
export const phaseEventStates = ['in-progress', 'done', 'cancelled'] as const;

export const datedEvent = v.pipe(
  v.object({ ...eventFields, starts: v.optional(v.picklist(siteStates)) }),
  v.forward(v.check((e) => e.to === undefined || e.to > e.date, 'must be later than date'), ['to']),
);
export const phaseEvent = v.pipe(
  v.object({ ...eventFields, site: v.optional(id), starts: v.optional(v.picklist(phaseEventStates)) }),
  v.forward(v.check((e) => e.to === undefined || e.to > e.date, 'must be later than date'), ['to']),
);

const longitude = v.pipe(v.number(), v.minValue(-180, 'longitude must be at least -180'), v.maxValue(180, 'longitude must be at most 180'));
const latitude = v.pipe(v.number(), v.minValue(-90, 'latitude must be at least -90'), v.maxValue(90, 'latitude must be at most 90'));

export const siteKinds = ['interceptor', 'radar', 'naval', 'command'] as const;

export const siteFeature = v.object({
  type: v.literal('Feature'),
  id: v.optional(v.union([v.string(), v.number()])),
  geometry: v.object({
    type: v.literal('Point'),
    coordinates: v.tuple([longitude, latitude]),
  }),
  properties: v.object({
    id,
    name: text,
    fullName: text,
    country: text,
    kind: v.picklist(siteKinds),
    role: text,
    system: text,
    status: text,
    /** When the status was last checked against its sources. */
    statusChecked: isoDate,
    statusSources: sourceIds,
    statusCertainty: v.optional(certainty),
    phases: v.pipe(v.array(phaseNumber), v.minLength(1, 'needs at least one phase')),
    positionSources: sourceIds,
    positionCertainty: v.optional(certainty),
    sources: sourceIds,
    dates: v.array(datedEvent),
  }),
});

export const phase = v.pipe(
  v.object({
    id: phaseNumber,
    name: text,
    plannedYear: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
    interceptor: text,
    /** Absent where no wording for the phase's sensors was found. */
    sensors: v.optional(text),
    /** The sources of each planned field: the plan's wording changed between fact sheets. */
    plannedSources: v.object({ plannedYear: sourceIds, interceptor: sourceIds, sensors: v.optional(sourceIds) }),
    outcome: v.picklist(['done', 'late', 'cancelled', 'pending']),
    outcomeSummary: text,
    actual: v.array(phaseEvent),
  }),
  v.forward(
    v.check((p) => (p.sensors === undefined) === (p.plannedSources.sensors === undefined), 'must be given exactly when the phase has sensors'),
    ['plannedSources', 'sensors'],
  ),
);

export type { Side };
export type { Statement, Translator } from './statement-schema';

export const source = v.object({
  id,
  title: text,
  publisher: text,
  date: v.optional(isoDate),
  url: v.optional(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'must be an http(s) address'))),
  note: v.optional(text),
  certainty: v.optional(certainty),
  /** True when `title` is our description of the source, its headline not being known. */
  described: v.optional(v.literal(true)),
  /**
   * The one record of a data set this source is (e.g. an airport's ident in OurAirports): a
   * position taken from one row is credited to that row, not to the whole file.
   */
  record: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, 'must be a record id: letters, digits, "-", "_" or "."'))),
});

/** A correction made to the data after it was published: when, what changed, and why. */
export const correction = v.object({
  id,
  date: isoDate,
  change: text,
  reason: text,
});
export type Correction = v.InferOutput<typeof correction>;

/** A term the panels link to, defined in plain language with its sources. */
export const glossaryEntry = v.object({
  id,
  term: text,
  expansion: v.optional(text),
  definition: text,
  /** The words that link to this entry wherever they appear in a panel (case-sensitive). */
  match: v.pipe(v.array(text), v.minLength(1, 'needs at least one word to match')),
  sources: sourceIds,
});

/**
 * An illustrative range ring: a published figure drawn around a site, or around a
 * labelled reference point. Not a sensor or interceptor model.
 */
export const rangeRing = v.object({
  id,
  label: text,
  km: v.pipe(v.number(), v.minValue(1, 'must be at least 1 km'), v.maxValue(20000, 'must be at most 20,000 km')),
  centre: v.union([
    v.object({ site: id }),
    v.object({ label: text, lon: longitude, lat: latitude, note: v.optional(text), sources: sourceIds }),
  ], 'must name a site, or give a label, lon, lat and sources'),
  /** Whose range it is: the defence's own systems, or the missiles they are meant to stop. */
  group: v.picklist(['defence', 'threat']),
  note: v.optional(text),
  sources: sourceIds,
});

export type GlossaryEntry = v.InferOutput<typeof glossaryEntry>;
export type RangeRing = v.InferOutput<typeof rangeRing>;
/** A dated event of a site or a phase (`starts` is a site's or a phase's state, as the schemas say). */
export type DatedEvent = Omit<v.InferOutput<typeof phaseEvent>, 'starts'> & { starts?: SiteState | PhaseEventState };
export type SiteState = (typeof siteStates)[number];
export type PhaseEventState = (typeof phaseEventStates)[number];
export type SiteKind = (typeof siteKinds)[number];
export type Phase = v.InferOutput<typeof phase>;
export type Source = v.InferOutput<typeof source>;
/**
 * A site: its feature properties plus its position; `localName` is its name in its own country,
 * set where the reader's language spells the name otherwise (geodata/i18n), for the panel.
 */
export type Site = v.InferOutput<typeof siteFeature>['properties'] & { lon: number; lat: number; localName?: string };

/** The tables a tour step may show (geodata/README.md, tours/). */
export const tourTables = ['plan-vs-actual'] as const;
/** The phases' planned years against their dated events. */
export const PLAN_TABLE = tourTables[0];

const camera = v.object({
  zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(22)),
  lat: v.pipe(v.number(), v.minValue(-85), v.maxValue(85)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
});

/** One step of a briefing tour (geodata/tours/<id>.json); its number is its position, from 1. */
export const tourStep = v.object({
  id,
  title: text,
  text: v.optional(text),
  /** Where the map looks; absent means "all sites in view". */
  camera: v.optional(camera),
  phase: v.nullable(phaseNumber),
  sites: v.array(id),
  statements: v.array(id),
  /**
   * The presenter's own notes for the step, seen only by them (presenter view, presenter's
   * handout); a presenter's own tour may leave them out or empty.
   */
  notes: v.optional(v.pipe(v.string(), v.trim())),
  /** The month the map shows the plan at ("YYYY-MM"); absent means today's map. */
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2016-05'))),
  /** A table the step shows beside its caption: `plan-vs-actual`, the phases' planned years against their dated events. */
  table: v.optional(v.picklist(tourTables, `must be one of: ${tourTables.join(', ')}`)),
});
export type TourStep = v.InferOutput<typeof tourStep>;

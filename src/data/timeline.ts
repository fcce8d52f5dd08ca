/**
 * The plan at a given month: what each site and each phase was then, derived from the dated
 * events in geodata/ (an event may say which state it starts) and the phases' planned years.
 * Pure functions of the data: no site, phase or date is named here.
 */
import type { DatedEvent, Phase, PhaseEventState, Site, SiteState, Source } from './schema';

/** A month, "YYYY-MM". */
export type Month = string;

/** A phase at a month: planned, under way, done or cancelled, or late (its year passed, not done). */
export type PhaseState = 'planned' | PhaseEventState | 'late';

/** A site at a month: its state (null before its first event that starts one) and whether it is late against its plan. */
export interface SiteAt {
  state: SiteState | null;
  late: boolean;
}

/** The month of a date as precise as its source ("2016" counts from January 2016). */
export const monthOf = (date: string): Month => (date.length === 4 ? `${date}-01` : date.slice(0, 7));

/** The state the last of `events` to start one had started by `at`; null when none had. */
function startedBy<S extends string>(events: readonly { date: string; starts?: S }[], at: Month): S | null {
  let state: S | null = null;
  let when = '';
  for (const e of events) {
    if (!e.starts || monthOf(e.date) > at || e.date < when) continue;
    state = e.starts;
    when = e.date;
  }
  return state;
}

/**
 * Since when a phase was planned: the month of the earliest source of its planned year (the
 * fact sheet that announced it); null when no such source is dated.
 */
export function plannedSince(phase: Phase, sourcesById: ReadonlyMap<string, Source>): Month | null {
  const dates = phase.plannedSources.plannedYear.map((id) => sourcesById.get(id)?.date).filter((d): d is string => Boolean(d));
  return dates.length ? monthOf(dates.sort()[0]!) : null;
}

/** A phase at `at`; null before it was planned. */
export function phaseStateAt(phase: Phase, at: Month, since: Month | null): PhaseState | null {
  if (since !== null && at < since) return null;
  const started = startedBy(phase.actual as readonly { date: string; starts?: PhaseEventState }[], at);
  if (started === 'done' || started === 'cancelled') return started;
  if (at > `${phase.plannedYear}-12`) return 'late';
  return started ?? 'planned';
}

const WORKING: ReadonlySet<SiteState> = new Set(['operational', 'nato-command']);

/** A site at `at`; late while not yet working and one of its phases is late. */
export function siteStateAt(site: Site, at: Month, phaseStates: ReadonlyMap<number, PhaseState | null>): SiteAt {
  const state = startedBy(site.dates as readonly (DatedEvent & { starts?: SiteState })[], at);
  const late = !(state && WORKING.has(state)) && site.phases.some((n) => phaseStates.get(n) === 'late');
  return { state, late };
}

/** Every phase and site at `at`. */
export function planAt(
  data: { sites: readonly Site[]; phases: readonly Phase[]; sourcesById: ReadonlyMap<string, Source> },
  at: Month,
): { phases: Map<number, PhaseState | null>; sites: Map<string, SiteAt> } {
  const phases = new Map(data.phases.map((p) => [p.id, phaseStateAt(p, at, plannedSince(p, data.sourcesById))] as const));
  const sites = new Map(data.sites.map((s) => [s.id, siteStateAt(s, at, phases)] as const));
  return { phases, sites };
}

/** The first month the plan has anything to show: the earliest a phase was planned. */
export function timelineStart(phases: readonly Phase[], sourcesById: ReadonlyMap<string, Source>): Month | null {
  const months = phases.map((p) => plannedSince(p, sourcesById)).filter((m): m is Month => m !== null);
  return months.length ? months.sort()[0]! : null;
}

/** The months in which the map changes (an event that starts a site's or a phase's state), in order. */
export function changeMonths(data: { sites: readonly Site[]; phases: readonly Phase[] }): Month[] {
  const events = [...data.sites.flatMap((s) => s.dates as readonly { date: string; starts?: string }[]), ...data.phases.flatMap((p) => p.actual as readonly { date: string; starts?: string }[])];
  return [...new Set(events.filter((e) => e.starts).map((e) => monthOf(e.date)))].sort();
}

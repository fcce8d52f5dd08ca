/**
 * The map on a date: the chosen month and the plan then, shared with every view that shows
 * sites, phases, events or statements (the map's markers, the lists, the panels). Null when no
 * date is chosen: the views then show today's map, as they always did.
 */
import { createContext, useContext, useMemo } from 'react';
import { monthOf, planAt, timelineStart } from '../data/timeline';
import type { Month, PhaseState, SiteAt } from '../data/timeline';
import type { Phase, Site, Source } from '../data/schema';
import type { SiteEmphasis } from '../data/select';

export interface TimelineView {
  /** The month shown. */
  at: Month;
  phases: ReadonlyMap<number, PhaseState | null>;
  sites: ReadonlyMap<string, SiteAt>;
}

export const TimelineContext = createContext<TimelineView | null>(null);

/** The map's date and the plan then, or null for today's map. */
export const useTimeline = (): TimelineView | null => useContext(TimelineContext);

/** Whether something dated `date` (as precise as its source) happened after the month shown. */
export const isLater = (date: string, view: TimelineView | null): boolean => view !== null && monthOf(date) > view.at;

/** This month, in UTC, as "YYYY-MM". */
export const currentMonth = (now = new Date()): Month => now.toISOString().slice(0, 7);

/** The month `n` months after `m` (before, for negative `n`). */
export function addMonths(m: Month, n: number): Month {
  const total = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** How many months from `a` to `b` (negative when `b` comes first). */
export const monthsBetween = (a: Month, b: Month): number =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

/** The months the date control spans: from the first dated event of the plan to this month. */
export interface TimelineRange {
  start: Month;
  end: Month;
}

/**
 * The range of months the data has, and the plan at `date` when it lies inside it (a date outside
 * is ignored, as an invalid URL value is): null for today's map.
 */
export function useTimelineView(
  data: { sites: Site[]; phases: Phase[]; sourcesById: ReadonlyMap<string, Source> } | null,
  date: Month | null,
): { range: TimelineRange | null; view: TimelineView | null } {
  const range = useMemo(() => {
    const start = data && timelineStart(data.phases, data.sourcesById);
    return start ? { start, end: currentMonth() } : null;
  }, [data]);
  const view = useMemo(() => {
    if (!data || !range || date === null || date < range.start || date > range.end) return null;
    return viewAt(data, date);
  }, [data, range, date]);
  return { range, view };
}

/** The plan at `date`, for a view to show; null for today's map. */
export function viewAt(data: { sites: readonly Site[]; phases: readonly Phase[]; sourcesById: ReadonlyMap<string, Source> }, date: Month | null | undefined): TimelineView | null {
  return date ? { at: date, ...planAt(data, date) } : null;
}

/** A site's emphasis on the date shown: hidden until it is anything, otherwise as `emphasis` says. */
export function emphasisAt(view: TimelineView | null, emphasis: (site: Site) => SiteEmphasis): (site: Site) => SiteEmphasis {
  if (!view) return emphasis;
  return (site) => (view.sites.get(site.id)?.state ? emphasis(site) : 'hidden');
}

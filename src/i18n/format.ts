/** Numbers and distances in the reader's language. */
import type { SiteAt } from '../data/timeline';
import type { Messages } from './messages/en';
import type { Source } from '../data/schema';
import { formatDate } from './dates';

/** The international mile, exactly (1959 agreement). */
const KM_PER_MILE = 1.609344;

/** "2,500" in English, "2.500" in Romanian, "2500" in Polish... */
export function formatKm(km: number, strings: Messages): string {
  return Math.round(km).toLocaleString(strings.locale);
}

/** "1,271 km (790 mi)", in the reader's words. */
export function formatMeasured(km: number, strings: Messages): string {
  return strings.measure.distance(formatKm(km, strings), Math.round(km / KM_PER_MILE).toLocaleString(strings.locale));
}

/** A site's state on the date shown, in words: "Under construction, late against the plan". */
export function siteNoteAt(at: SiteAt, strings: Messages): string {
  const state = at.state ? strings.timeline.site[at.state] : strings.timeline.notYet;
  return at.late ? `${state}, ${strings.timeline.lateAgainstPlan}` : state;
}

/** A source's title as shown: in square brackets where it is our description, not its headline. */
export function sourceTitle(source: Pick<Source, 'title' | 'described'>): string {
  return source.described ? `[${source.title}]` : source.title;
}

/** "SpaceNews, 12 January 2012": the publisher, and the date where the source has one. */
export function sourceLabel(source: Source, locale = 'en-GB'): string {
  return source.date ? `${source.publisher}, ${formatDate(source.date, locale)}` : source.publisher;
}

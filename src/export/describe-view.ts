/**
 * The words that go with a view when it leaves the app (the citation, the image's subtitle and
 * credits): pure, so each has a unit test.
 */
import type { Phase, Site, Source } from '../data/schema';
import { factsCheckedOn, formatDate, sourceLabel } from '../data/select';
import type { Messages } from '../i18n/messages/en';

/** "Phase 3 (SM-3 Block IIA, sea- and land-based), Redzikowo selected", or "all sites, all phases". */
export function viewDescription(strings: Messages, phase: Pick<Phase, 'name' | 'interceptor'> | null, site: Pick<Site, 'name'> | null): string {
  return [phase ? `${phase.name} (${phase.interceptor})` : strings.share.viewAll, site ? strings.share.selected(site.name) : null]
    .filter(Boolean)
    .join(', ');
}

/** "Facts checked on 28 November 2026." (the oldest of the sites' checks), or '' with no sites. */
export function factsCheckedLine(strings: Messages, sites: Pick<Site, 'statusChecked'>[]): string {
  const date = factsCheckedOn(sites);
  if (!date) return '';
  const line = strings.editorial.factsChecked(formatDate(date, strings.locale));
  // A date may end with its own full stop ("28 ноября 2026 г."): one is enough.
  return line.endsWith('.') ? line : `${line}.`;
}

/**
 * The credit line of an image or an embed: "Sources: SpaceNews, January 2012 and 61 other
 * sources named in the map's site panels. Facts checked on 28 November 2026."
 */
export function viewCredits(strings: Messages, article: Source | undefined, data: { sources: Source[]; sites: Pick<Site, 'statusChecked'>[] }): string {
  const sources = strings.share.credits(article ? sourceLabel(article, strings.locale) : '', Math.max(0, data.sources.length - 1));
  const checked = factsCheckedLine(strings, data.sites);
  return checked ? `${sources} ${checked}` : sources;
}

/** The image's title: the map's, with the month shown when the map is on a date ("…, May 2016"). */
export function viewTitle(strings: Messages, at: string | null): string {
  return at ? strings.timeline.imageTitle(strings.title, formatDate(at, strings.locale)) : strings.title;
}

/**
 * The words that go with a view when it leaves the app (the citation, the image's subtitle and
 * credits): pure, so each has a unit test.
 */
import type { Phase, RangeRing, Site, Source, Statement } from '../data/schema';
import { factsCheckedOn } from '../data/select';
import { formatDate } from '../i18n/dates';
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
 * The credit line of an embed or a printed page: the sources of what the view shows (see
 * `viewSources`), then when the facts were checked. "Sources: OurAirports; Wikipedia. Facts
 * checked on 28 November 2026."
 */
export function viewCredits(strings: Messages, sources: Pick<Source, 'publisher' | 'date'>[], sites: Pick<Site, 'statusChecked'>[]): string {
  return [sourcesCredit(strings, sources), factsCheckedLine(strings, sites)].filter(Boolean).join(' ');
}

/**
 * The caption of an exported image, in the words of a caption rather than of the interface:
 * "Redzikowo, Poland: Phase 3 (SM-3 Block IIA)", "Phase 3 (SM-3 Block IIA) and the sites it
 * added", or "The plan's sites, in all its phases".
 */
export function viewCaption(
  strings: Messages,
  phase: Pick<Phase, 'name' | 'interceptor'> | null,
  site: Pick<Site, 'name' | 'country'> | null,
): string {
  const t = strings.exportDetails;
  if (site && phase) return t.captionSitePhase(site.name, site.country, phase.name, phase.interceptor);
  if (site) return t.captionSite(site.name, site.country);
  if (phase) return t.captionPhase(phase.name, phase.interceptor);
  return t.captionAll;
}

/** What a view shows, for its credits: the sites drawn, and what its caption and text rest on. */
export interface ViewContents {
  /** The sites drawn on the image: their positions. */
  shown: Pick<Site, 'positionSources'>[];
  /** The site in focus: its status too. */
  site?: Pick<Site, 'statusSources'> | null;
  /** The phase in focus: its plan and what happened. */
  phase?: Pick<Phase, 'plannedSources' | 'actual'> | null;
  /** Statements the view quotes. */
  statements?: Pick<Statement, 'source'>[];
  /** Illustrative range rings drawn, with the sources of their figures. */
  rings?: Pick<RangeRing, 'sources' | 'centre'>[];
}

/** The ids of the sources a view rests on, each once, the article first when given. */
export function viewSourceIds(view: ViewContents, articleId?: string): string[] {
  const ids = [
    ...(articleId ? [articleId] : []),
    ...(view.statements ?? []).map((s) => s.source),
    ...(view.phase ? [...view.phase.plannedSources.plannedYear, ...view.phase.plannedSources.interceptor, ...(view.phase.plannedSources.sensors ?? []), ...view.phase.actual.flatMap((e) => e.sources)] : []),
    ...(view.site?.statusSources ?? []),
    ...view.shown.flatMap((s) => s.positionSources),
    ...(view.rings ?? []).flatMap((r) => [...r.sources, ...('sources' in r.centre ? r.centre.sources : [])]),
  ];
  return [...new Set(ids)];
}

/** The records of the sources a view rests on (`viewSourceIds`), each once; unknown ids are left out. */
export function viewSources(view: ViewContents, sourcesById: ReadonlyMap<string, Source>, articleId?: string): Source[] {
  return viewSourceIds(view, articleId)
    .map((id) => sourcesById.get(id))
    .filter((s): s is Source => s !== undefined);
}

/**
 * "Sources: SpaceNews (January 2012); OurAirports; Navy Times (20 June 2022, 17 August 2022)."
 * One entry per publisher, in the order first met, with the dates of its pieces.
 */
export function sourcesCredit(strings: Messages, sources: Pick<Source, 'publisher' | 'date'>[]): string {
  if (sources.length === 0) return '';
  const byPublisher = new Map<string, string[]>();
  for (const s of sources) {
    const dates = byPublisher.get(s.publisher) ?? [];
    if (s.date && !dates.includes(s.date)) dates.push(s.date);
    byPublisher.set(s.publisher, dates);
  }
  const entries = [...byPublisher].map(([publisher, dates]) =>
    dates.length ? `${publisher} (${dates.sort().map((d) => formatDate(d, strings.locale)).join(', ')})` : publisher,
  );
  return strings.exportDetails.sourcesUsed(entries.join('; '));
}

/** The image's title: the map's, with the month shown when the map is on a date ("…, May 2016"). */
export function viewTitle(strings: Messages, at: string | null): string {
  return at ? strings.timeline.imageTitle(strings.title, formatDate(at, strings.locale)) : strings.title;
}

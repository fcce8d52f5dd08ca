/** Pure queries over a validated dataset: what to show for a site, a phase, a date. */
import type { Phase, Side, Site, SiteKind, Source, Statement } from './schema';

/** How a site is drawn when a phase is chosen. */
export type SiteEmphasis = 'normal' | 'current' | 'earlier' | 'hidden';

/**
 * With no phase chosen every site is `normal`. With a phase chosen, a site that takes part in it
 * is `current`, one that only took part in earlier phases stays as `earlier` (drawn dimmed), and
 * one that first appears in a later phase is `hidden`.
 */
export function siteEmphasis(site: Pick<Site, 'phases'>, phase: number | null): SiteEmphasis {
  if (phase === null) return 'normal';
  if (site.phases.includes(phase)) return 'current';
  const first = Math.min(...site.phases);
  return first < phase ? 'earlier' : 'hidden';
}

/** The sites whose kind the legend shows (the same array when it hides none). */
export function sitesOfShownKinds(sites: Site[], hiddenKinds: ReadonlySet<SiteKind> | undefined): Site[] {
  return hiddenKinds?.size ? sites.filter((s) => !hiddenKinds.has(s.kind)) : sites;
}

export function statementsForSite(statements: Statement[], siteId: string): Statement[] {
  return statements.filter((s) => s.sites.includes(siteId));
}

export function statementsForPhase(statements: Statement[], phaseId: number): Statement[] {
  return statements.filter((s) => s.phases.includes(phaseId));
}

/** What the "who said what" view shows: sides (none for every side), a site and a phase (null for any). */
export interface SaidFilter {
  sides: ReadonlySet<Side>;
  site: string | null;
  phase: number | null;
}

/**
 * The statements a filter keeps, in their order: of any of its sides (a joint statement counts
 * for each of its sides; an unattributed report for none), about its site and its phase.
 */
export function statementsSaid(statements: Statement[], f: SaidFilter): Statement[] {
  return statements.filter(
    (s) =>
      (f.sides.size === 0 || (s.sides ?? []).some((x) => f.sides.has(x))) &&
      (f.site === null || s.sites.includes(f.site)) &&
      (f.phase === null || s.phases.includes(f.phase)),
  );
}

/** Statements tied to neither a site nor a phase: the article's general remarks. */
export function generalStatements(statements: Statement[]): Statement[] {
  return statements.filter((s) => s.sites.length === 0 && s.phases.length === 0);
}

export function byId<T extends { id: string | number }>(items: T[]): Map<T['id'], T> {
  return new Map(items.map((i) => [i.id, i]));
}

/**
 * When the facts on the map were last checked, as one date for the map as a whole: the oldest of
 * the sites' checks, so that the line never claims more than every site has had. Null with no sites.
 */
export function factsCheckedOn(sites: Pick<Site, 'statusChecked'>[]): string | null {
  return sites.reduce<string | null>((oldest, s) => (oldest === null || s.statusChecked < oldest ? s.statusChecked : oldest), null);
}

export type { Phase, Site, Source, Statement };

/**
 * How a site is drawn in a briefing step: the step's own sites stand out and the rest are
 * dimmed (or hidden when the step's phase comes before them); with no sites named, the phase decides.
 */
export function stepEmphasis(site: Pick<Site, 'id' | 'phases'>, step: { phase: number | null; sites: string[] }): SiteEmphasis {
  const byPhase = siteEmphasis(site, step.phase);
  if (step.sites.length === 0) return byPhase;
  if (step.sites.includes(site.id)) return 'current';
  return byPhase === 'hidden' ? 'hidden' : 'earlier';
}

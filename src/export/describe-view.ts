/**
 * The words that go with a view when it leaves the app (the citation, the image's subtitle and
 * credits): pure, so each has a unit test.
 */
import type { Phase, Site, Source } from '../data/schema';
import { sourceLabel } from '../data/select';
import type { Messages } from '../i18n/messages/en';

/** "Phase 3 (SM-3 Block IIA, sea- and land-based), Redzikowo selected", or "all sites, all phases". */
export function viewDescription(strings: Messages, phase: Pick<Phase, 'name' | 'interceptor'> | null, site: Pick<Site, 'name'> | null): string {
  return [phase ? `${phase.name} (${phase.interceptor})` : strings.share.viewAll, site ? strings.share.selected(site.name) : null]
    .filter(Boolean)
    .join(', ');
}

/** "Sources: SpaceNews, 12 January 2012 and 23 other sources named in the map's site panels." */
export function viewCredits(strings: Messages, article: Source | undefined, sourceCount: number): string {
  return strings.share.credits(article ? sourceLabel(article, strings.locale) : '', Math.max(0, sourceCount - 1));
}

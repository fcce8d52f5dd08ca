// The tour's steps only: loaded with the briefing, not in the first view.
import type { Phase, Site, Source } from '../data/schema';
import type { Month } from '../data/timeline';
import { stepEmphasis } from '../data/select';
import type { SiteEmphasis } from '../data/select';
import { emphasisAt, viewAt } from '../state/timeline-context';
import type { TimelineView } from '../state/timeline-context';

/**
 * A tour step as the room sees it: the plan on the step's date (null without one), and each site's
 * emphasis then, the step's own sites standing out.
 */
export function stepView(
  data: { sites: readonly Site[]; phases: readonly Phase[]; sourcesById: ReadonlyMap<string, Source> },
  step: { date?: Month | undefined; phase: number | null; sites: string[] },
): { timeline: TimelineView | null; emphasis: (site: Site) => SiteEmphasis } {
  const timeline = viewAt(data, step.date);
  return { timeline, emphasis: emphasisAt(timeline, (site) => stepEmphasis(site, step)) };
}

import type { LegendEntry } from '../ui/Legend';
import { useStrings } from '../i18n';
import { SiteLegendItems } from '../ui/Legend';

export interface SiteLegendProps {
  /** The entries, as the exported images list them (export/request.ts, legendFor). */
  entries: LegendEntry[];
  className: string;
}

/**
 * The compact legend of a briefing map or a handout image: each kind of site shown, with the
 * map's own symbol, then the pale symbol of a site not in focus when the view has one. A labelled
 * group rather than the page legend's section under a heading: the handout has one per step, and
 * a heading's id must be unique on the page.
 */
export function SiteLegend({ entries, className }: SiteLegendProps) {
  const strings = useStrings();
  if (entries.length === 0) return null;
  return (
    <div className={`site-legend ${className}`} role="group" aria-label={strings.legendHeading} data-testid="site-legend">
      <ul>
        <SiteLegendItems entries={entries} size={20} />
      </ul>
    </div>
  );
}

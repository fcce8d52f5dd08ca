import type { LegendEntry } from '../export/layout';
import { useStrings } from '../i18n';
import { SiteSymbol } from '../ui/SiteSymbol';

export interface SiteLegendProps {
  /** The entries, as the exported images list them (export/request.ts, legendFor). */
  entries: LegendEntry[];
  className: string;
}

/**
 * The compact legend of a briefing map or a handout image: each kind of site shown, with the
 * map's own symbol, then the pale symbol of a site not in focus when the view has one. A labelled
 * group, so a screen reader announces it as the legend.
 */
export function SiteLegend({ entries, className }: SiteLegendProps) {
  const strings = useStrings();
  if (entries.length === 0) return null;
  return (
    <div className={`site-legend ${className}`} role="group" aria-label={strings.legendHeading} data-testid="site-legend">
      <ul>
        {entries.map((e) => (
          <li key={`${e.kind}-${e.dimmed ? 'dimmed' : 'focus'}`} className={e.dimmed ? 'site-legend-dimmed' : undefined} data-legend-kind={e.kind}>
            <SiteSymbol kind={e.kind} size={20} /> <span>{e.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { memo } from 'react';
import type { SiteKind } from '../data/schema';
import { useStrings } from '../i18n';
import type { Layer } from '../state/url-state';
import { SiteSymbol } from '../theme/SiteSymbol';

/** One entry of a legend: a kind of site, or the pale symbol of a site not in focus. */
export interface LegendEntry {
  kind: SiteKind;
  label: string;
  /** Drawn as a dimmed site is drawn on the map. */
  dimmed?: boolean;
}

/**
 * The items of a legend of sites: each entry with the map's own symbol, `size` pixels across, and
 * its label; a dimmed entry (`site-legend-dimmed`) is drawn as a site not in focus is drawn. Shared
 * by the page's legend and the briefing's, so both read the symbols the same way.
 */
export function SiteLegendItems({ entries, size }: { entries: readonly LegendEntry[]; size: number }) {
  return entries.map((e) => (
    <li key={`${e.kind}-${e.dimmed ? 'dimmed' : 'focus'}`} className={e.dimmed ? 'site-legend-dimmed' : undefined} data-legend-kind={e.kind}>
      <SiteSymbol kind={e.kind} size={size} /> <span>{e.label}</span>
    </li>
  ));
}

/** One entry per kind of site present in the data, and one per illustrative layer that is on. */
export const Legend = memo(function Legend({ kinds, layers }: { kinds: readonly SiteKind[]; layers?: ReadonlySet<Layer> }) {
  const strings = useStrings();
  const t = strings.ranges;
  const tag = ` (${strings.illustrativeTag})`;
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="visually-hidden">{strings.legendHeading}</h2>
      <ul>
        <SiteLegendItems entries={kinds.map((k) => ({ kind: k, label: strings.kinds[k] }))} size={16} />
        {layers?.has('ranges') && (
          <>
            <li data-legend="ranges-defence">
              <span className="layer-swatch swatch-defence" aria-hidden="true" /> {t.defence}
              {tag}
            </li>
            <li data-legend="ranges-threat">
              <span className="layer-swatch swatch-threat" aria-hidden="true" /> {t.threat}
              {tag}
            </li>
          </>
        )}
        {layers?.has('lines') && (
          <li data-legend="lines">
            <span className="layer-swatch swatch-lines" aria-hidden="true" /> {strings.layers.lines}
          </li>
        )}
      </ul>
    </section>
  );
});

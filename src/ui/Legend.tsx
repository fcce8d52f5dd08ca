import { memo } from 'react';
import type { SiteKind } from '../data/schema';
import { useStrings } from '../i18n';
import type { Layer } from '../state/url-state';
import { SiteSymbol } from './SiteSymbol';

/** One entry per kind of site present in the data, and one per illustrative layer that is on. */
export const Legend = memo(function Legend({ kinds, layers }: { kinds: readonly SiteKind[]; layers?: ReadonlySet<Layer> }) {
  const strings = useStrings();
  const t = strings.ranges;
  const tag = ` (${strings.illustrativeTag})`;
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="visually-hidden">{strings.legendHeading}</h2>
      <ul>
        {kinds.map((k) => (
          <li key={k}>
            <SiteSymbol kind={k} size={16} /> {strings.kinds[k]}
          </li>
        ))}
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

import type { SiteKind } from '../data/schema';
import { strings } from '../strings';
import { SiteSymbol } from './SiteSymbol';

/** One entry per kind of site present in the data. */
export function Legend({ kinds }: { kinds: SiteKind[] }) {
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="visually-hidden">{strings.legendHeading}</h2>
      <ul>
        {kinds.map((k) => (
          <li key={k}>
            <SiteSymbol kind={k} size={16} /> {strings.kinds[k]}
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { Site, SiteEmphasis } from '../data/select';
import { strings } from '../strings';
import { SiteSymbol } from './SiteSymbol';

export interface SiteListProps {
  sites: Site[];
  emphasis: (site: Site) => SiteEmphasis;
  selectedSite: string | null;
  onSelect: (id: string) => void;
}

const emphasisNote: Record<SiteEmphasis, string | null> = {
  normal: null,
  current: strings.inPhase,
  earlier: strings.earlierPhase,
  hidden: strings.notInPhase,
};

/** Every site as a button: the map's twin for keyboards, screen readers and no-WebGL browsers. */
export function SiteList({ sites, emphasis, selectedSite, onSelect }: SiteListProps) {
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{strings.sitesHeading}</h2>
      <ul className="site-list">
        {sites.map((site) => {
          const e = emphasis(site);
          const note = emphasisNote[e];
          return (
            <li key={site.id} className={`emphasis-${e}`}>
              <button type="button" aria-pressed={site.id === selectedSite} data-site={site.id} onClick={() => onSelect(site.id)}>
                <SiteSymbol kind={site.kind} size={18} />
                <span className="site-list-name">{site.name}</span>
                <span className="site-list-meta">
                  {site.country} · {strings.kinds[site.kind]}
                  {note && <> · {note}</>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

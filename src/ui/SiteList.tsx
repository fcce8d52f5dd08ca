import type { Site, SiteEmphasis } from '../data/select';
import { useStrings } from '../i18n';
import type { Messages } from '../i18n';
import { SiteSymbol } from '../theme/SiteSymbol';
import { useTimeline } from '../state/timeline-context';
import { siteNoteAt } from '../i18n/format';

export interface SiteListProps {
  sites: Site[];
  emphasis: (site: Site) => SiteEmphasis;
  selectedSite: string | null;
  onSelect: (id: string) => void;
}

/** What a site's place in the chosen phase is called, if anything needs saying. */
export function emphasisNote(e: SiteEmphasis, strings: Messages): string | null {
  return e === 'current' ? strings.inPhase : e === 'earlier' ? strings.earlierPhase : e === 'hidden' ? strings.notInPhase : null;
}

/** Every site as a button: the map's twin for keyboards, screen readers and no-WebGL browsers. */
export function SiteList({ sites, emphasis, selectedSite, onSelect }: SiteListProps) {
  const strings = useStrings();
  const timeline = useTimeline();
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{strings.sitesHeading}</h2>
      <ul className="site-list">
        {sites.map((site) => {
          const e = emphasis(site);
          const at = timeline?.sites.get(site.id);
          const note = at ? siteNoteAt(at, strings) : emphasisNote(e, strings);
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

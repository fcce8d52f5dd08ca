import type { Site, SiteEmphasis } from '../data/select';
import { SiteSymbol } from '../theme/SiteSymbol';
import { useStrings } from '../i18n';
import { useTimeline } from '../state/timeline-context';
import { siteNoteAt } from '../i18n/format';

export interface SiteMarkerProps {
  site: Site;
  emphasis: SiteEmphasis;
  selected: boolean;
  /** Absent: the marker is a label, not a control. */
  onSelect?: (id: string) => void;
}

/** A site on the map: a real button, so click, tap, Enter and Space all select it. */
export function SiteMarker({ site, emphasis, selected, onSelect }: SiteMarkerProps) {
  const strings = useStrings();
  const timeline = useTimeline();
  if (emphasis === 'hidden') return null;
  // On a date, the site's state then, under its name.
  const at = timeline?.sites.get(site.id);
  const state = at && (
    <span className="site-marker-state" data-state={at.state ?? 'none'} data-late={at.late || undefined}>
      {siteNoteAt(at, strings)}
    </span>
  );
  if (!onSelect) {
    return (
      <span className={`site-marker kind-${site.kind} emphasis-${emphasis}`} data-site={site.id}>
        <SiteSymbol kind={site.kind} />
        <span className="site-marker-label">{site.name}</span>
        {state}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={`site-marker kind-${site.kind} emphasis-${emphasis}`}
      aria-pressed={selected}
      data-site={site.id}
      onClick={(e) => {
        // Keep the click from reaching the map underneath.
        e.stopPropagation();
        onSelect(site.id);
      }}
    >
      <SiteSymbol kind={site.kind} />
      <span className="site-marker-label">{site.name}</span>
      {state}
    </button>
  );
}

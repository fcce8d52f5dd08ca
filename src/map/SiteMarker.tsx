import type { Site, SiteEmphasis } from '../data/select';
import { SiteSymbol } from '../ui/SiteSymbol';

export interface SiteMarkerProps {
  site: Site;
  emphasis: SiteEmphasis;
  selected: boolean;
  /** Absent: the marker is a label, not a control. */
  onSelect?: (id: string) => void;
}

/** A site on the map: a real button, so click, tap, Enter and Space all select it. */
export function SiteMarker({ site, emphasis, selected, onSelect }: SiteMarkerProps) {
  if (emphasis === 'hidden') return null;
  if (!onSelect) {
    return (
      <span className={`site-marker kind-${site.kind} emphasis-${emphasis}`} data-site={site.id}>
        <SiteSymbol kind={site.kind} />
        <span className="site-marker-label">{site.name}</span>
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
    </button>
  );
}

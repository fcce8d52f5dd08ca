import { useCallback, useContext, useRef } from 'react';
import type { Site, SiteEmphasis } from '../data/select';
import { SiteSymbol } from '../theme/SiteSymbol';
import { useStrings } from '../i18n';
import { useTimeline } from '../state/timeline-context';
import { siteNoteAt } from '../i18n/format';
import { MapElementsContext } from './map-elements-context';

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
  // On the live map, the marker lists itself with the map's elements (its symbol's and name's
  // refs are set before its own).
  const elements = useContext(MapElementsContext);
  const symbol = useRef<SVGSVGElement>(null);
  const label = useRef<HTMLSpanElement>(null);
  const listed = useCallback(
    (root: HTMLElement | null) =>
      root && elements ? elements.addSite({ site: site.id, kind: site.kind, root, symbol: symbol.current, label: label.current }) : undefined,
    [elements, site.id, site.kind],
  );
  if (emphasis === 'hidden') return null;
  // On a date, the site's state then, under its name.
  const at = timeline?.sites.get(site.id);
  const content = (
    <>
      <SiteSymbol kind={site.kind} ref={symbol} />
      <span className="site-marker-label" ref={label}>{site.name}</span>
      {at && (
        <span className="site-marker-state" data-state={at.state ?? 'none'} data-late={at.late || undefined}>
          {siteNoteAt(at, strings)}
        </span>
      )}
    </>
  );
  if (!onSelect) {
    return (
      <span className={`site-marker kind-${site.kind} emphasis-${emphasis}`} data-site={site.id} ref={listed}>
        {content}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={`site-marker kind-${site.kind} emphasis-${emphasis}`}
      aria-pressed={selected}
      data-site={site.id}
      ref={listed}
      onClick={(e) => {
        // Keep the click from reaching the map underneath.
        e.stopPropagation();
        onSelect(site.id);
      }}
    >
      {content}
    </button>
  );
}

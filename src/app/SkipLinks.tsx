import type { RefObject } from 'react';
import { useStrings } from '../i18n';

export interface SkipLinksProps {
  /** A link to the panel as well, while one is open. */
  panelOpen: boolean;
  /** Opens the list of keys. */
  onShowKeys: () => void;
  /** The map area, whose site buttons the first link leads to. */
  mapArea: RefObject<HTMLElement | null>;
}

/** The page's first stops for a keyboard: to the map, to the open panel, and the list of keys. */
export function SkipLinks({ panelOpen, onShowKeys, mapArea }: SkipLinksProps) {
  const strings = useStrings();
  return (
    <nav className="skip-links" aria-label={strings.skipToMap}>
      <a href="#map-area" onClick={(e) => skipToMap(e, mapArea.current)}>{strings.skipToMap}</a>
      {panelOpen && <a href="#panel-title" onClick={(e) => skipTo(e, document.getElementById('panel-title'))}>{strings.skipToPanel}</a>}
      <button type="button" onClick={onShowKeys}>{strings.takeAway.keys.buttonHint}</button>
    </nav>
  );
}

/**
 * "Skip to the map" lands on the selected site's marker, else the first site's, where the arrow
 * keys go on between sites; on the map area itself when no marker is shown (the list view, no map).
 */
function skipToMap(e: React.MouseEvent, mapArea: HTMLElement | null): void {
  // Found in the page: the buttons are drawn by whichever map is up (the first paint, or the live
  // map, which MapLibre positions), and the focus is what is asked for.
  const markers = [...(mapArea?.querySelectorAll<HTMLElement>('button.site-marker') ?? [])].filter((el) => el.offsetParent !== null);
  skipTo(e, markers.find((el) => el.getAttribute('aria-pressed') === 'true') ?? markers[0] ?? mapArea);
}

/** Skip links move focus as well as scrolling, and leave the hash (which holds the view) alone. */
function skipTo(e: React.MouseEvent, target: HTMLElement | null): void {
  e.preventDefault();
  if (!target) return;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

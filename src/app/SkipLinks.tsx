import { useStrings } from '../i18n';

export interface SkipLinksProps {
  /** A link to the panel as well, while one is open. */
  panelOpen: boolean;
  /** Opens the list of keys. */
  onShowKeys: () => void;
}

/** The page's first stops for a keyboard: to the map, to the open panel, and the list of keys. */
export function SkipLinks({ panelOpen, onShowKeys }: SkipLinksProps) {
  const strings = useStrings();
  return (
    <nav className="skip-links" aria-label={strings.skipToMap}>
      <a href="#map-area" onClick={skipToMap}>{strings.skipToMap}</a>
      {panelOpen && <a href="#panel-title" onClick={(e) => skipTo(e, '#panel-title')}>{strings.skipToPanel}</a>}
      <button type="button" onClick={onShowKeys}>{strings.takeAway.keys.buttonHint}</button>
    </nav>
  );
}

/**
 * "Skip to the map" lands on the selected site's marker, else the first site's, where the arrow
 * keys go on between sites; on the map area itself when no marker is shown (the list view, no map).
 */
function skipToMap(e: React.MouseEvent): void {
  const shown = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].find((el) => el.offsetParent !== null);
  skipTo(e, shown('.map-area button.site-marker[aria-pressed="true"]') ?? shown('.map-area button.site-marker') ?? '.map-area');
}

/** Skip links move focus as well as scrolling, and leave the hash (which holds the view) alone. */
function skipTo(e: React.MouseEvent, to: string | HTMLElement): void {
  e.preventDefault();
  const target = typeof to === 'string' ? document.querySelector<HTMLElement>(to) : to;
  if (!target) return;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

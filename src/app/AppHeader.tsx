import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { SiteKind } from '../data/schema';
import { useStrings } from '../i18n';
import type { Lang } from '../i18n/languages';
import type { Layer } from '../state/url-state';
import { Legend } from '../ui/Legend';
import { Preferences } from '../ui/Preferences';
import type { ThemeChoice } from '../ui/theme';

export interface AppHeaderProps {
  kinds: readonly SiteKind[];
  layers: ReadonlySet<Layer>;
  onLanguage: (lang: Lang) => void;
  theme: ThemeChoice;
  onTheme: (theme: ThemeChoice) => void;
  /** Share and Present; disabled (but in place, so nothing moves) until the data is there. */
  actions: { onShare: () => void; onPresent: () => void; onEditTour: () => void } | null;
  /** The button that opens the tour editor, which has the focus back when the editor closes. */
  editButton?: RefObject<HTMLButtonElement | null>;
}

/**
 * The full page's header: title, the illustrative-only note, legend, preferences and actions. On a
 * phone the title keeps one line and the rest folds into a menu, so the map starts high on the
 * screen (the page's CSS lays it out; the menu button shows only there).
 */
export function AppHeader({ kinds, layers, onLanguage, theme, onTheme, actions, editButton }: AppHeaderProps) {
  const strings = useStrings();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const header = useRef<HTMLElement>(null);
  // The header's height as a CSS variable: a phone's raised sheet and side panel stop below it.
  useLayoutEffect(() => {
    const el = header.current;
    if (!el) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--header-height', `${el.offsetHeight}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, []);
  const act = (action: (() => void) | undefined) => () => {
    setMenuOpen(false);
    action?.();
  };
  // Esc closes the open menu, and only the menu (not the panel behind it).
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [menuOpen]);
  return (
    <header className="app-header" ref={header}>
      <h1>{strings.title}</h1>
      <p className="subtitle">{strings.subtitle}</p>
      <button
        type="button"
        ref={menuButton}
        className="menu-button"
        aria-expanded={menuOpen}
        aria-controls="header-menu"
        onClick={() => setMenuOpen((o) => !o)}
      >
        {strings.compact.menu}
      </button>
      <p className="illustrative" data-testid="illustrative-note">
        {strings.illustrative}
      </p>
      <div id="header-menu" className={`header-menu${menuOpen ? ' open' : ''}`}>
        {kinds.length > 0 && <Legend kinds={kinds} layers={layers} />}
        <Preferences onLanguage={onLanguage} theme={theme} onTheme={onTheme} />
        <div className="header-actions">
          <button type="button" className="share-button" onClick={act(actions?.onShare)} disabled={!actions}>
            {strings.share.button}
          </button>
          <button type="button" className="edit-tour-button" ref={editButton} onClick={act(actions?.onEditTour)} disabled={!actions}>
            {strings.tourEditor.open}
          </button>
          <button type="button" className="present-button" onClick={act(actions?.onPresent)} disabled={!actions} title={strings.briefing.presentHint}>
            {strings.briefing.present}
          </button>
        </div>
      </div>
    </header>
  );
}

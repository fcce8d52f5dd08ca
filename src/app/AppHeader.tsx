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
  actions: { onShare: () => void; onPresent: () => void } | null;
}

/** The full page's header: title, the illustrative-only note, legend, preferences and actions. */
export function AppHeader({ kinds, layers, onLanguage, theme, onTheme, actions }: AppHeaderProps) {
  const strings = useStrings();
  return (
    <header className="app-header">
      <h1>{strings.title}</h1>
      <p className="subtitle">{strings.subtitle}</p>
      <p className="illustrative" data-testid="illustrative-note">
        {strings.illustrative}
      </p>
      {kinds.length > 0 && <Legend kinds={kinds} layers={layers} />}
      <Preferences onLanguage={onLanguage} theme={theme} onTheme={onTheme} />
      <div className="header-actions">
        <button type="button" className="share-button" onClick={actions?.onShare} disabled={!actions}>
          {strings.share.button}
        </button>
        <button type="button" className="present-button" onClick={actions?.onPresent} disabled={!actions} title={strings.briefing.presentHint}>
          {strings.briefing.present}
        </button>
      </div>
    </header>
  );
}

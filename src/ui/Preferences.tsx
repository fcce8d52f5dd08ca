import { memo } from 'react';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n/languages';
import type { Lang } from '../i18n/languages';
import { useLang, useStrings } from '../i18n';
import type { ThemeChoice } from './theme';

export interface PreferencesProps {
  onLanguage: (lang: Lang) => void;
  theme: ThemeChoice;
  onTheme: (theme: ThemeChoice) => void;
}

/** Language and colours: two native menus, so every browser and screen reader knows them. */
export const Preferences = memo(function Preferences({ onLanguage, theme, onTheme }: PreferencesProps) {
  const strings = useStrings();
  const lang = useLang();
  return (
    <div className="preferences">
      <label>
        {strings.language}{' '}
        <select className="language-select" value={lang} onChange={(e) => onLanguage(e.target.value as Lang)} data-testid="language">
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {strings.theme.label}{' '}
        <select value={theme} onChange={(e) => onTheme(e.target.value as ThemeChoice)} data-testid="theme">
          <option value="system">{strings.theme.system}</option>
          <option value="light">{strings.theme.light}</option>
          <option value="dark">{strings.theme.dark}</option>
        </select>
      </label>
    </div>
  );
});

import { memo } from 'react';
import type { Lang } from '../i18n/languages';
import { useStrings } from '../i18n';
import { LanguageMenu } from './LanguageMenu';
import type { ThemeChoice } from './theme';

export interface PreferencesProps {
  onLanguage: (lang: Lang) => void;
  theme: ThemeChoice;
  onTheme: (theme: ThemeChoice) => void;
}

/** Language and colours: two native menus, so every browser and screen reader knows them. */
export const Preferences = memo(function Preferences({ onLanguage, theme, onTheme }: PreferencesProps) {
  const strings = useStrings();
  return (
    <div className="preferences">
      <LanguageMenu testId="language" onChoose={onLanguage} />
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

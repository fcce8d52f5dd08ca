import { LANGUAGES, LANGUAGE_NAMES } from '../i18n/languages';
import type { Lang } from '../i18n/languages';
import { useLang, useStrings } from '../i18n';
import { pageHashStore } from '../state/useHashState';

/**
 * The language menu on its own, for views without the header's preferences (the briefing): a
 * native menu, each language named in itself; the choice goes into the URL (`lang=`), as the
 * header's menu does. `onChoose` replaces that for a view that handles the choice itself.
 */
export function LanguageMenu({ className, testId, onChoose }: { className?: string; testId?: string; onChoose?: (lang: Lang) => void }) {
  const strings = useStrings();
  const lang = useLang();
  return (
    <label className={className}>
      {strings.language}{' '}
      <select className="language-select" value={lang} onChange={(e) => (onChoose ?? chooseInUrl)(e.target.value as Lang)} data-testid={testId}>
        <LanguageOptions />
      </select>
    </label>
  );
}

/** The five languages as a select's options, each named in itself and marked with its lang. */
export function LanguageOptions() {
  return LANGUAGES.map((l) => (
    <option key={l} value={l} lang={l}>
      {LANGUAGE_NAMES[l]}
    </option>
  ));
}

function chooseInUrl(lang: Lang): void {
  pageHashStore().update({ lang }, 'now');
}

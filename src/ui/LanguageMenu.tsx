import { LANGUAGES, LANGUAGE_NAMES } from '../i18n/languages';
import type { Lang } from '../i18n/languages';
import { useLang, useStrings } from '../i18n';
import { pageHashStore } from '../state/useHashState';

/**
 * The language menu on its own, for views without the header's preferences (the briefing): a
 * native menu, each language named in itself; the choice goes into the URL (`lang=`), as the
 * header's menu does.
 */
export function LanguageMenu({ className, testId }: { className?: string; testId?: string }) {
  const strings = useStrings();
  const lang = useLang();
  return (
    <label className={className}>
      {strings.language}{' '}
      <select className="language-select" value={lang} onChange={(e) => pageHashStore().update({ lang: e.target.value as Lang }, 'now')} data-testid={testId}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

import type { Statement, Translator } from '../data/schema';
import { useStrings } from '../i18n';
import type { Messages } from '../i18n/messages/en';

/** A language's name in the reader's language ("Russian", "русский"), by its ISO code. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Who made a translation, in words. */
export function translatorLabel(by: Translator | undefined, strings: Messages): string {
  return by === undefined || by.kind === 'us' ? strings.said.ourTranslation : strings.said.versionBy(by.name);
}

/**
 * A statement's words in their own language (marked with it, for screen readers and fonts), who
 * translated them where they are a translation, and the translation the reader needs beside them.
 */
export function StatementWords({ statement: s }: { statement: Statement }) {
  const strings = useStrings();
  return (
    <>
      <blockquote className={s.kind === 'report' ? 'reported' : undefined} lang={s.lang}>
        <p>{s.kind === 'quote' ? `“${s.quote}”` : s.quote}</p>
      </blockquote>
      {s.spokenIn && s.translatedBy && s.translatedBy.kind !== 'us' && (
        <p className="translated-by">{strings.said.translatedBy(s.translatedBy.name, languageName(s.spokenIn, strings.locale))}</p>
      )}
      {s.translation && (
        <p className="translation">
          <span className="translation-tag">{translatorLabel(s.translationBy, strings)}:</span>{' '}
          <span lang={s.translationBy ? 'en' : undefined}>{s.translation}</span>
        </p>
      )}
    </>
  );
}

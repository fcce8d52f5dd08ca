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
 * For a room (`audienceFirst`), the translation into the audience's language leads and the words
 * as said follow it: the quote an audience cannot read is not the large one.
 */
export function StatementWords({ statement: s, audienceFirst = false }: { statement: Statement; audienceFirst?: boolean }) {
  const strings = useStrings();
  const lead = audienceFirst && !!s.translation;
  const words = (
    <blockquote className={[s.kind === 'report' ? 'reported' : '', lead ? 'original-after' : ''].filter(Boolean).join(' ') || undefined} lang={s.lang}>
      <p>{s.kind === 'quote' ? `“${s.quote}”` : s.quote}</p>
    </blockquote>
  );
  const translation = s.translation && (
    <p className={lead ? 'translation translation-lead' : 'translation'}>
      <span className="translation-tag">{translatorLabel(s.translationBy, strings)}:</span>{' '}
      <span lang={s.translationBy ? 'en' : undefined}>{s.translation}</span>
    </p>
  );
  return (
    <>
      {lead ? translation : words}
      {s.spokenIn && s.translatedBy && s.translatedBy.kind !== 'us' && (
        <p className="translated-by">{strings.said.translatedBy(s.translatedBy.name, languageName(s.spokenIn, strings.locale))}</p>
      )}
      {lead ? words : translation}
    </>
  );
}

/**
 * A statement's citation, as plain text in the reader's language: who said it, in what role, on
 * what occasion, where and when, the words as said (with who translated them, where they are a
 * translation), the source, and this map as where it was found. Pure, so it has a unit test.
 */
import type { Source, Statement } from '../data/schema';
import { sourceLabel } from '../i18n/format';
import { formatDate } from '../i18n/dates';
import type { Messages } from '../i18n/messages/en';


/** The citation of one statement, found on the map at `pageUrl` on `accessed`. */
export function statementCitation(st: Statement, source: Source | undefined, strings: Messages, pageUrl: string, accessed: Date): string {
  return strings.said.citation({
    who: st.speaker ?? source?.publisher ?? st.source,
    role: st.role,
    occasion: st.occasion,
    place: st.place,
    date: formatDate(st.date, strings.locale),
    quote: st.quote,
    translatedBy: st.translatedBy && st.translatedBy.kind !== 'us' ? st.translatedBy.name : undefined,
    source: source ? `${source.title}, ${sourceLabel(source, strings.locale)}` : st.source,
    url: source?.url,
    publisher: strings.share.publisher,
    pageUrl,
    accessed: formatDate(accessed.toISOString().slice(0, 10), strings.locale),
  });
}

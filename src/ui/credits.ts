/**
 * The credit line under an exported image and in an embed, and the "facts checked" line of the
 * citation: one wording for all of them, in the reader's language.
 */
import type { Site, Source } from '../data/schema';
import { factsCheckedOn, formatDate, sourceLabel } from '../data/select';
import type { Messages } from '../i18n/messages/en';

/** "Facts checked on 28 November 2026." (the oldest of the sites' checks), or '' with no sites. */
export function factsCheckedLine(strings: Messages, sites: Pick<Site, 'statusChecked'>[]): string {
  const date = factsCheckedOn(sites);
  return date ? `${strings.editorial.factsChecked(formatDate(date, strings.locale))}.` : '';
}

/** "Sources: the article and N other sources … Facts checked on …". */
export function creditsLine(strings: Messages, article: Source | undefined, data: { sources: Source[]; sites: Site[] } | null): string {
  const sources = strings.share.credits(article ? sourceLabel(article, strings.locale) : '', Math.max(0, (data?.sources.length ?? 1) - 1));
  const checked = data ? factsCheckedLine(strings, data.sites) : '';
  return checked ? `${sources} ${checked}` : sources;
}

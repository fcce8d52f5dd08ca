/** Everything a language needs: its interface table and (for all but English) its content. */
import type { DataProblem } from '../data/validate';
import type { I18n } from './index';
import { ENGLISH_PLACES } from './index';
import { countryNames, loadContent, placeNames } from '../data/content';
import type { Content } from '../data/content';
import { loadMessages } from './languages';
import type { Lang } from './languages';
import { WEIGHTS, fontSample, loadFonts } from '../theme/fonts';
import { remember } from '../state/usePromised';

/** The interface language, its strings and its content translations (null for English). */
export interface Language extends I18n {
  content: Content | null;
  problems: DataProblem[];
}

const loads = new Map<Lang, Promise<Language>>();

/** Loads a language once per page: the same promise for every caller. */
export function loadLanguage(lang: Lang): Promise<Language> {
  let load = loads.get(lang);
  if (!load) {
    load = remember(fetchLanguage(lang));
    loads.set(lang, load);
  }
  return load;
}

/**
 * A language switch shows the new text once its font files are in too (a moment at most), so it
 * is laid out once, in Noto Sans, rather than in a fallback font first.
 */
async function fetchLanguage(lang: Lang): Promise<Language> {
  const fonts = loadFonts(fontSample(lang), WEIGHTS, 800);
  if (lang === 'en') {
    const [strings] = await Promise.all([loadMessages(lang), fonts]);
    return { lang, strings, places: ENGLISH_PLACES, content: null, problems: [] };
  }
  const [strings, { content, problems }] = await Promise.all([loadMessages(lang), loadContent(lang), fonts]);
  return { lang, strings, places: { lang, countries: countryNames(content), cities: placeNames(content) }, content, problems };
}

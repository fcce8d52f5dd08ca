/** Everything a language needs: its interface table and (for all but English) its content. */
import type { DataProblem } from '../data/validate';
import type { I18n } from './index';
import { loadContent } from './content';
import type { Content } from './content';
import { loadMessages } from './languages';
import type { Lang } from './languages';

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
    load = fetchLanguage(lang);
    loads.set(lang, load);
  }
  return load;
}

async function fetchLanguage(lang: Lang): Promise<Language> {
  if (lang === 'en') return { lang, strings: await loadMessages(lang), content: null, problems: [] };
  const [strings, { content, problems }] = await Promise.all([loadMessages(lang), loadContent(lang)]);
  return { lang, strings, content, problems };
}

/** Everything a language needs: its interface table and (for all but English) its content. */
import type { Language } from '../App';
import { loadContent } from './content';
import { loadMessages } from './languages';
import type { Lang } from './languages';

export async function loadLanguage(lang: Lang): Promise<Language> {
  if (lang === 'en') return { lang, strings: await loadMessages(lang), content: null, problems: [] };
  const [strings, { content, problems }] = await Promise.all([loadMessages(lang), loadContent(lang)]);
  return { lang, strings, content, problems };
}

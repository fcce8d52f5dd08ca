/** The tour editor's interface table in a language: English is in the editor's chunk, the others are fetched once. */
import type { Lang } from '../languages';
import { editorEn } from './en';
import type { EditorMessages } from './en';

export type { EditorMessages };

export async function loadEditorMessages(lang: Lang): Promise<EditorMessages> {
  switch (lang) {
    case 'ro':
      return (await import('./ro')).editorRo;
    case 'pl':
      return (await import('./pl')).editorPl;
    case 'tr':
      return (await import('./tr')).editorTr;
    case 'ru':
      return (await import('./ru')).editorRu;
    default:
      return editorEn;
  }
}

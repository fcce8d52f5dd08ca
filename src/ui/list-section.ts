/**
 * The list view's sections a link can open it at: `#list=1&section=corrections`, from a panel's
 * or an embed's credit line. The hash key is the URL owner's (state/url-state.ts); the list view
 * takes it once and removes it.
 */

/** The list view's section of corrections, by the id of its heading. */
export const CORRECTIONS_SECTION = 'corrections';

/** The hash keys that open the list view at a section. */
export function listSectionKeys(section: string): Record<string, string> {
  return { list: '1', section };
}

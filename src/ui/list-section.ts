/**
 * Asking the list view to open at one of its sections (the corrections): from a link in a panel
 * or a credit line on this page, or from a link into a new page (`#list=1&section=corrections`,
 * the embed's credit line). The list view is loaded on first use, so a request waits here until
 * it is taken.
 */
import { withHashKeys } from '../state/url-state';
import { replaceHash } from '../state/useUrlView';

/** The hash key that names the section a new page opens the list at; removed once it is used. */
export const SECTION_KEY = 'section';
/** The list view's section of corrections, by the id of its heading. */
export const CORRECTIONS_SECTION = 'corrections';

let pending: string | null = null;
let hashRead = false;
const listeners = new Set<() => void>();

/** Asks the list view (now, or when it next mounts) to show a section. */
export function requestListSection(section: string): void {
  pending = section;
  for (const l of listeners) l();
}

/** Calls `listener` whenever a section is requested; returns the unsubscribe. */
export function onListSectionRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The section to show, if one was asked for (by a request, or once by the page's address); clears it. */
export function takeListSection(): string | null {
  if (!hashRead) {
    hashRead = true;
    const fromHash = sectionInHash(window.location.hash);
    if (fromHash !== null) {
      replaceHash(withHashKeys(window.location.hash, { [SECTION_KEY]: null }));
      pending ??= fromHash;
    }
  }
  const section = pending;
  pending = null;
  return section;
}

/** The section a hash names, if any. Pure. */
export function sectionInHash(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(SECTION_KEY);
  return value && /^[a-z][a-z-]{0,40}$/.test(value) ? value : null;
}

/** The hash keys that open the list view at a section. */
export function listSectionKeys(section: string): Record<string, string> {
  return { list: '1', [SECTION_KEY]: section };
}

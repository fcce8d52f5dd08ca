/**
 * The glossary as context: any text in a panel can link its terms to the entry, and
 * the entry is found and focused wherever the glossary is on the page.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { GlossaryEntry } from '../data/schema';
import { prefersReducedMotion } from '../theme/motion';

export interface GlossaryLinks {
  entries: GlossaryEntry[];
  /** A regular expression matching every entry's words, longest first; null when there are none. */
  pattern: RegExp | null;
  byWord: ReadonlyMap<string, GlossaryEntry>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function glossaryLinks(entries: GlossaryEntry[]): GlossaryLinks {
  const byWord = new Map<string, GlossaryEntry>();
  for (const e of entries) for (const w of e.match) if (!byWord.has(w)) byWord.set(w, e);
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  // Whole words only: "SM-3" in "SM-3 Block IB", not "BMD" inside another word.
  const pattern = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  return { entries, pattern, byWord };
}

/** Splits text into plain runs and glossary terms, in order. */
export function splitTerms(text: string, links: GlossaryLinks): (string | { word: string; entry: GlossaryEntry })[] {
  if (!links.pattern) return [text];
  const out: (string | { word: string; entry: GlossaryEntry })[] = [];
  let last = 0;
  for (const m of text.matchAll(links.pattern)) {
    const entry = links.byWord.get(m[0]);
    if (!entry || m.index === undefined) continue;
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ word: m[0], entry });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export const GlossaryContext = createContext<GlossaryLinks>(glossaryLinks([]));
export const useGlossary = () => useContext(GlossaryContext);

/** The term a reader followed to an entry, so the entry can offer the way back to it. */
export interface LookUpOrigin {
  entry: string;
  term: HTMLElement;
}

let origin: LookUpOrigin | null = null;
const listeners = new Set<() => void>();

// While there is a way back, watches for the term leaving the page (its panel closed, another site
// chosen): then the way back is gone too, and the entry stops offering it.
let termWatch: MutationObserver | null = null;

function setOrigin(next: LookUpOrigin | null): void {
  if (origin === next) return;
  origin = next;
  termWatch?.disconnect();
  termWatch = null;
  if (next) {
    termWatch = new MutationObserver(() => {
      if (!next.term.isConnected) setOrigin(null);
    });
    termWatch.observe(document.body, { childList: true, subtree: true });
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The term the glossary was reached from, while the way back is open; null otherwise. */
export function useLookUpOrigin(): LookUpOrigin | null {
  return useSyncExternalStore(subscribe, () => origin, () => null);
}

// The glossaries' entries on the page, by id: the sidebar's and the list view's each register theirs.
const entries = new Map<string, Set<HTMLElement>>();

/** The ref of a glossary entry's element: lookUp finds it while it is on the page. */
export function glossaryEntryRef(id: string): (el: HTMLElement | null) => (() => void) | undefined {
  return (el) => {
    if (!el) return undefined;
    const same = entries.get(id) ?? new Set<HTMLElement>();
    entries.set(id, same.add(el));
    return () => {
      same.delete(el);
      if (same.size === 0 && entries.get(id) === same) entries.delete(id);
    };
  };
}

/** The first entry `id` a reader can see, in the page's order. */
function shownEntry(id: string): HTMLElement | undefined {
  const first = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
  return [...(entries.get(id) ?? [])].sort(first).find((el) => el.offsetParent !== null);
}

/**
 * Moves focus to a glossary entry on the page (the sidebar's, or the list view's). With `from`,
 * the term followed, the entry offers a way back to it (backToTerm).
 */
export function lookUp(id: string, from?: HTMLElement): void {
  const target = shownEntry(id);
  if (!target) return;
  setOrigin(from ? { entry: id, term: from } : null);
  target.closest('details')?.setAttribute('open', '');
  target.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
}

/**
 * Takes focus back to the term the glossary was reached from. False, with nothing done, when there
 * is none (the glossary was reached otherwise, or the term has gone with its panel).
 */
export function backToTerm(): boolean {
  const term = origin?.term ?? null;
  setOrigin(null);
  if (!term?.isConnected) return false;
  term.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  term.focus({ preventScroll: true });
  return true;
}

/**
 * The glossary as context: any text in a panel can link its terms to the entry, and
 * the entry is found and focused wherever the glossary is on the page.
 */
import { createContext, useContext } from 'react';
import type { GlossaryEntry } from '../data/schema';
import { prefersReducedMotion } from '../map/camera';

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

/** Moves focus to a glossary entry on the page (the sidebar's, or the list view's). */
export function lookUp(id: string): void {
  const target = [...document.querySelectorAll<HTMLElement>(`[data-glossary-entry="${CSS.escape(id)}"]`)].find((el) => el.offsetParent !== null);
  if (!target) return;
  target.closest('details')?.setAttribute('open', '');
  target.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
}

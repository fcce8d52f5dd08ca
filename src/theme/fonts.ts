/**
 * The one typeface, Noto Sans, in the three subsets the five languages need. The page declares
 * each file with its `unicode-range` (src/theme/fonts.css), so the browser downloads a subset only
 * when text on the page uses one of its characters: an English page gets the Latin files alone.
 * The map's labels use the same files (the style's `font-faces`), and so do the exported image and
 * the handout, whose canvas text waits for the files its characters need.
 *
 * The ranges are Noto Sans's own subsets as published in @fontsource/noto-sans; a unit test checks
 * that fonts.css declares exactly these.
 */
import type { Lang } from '../data/lang';

export type Subset = 'latin' | 'latin-ext' | 'cyrillic';
export const SUBSETS: readonly Subset[] = ['latin', 'latin-ext', 'cyrillic'];
/** The weights the interface uses; the map's labels use the regular one. */
export const WEIGHTS = [400, 700] as const;
/** The family name on the page (CSS and canvas). */
export const FONT_FAMILY = 'Noto Sans';

/** The characters each subset's file covers, as CSS `unicode-range` values. */
export const SUBSET_RANGES: Record<Subset, readonly string[]> = {
  latin: [
    'U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329',
    'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD',
  ],
  'latin-ext': [
    'U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+0304', 'U+0308', 'U+0329', 'U+1D00-1DBF',
    'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF',
  ],
  cyrillic: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
};

/** The subsets a language's text is written in (quotes stay in English, so Latin is always there). */
export const LANGUAGE_SUBSETS: Record<Lang, readonly Subset[]> = {
  en: ['latin'],
  ro: ['latin', 'latin-ext'],
  pl: ['latin', 'latin-ext'],
  tr: ['latin', 'latin-ext'],
  ru: ['latin', 'cyrillic'],
};

/**
 * Characters no Noto Sans subset has, drawn in the system's font wherever they appear: the arrows
 * on the briefing's buttons and in its key hint (Noto Sans's Latin file has only ↑ and ↓), and
 * the Mac's command key (⌘) in the copy hint.
 */
export const NOT_IN_NOTO = new Set(['←', '→', '⌘']);

/** One character of each subset: asking the browser to load text with it fetches that file. */
const SAMPLE: Record<Subset, string> = { latin: 'a', 'latin-ext': 'ș', cyrillic: 'я' };

/** A few characters that make the browser fetch exactly the files a language needs. */
export function fontSample(lang: Lang): string {
  return LANGUAGE_SUBSETS[lang].map((s) => SAMPLE[s]).join('');
}

/** `U+0400-045F` as [0x400, 0x45f]. */
export function parseRange(range: string): [number, number] {
  const m = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(range);
  if (!m) throw new Error(`not a unicode-range: ${range}`);
  const start = parseInt(m[1]!, 16);
  return [start, m[2] ? parseInt(m[2], 16) : start];
}

const PARSED = Object.fromEntries(SUBSETS.map((s) => [s, SUBSET_RANGES[s].map(parseRange)])) as Record<Subset, [number, number][]>;

/** The subsets whose file covers a code point (none for a character Noto Sans lacks here). */
export function subsetsOf(codePoint: number): Subset[] {
  return SUBSETS.filter((s) => PARSED[s].some(([a, b]) => codePoint >= a && codePoint <= b));
}

/** The characters of a text no declared subset covers (spaces and line breaks aside). */
export function uncovered(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) if (!/\s/.test(ch) && subsetsOf(ch.codePointAt(0)!).length === 0) out.add(ch);
  return [...out];
}

/** A CSS font shorthand for canvas text and `document.fonts.load`. */
export function cssFont(weight: number, px: number): string {
  return `${weight} ${px}px '${FONT_FAMILY}', system-ui, sans-serif`;
}

/**
 * Waits for the files that `text` needs in each weight (the browser fetches only those, and
 * nothing for a file it already has); never fails, and gives up after `ms` so that a slow file
 * cannot hold text back for long. Canvas text is drawn with whatever faces are loaded at that
 * moment, so image exports call this before drawing.
 */
export async function loadFonts(text: string, weights: readonly number[] = WEIGHTS, ms = 3000): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const sample = text || ' ';
  const all = Promise.all(weights.map((w) => document.fonts.load(`${w} 16px '${FONT_FAMILY}'`, sample))).then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([all, new Promise<void>((done) => setTimeout(done, ms))]);
}

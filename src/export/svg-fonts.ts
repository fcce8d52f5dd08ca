/**
 * The SVG carries its typeface: the page's own Noto Sans files (SIL Open Font License, which
 * allows embedding), as data inside the document, for the subsets and weights its text uses. A
 * designer who opens the file on a machine without Noto Sans sees the text as the map drew it, and
 * the file names the face it needs. The files are the ones the page's stylesheet declares (so the
 * one-file package, whose fonts are inline, embeds the same bytes it already has).
 */
import { FONT_FAMILY, parseRange } from '../theme/fonts';

export interface PageFontFace {
  weight: string;
  /** The file's address as the page's stylesheet gives it. */
  url: string;
  /** The CSS `unicode-range` value. */
  range: string;
}

/**
 * The page's own Noto Sans faces, read from its stylesheets, each file's address resolved against
 * its stylesheet's (or, for a style in the page, the page's).
 */
export function pageFontFaces(sheets: Iterable<CSSStyleSheet>, pageUrl: string): PageFontFace[] {
  const faces: PageFontFace[] = [];
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet: not ours
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const style = rule.style;
      if (style.getPropertyValue('font-family').replace(/['"]/g, '').trim() !== FONT_FAMILY) continue;
      const url = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(style.getPropertyValue('src'))?.[1];
      if (url) faces.push({ weight: style.getPropertyValue('font-weight') || '400', url: new URL(url, sheet.href ?? pageUrl).href, range: style.getPropertyValue('unicode-range') });
    }
  }
  return faces;
}

/** Whether a face's range covers any character of a text (white space aside). */
export function faceIsUsed(range: string, text: string): boolean {
  const ranges = range.split(',').map((r) => parseRange(r.trim()));
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    const c = ch.codePointAt(0)!;
    if (ranges.some(([a, b]) => c >= a && c <= b)) return true;
  }
  return false;
}

/** One `@font-face` rule with the file inside it. */
export function fontFaceRule(face: PageFontFace, base64: string): string {
  return `@font-face{font-family:'${FONT_FAMILY}';font-weight:${face.weight};src:url(data:font/woff2;base64,${base64}) format('woff2');unicode-range:${face.range}}`;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * The `@font-face` rules for the faces a text uses, with their files fetched (from the page's
 * cache) and inlined. A file that cannot be read is left out: the text still names its family.
 */
export async function embeddedFontFaces(text: string, faces: PageFontFace[]): Promise<string> {
  const used = faces.filter((f) => faceIsUsed(f.range, text));
  const rules = await Promise.all(
    used.map(async (face) => {
      try {
        const response = await fetch(face.url);
        if (!response.ok) return '';
        return fontFaceRule(face, toBase64(new Uint8Array(await response.arrayBuffer())));
      } catch {
        return '';
      }
    }),
  );
  return rules.join('');
}

/** The text of an SVG document: what its elements say, not its markup or path data. */
export function svgText(svg: string): string {
  return [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1]).join(' ');
}

/** The document with its faces in its definitions, and a comment naming the typeface. */
export function withFonts(svg: string, rules: string): string {
  const note = `<!-- Text: ${FONT_FAMILY} (SIL Open Font License 1.1)${rules ? ', embedded below for the characters this file uses' : ''}. -->`;
  return svg.replace('<defs>', `${note}\n<defs>${rules ? `<style>${rules}</style>` : ''}`);
}

// One colour table and one set of symbol shapes, read by the page's CSS, the map and the images.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dimmedCss, paletteCss } from '../../../build/palette-css';
import { PALETTE } from '../../../src/theme/palette';
import { svgFill } from '../../../src/theme/svg-paint';
import { dimmedColour } from '../../../src/theme/dimmed';
import { SYMBOL_BOX, SYMBOL_PATHS } from '../../../src/theme/symbols';
import { siteKinds } from '../../../src/data/schema';
import { COLORS, DARK_COLORS } from '../../../src/map/style';

/** WCAG contrast ratio of two "#rrggbb" colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Every stylesheet of the app: the page's, and those loaded with their parts (the briefing's…).
const src = new URL('../../../src/', import.meta.url);
const css = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.css'))
  .map((f) => readFileSync(new URL(f, src), 'utf8'))
  .join('\n');

describe('colours', () => {
  it('both themes name the same colours', () => {
    expect(Object.keys(PALETTE.dark).sort()).toEqual(Object.keys(PALETTE.light).sort());
  });

  it('every variable the stylesheets use is defined, by the table or by a stylesheet itself (or has a fallback)', () => {
    const defined = new Set([...(paletteCss(PALETTE) + dimmedCss(PALETTE)).matchAll(/--([\w-]+):/g), ...css.matchAll(/--([\w-]+):/g)].map((m) => m[1]));
    // `var(--x, fallback)` is set at run time (the header's height), with a value meanwhile.
    const used = new Set([...css.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]));
    expect([...used].filter((v) => !defined.has(v))).toEqual([]);
  });

  it('the stylesheets do not define the table’s colours again', () => {
    const own = [...css.matchAll(/--([\w-]+):/g)].map((m) => m[1]!);
    expect(own.filter((v) => v in PALETTE.light)).toEqual([]);
  });

  it('a site not in focus has its dimmed colour once, made from the table as the images make it', () => {
    const out = dimmedCss(PALETTE);
    const [light, dark] = out.split('@media screen');
    expect(paletteCss(PALETTE)).not.toContain('--dimmed-');
    for (const k of siteKinds) {
      expect(light).toContain(`--dimmed-${k}: ${dimmedColour(PALETTE.light[k])};`);
      expect(dark).toContain(`--dimmed-${k}: ${dimmedColour(PALETTE.dark[k])};`);
    }
    expect(css).not.toMatch(/color-mix\([^)]*var\(--(interceptor|radar|naval|command)\)/);
  });

  it('gives a colour of the table as SVG paint, a translucent one with its opacity apart', () => {
    expect(svgFill('ink')).toBe(`fill="${PALETTE.light.ink}"`);
    expect(PALETTE.light['marker-label-bg']).toBe('rgb(255 255 255 / 0.85)');
    expect(svgFill('marker-label-bg')).toBe('fill="#ffffff" fill-opacity="0.85"');
  });

  it('every kind of site has a colour in both themes, and the basemap reads the same table', () => {
    for (const k of siteKinds) for (const theme of [PALETTE.light, PALETTE.dark]) expect(theme[k]).toMatch(/^#[0-9a-f]{6}$/);
    expect(COLORS.sea).toBe(PALETTE.light.sea);
    expect(DARK_COLORS.land).toBe(PALETTE.dark.land);
  });

  it.each(['light', 'dark'] as const)('in the %s theme, the reference places read on the land and the locator’s view stands out, neither in a site colour', (theme) => {
    const p = PALETTE[theme];
    const sites = siteKinds.map((k) => p[k].toLowerCase());
    // A place's name is text on the land, haloed in the label halo: AA for text.
    expect(contrast(p.place, p.land)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.place, p['label-halo'])).toBeGreaterThanOrEqual(4.5);
    // The view's outline is a graphic on its casing: AA for graphics.
    expect(contrast(p['locator-view'], p['locator-casing'])).toBeGreaterThanOrEqual(3);
    expect(sites).not.toContain(p.place.toLowerCase());
    expect(sites).not.toContain(p['locator-view'].toLowerCase());
  });

  it.each(['light', 'dark'] as const)('in the %s theme, the briefing’s stage and the speaker notes keep their text readable', (theme) => {
    const p = PALETTE[theme];
    // The stage is a projector's: every text colour on it reaches AA, in the room's washed-out light too.
    for (const text of ['stage-ink', 'stage-muted', 'stage-soft', 'stage-link', 'stage-mark'] as const) {
      expect(contrast(p[text], p.stage), text).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p[text], p['stage-control']), `${text} on a control`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(p.ink, p['speaker-notes-bg'])).toBeGreaterThanOrEqual(4.5);
  });
});

describe('symbols', () => {
  it.each(siteKinds)('%s has a closed path inside its box', (kind) => {
    const d = SYMBOL_PATHS[kind];
    expect(d).toMatch(/^M.*Z$/);
    const numbers = [...d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));
    for (const n of numbers) expect(n >= 0 && n <= SYMBOL_BOX).toBe(true);
  });

  it('the kinds have different shapes', () => {
    expect(new Set(siteKinds.map((k) => SYMBOL_PATHS[k])).size).toBe(siteKinds.length);
  });
});

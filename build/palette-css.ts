/**
 * A Vite plugin that serves the colour table (src/theme/palette.json) as CSS variables:
 * `import 'virtual:palette.css'` gives `--ink` and the rest, for the light and the dark theme;
 * `virtual:dimmed.css` the dimmed colours of the kinds of site.
 * Made at build time, so the page needs no script to colour itself and the strict CSP holds.
 */
import type { Plugin } from 'vite';
import { virtualCssPlugin } from './virtual-css.ts';
import { dimmedColour } from '../src/theme/dimmed.ts';
import symbols from '../src/theme/symbols.json' with { type: 'json' };

/** The kinds of site, as the symbol table has them: each has a colour in the table and a dimmed one made from it. */
const KINDS = Object.keys(symbols);

const TABLE = new URL('../src/theme/palette.json', import.meta.url);

/** The CSS that defines each colour of the table as a variable. */
export function paletteCss(table: Record<'light' | 'dark', Record<string, string>>): string {
  return themed(table.light, table.dark);
}

/** The `:root` block of `light`, and `dark` for screens only (paper is white, so a page printed in the dark theme keeps the light colours). */
function themed(light: Record<string, string>, dark: Record<string, string>): string {
  const block = (selector: string, colours: Record<string, string>) =>
    `${selector} {\n${Object.entries(colours).map(([name, value]) => `  --${name}: ${value};`).join('\n')}\n}\n`;
  return block(':root', light) + `@media screen {\n${block(":root[data-theme='dark']", dark)}}\n`;
}

/**
 * A site not in focus, in each theme: its kind's colour mixed with white (src/theme/dimmed.ts), as
 * the images draw it, as `--dimmed-<kind>`. Its own CSS, loaded with the briefing, which alone uses it.
 */
export function dimmedCss(table: Record<'light' | 'dark', Record<string, string>>): string {
  const dimmed = (colours: Record<string, string>) =>
    Object.fromEntries(KINDS.filter((k) => k in colours).map((k) => [`dimmed-${k}`, dimmedColour(colours[k]!)]));
  return themed(dimmed(table.light), dimmed(table.dark));
}

export function paletteCssPlugin(): Plugin {
  return virtualCssPlugin('palette', TABLE, (text) => paletteCss(JSON.parse(text)));
}

export function dimmedCssPlugin(): Plugin {
  return virtualCssPlugin('dimmed', TABLE, (text) => dimmedCss(JSON.parse(text)));
}

/**
 * A Vite plugin that serves the colour table (src/theme/palette.json) as CSS variables:
 * `import 'virtual:palette.css'` gives `--ink` and the rest, for the light and the dark theme.
 * Made at build time, so the page needs no script to colour itself and the strict CSP holds.
 */
import type { Plugin } from 'vite';
import { virtualCssPlugin } from './virtual-css.ts';
import { dimmedColour } from '../src/theme/dimmed.ts';

/** The kinds of site, each with a colour in the table and a dimmed one made from it. */
const KINDS = ['interceptor', 'radar', 'naval', 'command'];

const TABLE = new URL('../src/theme/palette.json', import.meta.url);

/** The CSS that defines each colour of the table as a variable. */
export function paletteCss(table: Record<'light' | 'dark', Record<string, string>>): string {
  // A site not in focus: its kind's colour mixed with white (src/theme/dimmed.ts), as the images draw it.
  const withDimmed = (colours: Record<string, string>) => ({
    ...colours,
    ...Object.fromEntries(KINDS.filter((k) => k in colours).map((k) => [`dimmed-${k}`, dimmedColour(colours[k]!)])),
  });
  const block = (selector: string, colours: Record<string, string>) =>
    `${selector} {\n${Object.entries(withDimmed(colours)).map(([name, value]) => `  --${name}: ${value};`).join('\n')}\n}\n`;
  // The dark colours are for screens only: paper is white, so a page printed in the dark theme
  // keeps the light colours.
  return block(':root', table.light) + `@media screen {\n${block(":root[data-theme='dark']", table.dark)}}\n`;
}

export function paletteCssPlugin(): Plugin {
  return virtualCssPlugin('palette', TABLE, (text) => paletteCss(JSON.parse(text)));
}

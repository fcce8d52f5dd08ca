/**
 * A Vite plugin that serves the colour table (src/theme/palette.json) as CSS variables:
 * `import 'virtual:palette.css'` gives `--ink` and the rest, for the light and the dark theme.
 * Made at build time, so the page needs no script to colour itself and the strict CSP holds.
 */
import type { Plugin } from 'vite';
import { virtualCssPlugin } from './virtual-css.ts';

const TABLE = new URL('../src/theme/palette.json', import.meta.url);

/** The CSS that defines each colour of the table as a variable. */
export function paletteCss(table: Record<'light' | 'dark', Record<string, string>>): string {
  const block = (selector: string, colours: Record<string, string>) =>
    `${selector} {\n${Object.entries(colours).map(([name, value]) => `  --${name}: ${value};`).join('\n')}\n}\n`;
  // The dark colours are for screens only: paper is white, so a page printed in the dark theme
  // keeps the light colours.
  return block(':root', table.light) + `@media screen {\n${block(":root[data-theme='dark']", table.dark)}}\n`;
}

export function paletteCssPlugin(): Plugin {
  return virtualCssPlugin('palette', TABLE, (text) => paletteCss(JSON.parse(text)));
}

/**
 * Every colour the app draws with, light and dark, in one table (palette.json): the page's CSS
 * variables are made from it at build time (build/palette-css.ts), and the map style, the image
 * export and the static maps read it here, so a colour cannot differ between the screen and an
 * image.
 */
import palette from './palette.json';

export type Theme = keyof typeof palette;
export type ColourName = keyof (typeof palette)['light'];
export const PALETTE: Record<Theme, Record<ColourName, string>> = palette;

/**
 * A colour of the table as SVG paint attributes: `fill="#rrggbb"`, with `fill-opacity` where the
 * colour is translucent (`rgb(255 255 255 / 0.85)`), which SVG editors read more widely than
 * CSS colour syntax.
 */
export function svgFill(name: ColourName, theme: Theme = 'light'): string {
  const colour = PALETTE[theme][name];
  const rgb = /^rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)$/.exec(colour);
  if (!rgb) return `fill="${colour}"`;
  const hex = rgb.slice(1, 4).map((c) => Number(c).toString(16).padStart(2, '0')).join('');
  return `fill="#${hex}" fill-opacity="${rgb[4]}"`;
}

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

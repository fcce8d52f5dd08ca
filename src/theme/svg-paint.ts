import { PALETTE } from './palette';
import type { ColourName, Theme } from './palette';

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

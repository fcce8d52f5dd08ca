/**
 * A site's name on a still image, and on a map of a date its state then under the name, as the
 * marker on screen shows them: the same places and sizes in the PNG and the SVG.
 */
import type { MapBox } from './draw-furniture';

/** The state line: its text size and the height of its backing, in CSS pixels. */
export const SITE_NOTE = { size: 12, height: 16 } as const;

/** The box a site's symbol, name and state line take, given their text widths (null: no state line). */
export function siteLabelBox(x: number, y: number, nameWidth: number, noteWidth: number | null): MapBox {
  const w = Math.max(nameWidth + 34, noteWidth === null ? 0 : noteWidth + 30);
  return { x: x - 12, y: y - 12, w, h: noteWidth === null ? 24 : 22 + SITE_NOTE.height };
}

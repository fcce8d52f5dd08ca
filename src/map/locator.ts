/**
 * The locator inset: a small overview of Europe and the Middle East with the view's extent
 * outlined, shown once the view is zoomed well past the region. Pure geometry, so the live map,
 * the PNG and the SVG draw the same inset: the land as one path in the inset's pixels, and the
 * view's box.
 */
import type { FeatureCollection, Position } from 'geojson';
import type { Bounds } from './camera';
import { PALETTE } from '../theme/palette';
import type { ColourName } from '../theme/palette';
import { mercator } from './viewport';
import type { Size } from './viewport';

/** What the inset shows (west, south, east, north): the Atlantic coast to Iran, the Sahara's edge to Scandinavia. */
export const LOCATOR_EXTENT: Bounds = [-12, 27, 60, 64];

/**
 * The inset's colours in a theme, from the colour table: its sea, land and coast, and the view's
 * outline (`view`: orange, apart from every site colour in both themes) drawn over a `casing` so
 * it holds on land and sea alike.
 */
const locatorColours = (p: Record<ColourName, string>) => ({ sea: p['locator-sea'], land: p['locator-land'], edge: p.coast, view: p['locator-view'], casing: p['locator-casing'] });
export const LOCATOR_COLOURS = { light: locatorColours(PALETTE.light), dark: locatorColours(PALETTE.dark) };

/** The view is shown in the inset once it spans at most this share of the inset's width. */
const ZOOMED_SHARE = 0.45;

const NW = mercator(LOCATOR_EXTENT[0], LOCATOR_EXTENT[3]);
const SE = mercator(LOCATOR_EXTENT[2], LOCATOR_EXTENT[1]);

/** The inset's size for a width, its height following the extent's shape in Web Mercator. */
export function locatorSize(width: number): Size {
  return { width, height: Math.round((width * (SE.y - NW.y)) / (SE.x - NW.x)) };
}

/** Where a place lands in an inset `width` pixels wide. */
export function locatorPoint(lon: number, lat: number, width: number): { x: number; y: number } {
  const p = mercator(lon, lat);
  const k = width / (SE.x - NW.x);
  return { x: (p.x - NW.x) * k, y: (p.y - NW.y) * k };
}

/** Whether a view is zoomed far enough past the region for the inset to help. */
export function showsLocator(view: Bounds): boolean {
  return view[2] - view[0] <= ZOOMED_SHARE * (LOCATOR_EXTENT[2] - LOCATOR_EXTENT[0]);
}

/** The view's box in the inset's pixels, kept inside it and at least a few pixels across. */
export function locatorBox(view: Bounds, width: number): { x: number; y: number; w: number; h: number } {
  const { height } = locatorSize(width);
  const a = locatorPoint(view[0], view[3], width);
  const b = locatorPoint(view[2], view[1], width);
  const min = 4;
  const clampX = (x: number) => Math.min(width, Math.max(0, x));
  const clampY = (y: number) => Math.min(height, Math.max(0, y));
  let x0 = clampX(a.x), x1 = clampX(b.x), y0 = clampY(a.y), y1 = clampY(b.y);
  if (x1 - x0 < min) [x0, x1] = [(x0 + x1) / 2 - min / 2, (x0 + x1) / 2 + min / 2];
  if (y1 - y0 < min) [y0, y1] = [(y0 + y1) / 2 - min / 2, (y0 + y1) / 2 + min / 2];
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

const paths = new WeakMap<FeatureCollection, Map<number, string>>();

/**
 * The land as one SVG path in an inset `width` pixels wide, points snapped to half pixels and
 * repeats dropped (a few thousand points where the basemap has tens of thousands). Also a
 * `Path2D` for the PNG. Made once per basemap and width.
 */
export function locatorLandPath(land: FeatureCollection, width: number): string {
  let byWidth = paths.get(land);
  if (!byWidth) paths.set(land, (byWidth = new Map()));
  const made = byWidth.get(width);
  if (made !== undefined) return made;
  const { height } = locatorSize(width);
  const snap = (v: number) => Math.round(v * 2) / 2;
  let d = '';
  const ring = (r: Position[]) => {
    let part = '';
    let last = '';
    let count = 0;
    let outside = true;
    for (const p of r) {
      const at = locatorPoint(p[0]!, p[1]!, width);
      if (at.x >= -20 && at.x <= width + 20 && at.y >= -20 && at.y <= height + 20) outside = false;
      const key = `${snap(at.x)} ${snap(at.y)}`;
      if (key === last) continue;
      part += `${part ? 'L' : 'M'}${key}`;
      last = key;
      count++;
    }
    if (count >= 3 && !outside) d += `${part}Z`;
  };
  for (const f of land.features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') g.coordinates.forEach(ring);
    else if (g?.type === 'MultiPolygon') g.coordinates.forEach((poly) => poly.forEach(ring));
  }
  byWidth.set(width, d);
  return d;
}

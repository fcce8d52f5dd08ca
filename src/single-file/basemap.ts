// The basemap, the label font and MapLibre worker, inlined into the one-file briefing package:
// GeoJSON is handed to MapLibre as objects, the font files (one per subset, as on the page) as
// data URLs, the worker as a blob URL. The labels are the page's own data (map/labels.ts).
import land from '../../geodata/basemap/land.geojson?raw';
import borders from '../../geodata/basemap/borders.geojson?raw';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?inline';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?inline';
import worker from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import type { GeoJSON } from 'geojson';
import type { Subset } from '../theme/fonts';

/** A function, not a constant, so that the normal build drops this module entirely. */
export function inlineBasemap(): { land: GeoJSON; borders: GeoJSON; fonts: Record<Subset, string> } {
  return { land: JSON.parse(land), borders: JSON.parse(borders), fonts: { latin, 'latin-ext': latinExt, cyrillic } };
}

export function inlineWorkerUrl(): string {
  return URL.createObjectURL(new Blob([worker], { type: 'text/javascript' }));
}

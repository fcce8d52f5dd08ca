// The basemap, the label font and MapLibre worker, inlined into the one-file briefing package:
// the basemap's topology as text (map/basemap.ts decodes it) and its finer coastline (map/detail-land.ts), the font files (one per subset, as
// on the page) as data URLs, the worker as a blob URL. The labels are the page's own data (map/labels.ts).
import topology from '../../geodata/basemap/basemap.topojson?raw';
import detailTopology from '../../geodata/basemap/basemap-detail.topojson?raw';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?inline';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?inline';
import worker from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';

/** Functions, not constants, so that the normal build drops this module entirely. */
export function inlineTopology(): string {
  return topology;
}

/** The finer coastline (map/detail-land.ts): in the package, since it must work offline too. */
export function inlineDetailTopology(): string {
  return detailTopology;
}

/** One font file per subset; the page's subsets (theme/fonts.ts) must each have one, which map/style.ts checks. */
export function inlineFonts() {
  return { latin, 'latin-ext': latinExt, cyrillic } satisfies Record<string, string>;
}

export function inlineWorkerUrl(): string {
  return URL.createObjectURL(new Blob([worker], { type: 'text/javascript' }));
}

/**
 * A Vite plugin that serves layout facts known from the shipped data as CSS variables:
 * `import 'virtual:layout.css'` gives the full page `--fit-ratio`, the phone map's height for its width
 * (src/map/fit-ratio.ts) from geodata/sites.geojson. The page lays the map's box out at its final
 * height before the data has loaded, so nothing below it moves when the data comes; the app sets
 * the same variable from the data as loaded, which wins where the two differ.
 */
import type { Plugin } from 'vite';
import { phoneFitRatio } from '../src/map/fit-ratio.ts';
import { virtualCssPlugin } from './virtual-css.ts';

const SITES = new URL('../geodata/sites.geojson', import.meta.url);

interface PointFeature {
  geometry?: { coordinates?: unknown };
}

/** The CSS of the layout facts, from the text of the sites file (none if it cannot be read). */
export function layoutCss(sitesGeojson: string): string {
  let ratio: number | null = null;
  try {
    const features = (JSON.parse(sitesGeojson) as { features?: PointFeature[] }).features ?? [];
    const points = features
      .map((f) => f.geometry?.coordinates)
      .filter((c): c is [number, number] => Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number')
      .map(([lon, lat]) => ({ lon, lat }));
    ratio = phoneFitRatio(points);
  } catch {
    // A broken sites file is reported by the app when it loads; the layout waits for the data then.
  }
  // The full page's box (FullLayout's .app), as the app sets it: embeds size their map by their frame.
  return ratio === null ? '' : `.app {\n  --fit-ratio: ${ratio.toFixed(3)};\n}\n`;
}

export function layoutCssPlugin(): Plugin {
  return virtualCssPlugin('layout', SITES, layoutCss);
}

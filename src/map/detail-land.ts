/**
 * The finer coastline for zoomed-in views: Natural Earth 1:10m land as one shape
 * (geodata/basemap/basemap-detail.topojson, written by `npm run basemap`; about 80 KB gzip),
 * fetched on demand (detail-watch.ts) and inline in the one-file briefing. Only the coastline
 * gets finer: borders stay those of the 1:50m basemap, under its border policy.
 *
 * Drawn in the basemap's own colours from the watcher's zoom (detail-watch.ts) on, where the coarse land and coast layers
 * stop, so the switch changes the coast's shape and nothing else. The coarse coast layer outlines
 * each country, so under the dashed borders it also drew a thin solid line; a layer from the
 * borders keeps that line where the coarse layer is gone.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import detailUrl from '../../geodata/basemap/basemap-detail.topojson?url';
import { inlineDetailTopology } from '../single-file/basemap';
import { decodeCollections } from './basemap';
import { BASEMAP_ATTRIBUTION, whenBasemapReady } from './style';

/** The finer land from its topology; throws, saying what is wrong, when it is not one. */
export function decodeDetailLand(topology: unknown): FeatureCollection {
  // Decoded by the basemap's own code, so both share one copy of the TopoJSON decoder.
  return decodeCollections(topology, ['land'], 'the finer coastline').land;
}

let loading: Promise<FeatureCollection> | null = null;

/** The finer land, fetched and decoded once per page (a failed download is tried again next time). */
export function loadDetailLand(): Promise<FeatureCollection> {
  loading ??= (async () => {
    if (__SINGLE_FILE__) return decodeDetailLand(JSON.parse(inlineDetailTopology()));
    const res = await fetch(detailUrl);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return decodeDetailLand(await res.json());
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The layers this adds, and the coarse ones they take over from. */
export const DETAIL_LAYERS = { land: 'land-detail', coast: 'coast-detail', edges: 'border-edges-detail' } as const;

/**
 * Adds the finer land to a map once it is here, drawn from `fromZoom` on, unless `cancelled()`
 * says the map is gone by then.
 */
export async function showDetailLand(map: MapLibreMap, fromZoom: number, cancelled: () => boolean): Promise<void> {
  const land = await loadDetailLand().catch((e: Error) => {
    console.error(`The finer coastline could not be loaded (${e.message}); the map keeps the coarse one.`);
    return null;
  });
  if (!land || cancelled()) return;
  whenBasemapReady(map, () => addDetailLayers(map, land, fromZoom));
}

/** Draws `land` from `fromZoom` on in place of the coarse land and coast (once per map). */
export function addDetailLayers(map: MapLibreMap, land: FeatureCollection, fromZoom: number): void {
  if (map.getSource(DETAIL_LAYERS.land)) return;
  // The colours the coarse layers have now (light or dark); paintBasemap keeps them in step after.
  const fill = map.getPaintProperty('land', 'fill-color') as string;
  const coast = map.getPaintProperty('coast', 'line-color') as string;
  const coastWidth = (map.getPaintProperty('coast', 'line-width') as number | undefined) ?? 0.8;
  // The map credits the sources of the layers it shows: where the coarse land is not drawn, this
  // source carries the basemap's credit (Natural Earth; NOTICE.md names both packages).
  map.addSource(DETAIL_LAYERS.land, { type: 'geojson', data: land, attribution: BASEMAP_ATTRIBUTION });
  const zoomed = { minzoom: fromZoom };
  map.addLayer({ id: DETAIL_LAYERS.land, type: 'fill', source: DETAIL_LAYERS.land, ...zoomed, paint: { 'fill-color': fill } }, 'borders');
  map.addLayer({ id: DETAIL_LAYERS.coast, type: 'line', source: DETAIL_LAYERS.land, ...zoomed, paint: { 'line-color': coast, 'line-width': coastWidth } }, 'borders');
  map.addLayer({ id: DETAIL_LAYERS.edges, type: 'line', source: 'borders', ...zoomed, paint: { 'line-color': coast, 'line-width': coastWidth } }, 'borders');
  map.setLayerZoomRange('land', 0, fromZoom);
  map.setLayerZoomRange('coast', 0, fromZoom);
  const container = map.getContainer();
  container.dataset.detailLand = 'added';
  // Once the map has drawn from it: tests and the bench read when the finer coast is on screen.
  const drawn = (e: { sourceId?: string; isSourceLoaded?: boolean }) => {
    if (e.sourceId !== DETAIL_LAYERS.land || !e.isSourceLoaded) return;
    container.dataset.detailLand = 'loaded';
    map.off('sourcedata', drawn);
  };
  map.on('sourcedata', drawn);
}

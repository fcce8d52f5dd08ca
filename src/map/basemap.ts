/**
 * The basemap's land and borders. The page downloads them as one quantised TopoJSON topology
 * (geodata/basemap/basemap.topojson, written by `npm run basemap` beside the readable GeoJSON):
 * each edge two countries share is stored once and every point is a small step from the last,
 * which halves what the GeoJSON would cost. Decoded here, once per page, into the GeoJSON that
 * MapLibre and the SVG export draw.
 */
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import topologyUrl from '../../geodata/basemap/basemap.topojson?url';
import { inlineTopology } from '../single-file/basemap';

export interface BasemapData {
  land: FeatureCollection;
  borders: FeatureCollection;
}

/**
 * The named collections of a topology as GeoJSON; throws, naming what is missing, when it is not
 * one (`what` names the file in the message). Shared with the finer coastline (detail-land.ts).
 */
export function decodeCollections<K extends string>(topology: unknown, names: readonly K[], what: string): Record<K, FeatureCollection> {
  const t = topology as Partial<Topology> | null;
  if (t?.type !== 'Topology' || !Array.isArray(t.arcs) || !t.objects) throw new Error(`${what} is not a TopoJSON topology`);
  const out = {} as Record<K, FeatureCollection>;
  for (const name of names) {
    const object = t.objects[name];
    if (object?.type !== 'GeometryCollection') throw new Error(`${what} has no "${name}" collection`);
    out[name] = feature(t as Topology, object);
  }
  return out;
}

/** Land and borders from the topology; throws, naming what is missing, when it is not one. */
export function decodeBasemap(topology: unknown): BasemapData {
  return decodeCollections(topology, ['land', 'borders'], 'the basemap');
}

let loading: Promise<BasemapData> | null = null;

/**
 * The basemap, fetched and decoded on first call (inline in the one-file package). A failed
 * download is not remembered, so a map made later tries again.
 */
export function loadBasemap(): Promise<BasemapData> {
  loading ??= (async () => {
    if (__SINGLE_FILE__) return decodeBasemap(JSON.parse(inlineTopology()));
    const res = await fetch(topologyUrl);
    if (!res.ok) throw new Error(`the basemap could not be loaded: HTTP ${res.status}`);
    const text = await res.text();
    let topology: unknown;
    try {
      topology = JSON.parse(text);
    } catch {
      throw new Error('the basemap is not valid JSON');
    }
    return decodeBasemap(topology);
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/**
 * The illustrative layers' MapLibre sources and layers, shared by the live map
 * (Overlays.tsx) and the image renderer (export/render-view.ts), so a PNG shows what the screen does.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Position } from 'geojson';
import type { RangeRing, Site } from '../data/schema';
import type { Messages } from '../i18n/messages/en';
import { lineMiddle, measuredLine, radarLines, ringFeatures, ringLabelPosition } from '../geo/overlays';
import { formatKm, formatMeasured } from '../i18n/format';
import { OVERLAY_COLORS } from './style';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const SOURCES = ['epaa-ranges', 'epaa-lines', 'epaa-measure'] as const;
const LAYER_IDS = ['epaa-ranges-fill', 'epaa-ranges-line', 'epaa-lines', 'epaa-measure'] as const;

/** Adds the (empty) sources and layers under the country labels; safe to call twice. */
export function addOverlayLayers(map: MapLibreMap, dark: boolean): void {
  const c = dark ? OVERLAY_COLORS.dark : OVERLAY_COLORS.light;
  for (const id of SOURCES) if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: EMPTY });
  const layer = (spec: Parameters<MapLibreMap['addLayer']>[0]) => {
    if (!map.getLayer(spec.id)) map.addLayer(spec, map.getLayer('country-labels') ? 'country-labels' : undefined);
  };
  const byGroup = ['match', ['get', 'group'], 'threat', c.threat, c.defence] as unknown as string;
  layer({ id: 'epaa-ranges-fill', type: 'fill', source: 'epaa-ranges', paint: { 'fill-color': byGroup, 'fill-opacity': 0.07 } });
  layer({ id: 'epaa-ranges-line', type: 'line', source: 'epaa-ranges', paint: { 'line-color': byGroup, 'line-width': 2, 'line-dasharray': [4, 3] } });
  layer({ id: 'epaa-lines', type: 'line', source: 'epaa-lines', paint: { 'line-color': c.line, 'line-width': 2.5 } });
  layer({ id: 'epaa-measure', type: 'line', source: 'epaa-measure', paint: { 'line-color': c.measure, 'line-width': 3, 'line-dasharray': [2, 1.5] } });
}

export function removeOverlayLayers(map: MapLibreMap): void {
  for (const id of LAYER_IDS) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of SOURCES) if (map.getSource(id)) map.removeSource(id);
}

/** What the illustrative layers show: which are on, and their inputs. */
export interface OverlayInput {
  ranges: RangeRing[];
  sites: Site[];
  showRanges: boolean;
  showLines: boolean;
  /** Both ends of a measurement to draw, if any. */
  measure: [Position, Position] | null;
}

export interface OverlayLabel {
  key: string;
  kind: 'ring' | 'line' | 'measure';
  at: Position;
  text: string;
  group?: RangeRing['group'];
}

/** The geometry of each layer (empty when off) and every label, in the reader's language. */
export function overlayContent(input: OverlayInput, strings: Messages) {
  const rings = input.showRanges ? ringFeatures(input.ranges, input.sites) : EMPTY;
  const lines = input.showLines ? radarLines(input.sites) : null;
  const measured = input.measure ? measuredLine(input.measure[0], input.measure[1]) : null;
  const name = (id: string) => input.sites.find((s) => s.id === id)?.name ?? id;
  const tag = ` (${strings.illustrativeTag})`;
  const labels: OverlayLabel[] = [];
  if (input.showRanges) {
    for (const r of input.ranges) {
      const at = ringLabelPosition(r, input.sites);
      if (at) labels.push({ key: `ring-${r.id}`, kind: 'ring', at, group: r.group, text: strings.ranges.ring(r.label, formatKm(r.km, strings)) + tag });
    }
  }
  for (const l of lines?.features ?? []) {
    const p = l.properties;
    labels.push({ key: `line-${p.id}`, kind: 'line', at: lineMiddle(l), text: strings.ranges.line(name(p.from), name(p.to), formatMeasured(p.km, strings)) + tag });
  }
  if (measured) labels.push({ key: 'measure-label', kind: 'measure', at: lineMiddle(measured), text: formatMeasured(measured.properties.km, strings) });
  return {
    rings,
    lines: lines ?? EMPTY,
    measure: measured ? ({ type: 'FeatureCollection', features: [measured] } as FeatureCollection) : EMPTY,
    labels,
  };
}

/** Puts the geometry into the map's sources. */
export function setOverlayData(map: MapLibreMap, content: Pick<ReturnType<typeof overlayContent>, 'rings' | 'lines' | 'measure'>): void {
  const set = (id: string, data: FeatureCollection) => (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
  set('epaa-ranges', content.rings);
  set('epaa-lines', content.lines);
  set('epaa-measure', content.measure);
}

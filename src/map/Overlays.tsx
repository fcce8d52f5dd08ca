/**
 * The illustrative layers on the live map (issue #5): range rings, radar-to-interceptor lines and
 * a measured distance, drawn from src/geo/overlays.ts. Loaded as its own chunk when one of these
 * layers is first shown (issue #7). Labels are DOM elements, so every language's script shows in
 * the page's fonts, and each says it is illustrative.
 */
import { Marker } from 'maplibre-gl';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { FeatureCollection } from 'geojson';
import type { RangeRing, Site } from '../data/schema';
import { lineMiddle, measuredLine, radarLines, ringFeatures, ringLabelPosition } from '../geo/overlays';
import { useStrings } from '../i18n';
import type { Layer } from '../state/url-state';
import { formatKm, formatMeasured } from '../ui/format';
import { OVERLAY_COLORS } from './style';
import type { Position } from 'geojson';

export interface OverlaysProps {
  map: MapLibreMap;
  sites: Site[];
  ranges: RangeRing[];
  layers: ReadonlySet<Layer>;
  /** The two ends of a measurement, once both are chosen. */
  measure: [Position, Position] | null;
  dark: boolean;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const SOURCES = ['epaa-ranges', 'epaa-lines', 'epaa-measure'] as const;

/** Adds the sources and layers once the style is there; removes them when unmounted. */
function useOverlayLayers(map: MapLibreMap, dark: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const c = dark ? OVERLAY_COLORS.dark : OVERLAY_COLORS.light;
    const add = () => {
      for (const id of SOURCES) if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: EMPTY });
      const layer = (spec: Parameters<MapLibreMap['addLayer']>[0]) => {
        if (!map.getLayer(spec.id)) map.addLayer(spec, map.getLayer('country-labels') ? 'country-labels' : undefined);
      };
      layer({ id: 'epaa-ranges-fill', type: 'fill', source: 'epaa-ranges', paint: { 'fill-color': ['match', ['get', 'group'], 'threat', c.threat, c.defence], 'fill-opacity': 0.07 } });
      layer({
        id: 'epaa-ranges-line',
        type: 'line',
        source: 'epaa-ranges',
        paint: { 'line-color': ['match', ['get', 'group'], 'threat', c.threat, c.defence], 'line-width': 2, 'line-dasharray': [4, 3] },
      });
      layer({ id: 'epaa-lines', type: 'line', source: 'epaa-lines', paint: { 'line-color': c.line, 'line-width': 2.5 } });
      layer({ id: 'epaa-measure', type: 'line', source: 'epaa-measure', paint: { 'line-color': c.measure, 'line-width': 3, 'line-dasharray': [2, 1.5] } });
      setReady(true);
    };
    if (map.isStyleLoaded()) add();
    else map.once('load', add);
    return () => {
      map.off('load', add);
      setReady(false);
      // The map may already be gone (it is removed before its children's effects clean up).
      try {
        for (const id of ['epaa-ranges-fill', 'epaa-ranges-line', 'epaa-lines', 'epaa-measure']) if (map.getLayer(id)) map.removeLayer(id);
        for (const id of SOURCES) if (map.getSource(id)) map.removeSource(id);
      } catch {
        // The map was removed first: nothing left to clean.
      }
    };
  }, [map, dark]);
  return ready;
}

/** Label priority when they would overlap: the measurement, then lines, then rings. */
const PRIORITY = ['measure-label', 'line-label', 'ring-label'];

/**
 * Hides a label that would overlap a site or a more important label, after every move: on a
 * phone the rings' and lines' labels would otherwise pile up. Their facts stay in the sidebar.
 */
function useDeclutter(map: MapLibreMap, deps: unknown[]): void {
  const schedule = useRef<() => void>(() => undefined);
  useEffect(() => {
    let frame = 0;
    const run = () => {
      frame = 0;
      const container = map.getContainer();
      const taken = [...container.querySelectorAll('.site-marker')].map((e) => e.getBoundingClientRect());
      const labels = [...container.querySelectorAll<HTMLElement>('.overlay-label')].sort(
        (a, b) => PRIORITY.findIndex((c) => a.classList.contains(c)) - PRIORITY.findIndex((c) => b.classList.contains(c)),
      );
      for (const el of labels) {
        const r = el.getBoundingClientRect();
        const clash = taken.some((t) => r.left < t.right && r.right > t.left && r.top < t.bottom && r.bottom > t.top);
        el.classList.toggle('decluttered', clash);
        if (!clash) taken.push(r);
      }
    };
    schedule.current = () => {
      if (!frame) frame = requestAnimationFrame(run);
    };
    const onMove = () => schedule.current();
    map.on('move', onMove);
    map.on('resize', onMove);
    return () => {
      map.off('move', onMove);
      map.off('resize', onMove);
      cancelAnimationFrame(frame);
    };
  }, [map]);
  // Labels came or went: check again once they are placed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => schedule.current(), deps);
}

export default function Overlays({ map, sites, ranges, layers, measure, dark }: OverlaysProps) {
  const strings = useStrings();
  const ready = useOverlayLayers(map, dark);
  useDeclutter(map, [layers, measure, strings, sites]);
  const rings = useMemo(() => ringFeatures(ranges, sites), [ranges, sites]);
  const lines = useMemo(() => radarLines(sites), [sites]);
  const measured = useMemo(() => (measure ? measuredLine(measure[0], measure[1]) : null), [measure]);

  useEffect(() => {
    if (!ready) return;
    const set = (id: string, on: boolean, data: FeatureCollection) => (map.getSource(id) as GeoJSONSource | undefined)?.setData(on ? data : EMPTY);
    set('epaa-ranges', layers.has('ranges'), rings);
    set('epaa-lines', layers.has('lines'), lines);
    set('epaa-measure', layers.has('measure') && measured !== null, measured ? { type: 'FeatureCollection', features: [measured] } : EMPTY);
  }, [ready, map, layers, rings, lines, measured]);

  const name = (id: string) => sites.find((s) => s.id === id)?.name ?? id;
  const tag = ` (${strings.illustrativeTag})`;
  return (
    <>
      {layers.has('ranges') &&
        ranges.map((r) => {
          const at = ringLabelPosition(r, sites);
          return at && (
            <MapLabel key={r.id} map={map} at={at} className={`overlay-label ring-label group-${r.group}`} testId={`ring-${r.id}`}>
              {strings.ranges.ring(r.label, formatKm(r.km, strings))}
              {tag}
            </MapLabel>
          );
        })}
      {layers.has('lines') &&
        lines.features.map((l) => (
          <MapLabel key={l.properties.id} map={map} at={lineMiddle(l)} className="overlay-label line-label" testId={`line-${l.properties.id}`}>
            {strings.ranges.line(name(l.properties.from), name(l.properties.to), formatMeasured(l.properties.km, strings))}
            {tag}
          </MapLabel>
        ))}
      {layers.has('measure') && measured && measure && (
        <MapLabel map={map} at={lineMiddle(measured)} className="overlay-label measure-label" testId="measure-label">
          {formatMeasured(measured.properties.km, strings)}
        </MapLabel>
      )}
    </>
  );
}

/** A text label placed on the map (not a control: the same facts are listed in the sidebar). */
function MapLabel({ map, at, className, testId, children }: { map: MapLibreMap; at: Position; className: string; testId: string; children: React.ReactNode }) {
  const element = useMemo(() => document.createElement('div'), []);
  const [lon, lat] = at as [number, number];
  useEffect(() => {
    element.className = 'overlay-anchor';
    element.setAttribute('aria-hidden', 'true');
    const marker = new Marker({ element, anchor: 'center' }).setLngLat([lon, lat]).addTo(map);
    return () => {
      marker.remove();
    };
  }, [map, element, lon, lat]);
  return createPortal(<span className={className} data-testid={testId}>{children}</span>, element);
}

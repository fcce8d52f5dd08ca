/**
 * The illustrative layers on the live map: range rings, radar-to-interceptor lines and
 * a measured distance (overlay-layers.ts). Loaded as its own chunk when one of these layers is
 * first shown. Labels are DOM elements, so every language's script shows in the page's
 * fonts, and each says it is illustrative.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Position } from 'geojson';
import { useStrings } from '../i18n';
import { useMapMarker } from './useMapMarker';
import { whenBasemapReady } from './style';
import { onViewFrames } from './view-frames';
import { addOverlayLayers, overlayContent, removeOverlayLayers, setOverlayData } from './overlay-layers';
import type { OverlayInput, OverlayLabel } from './overlay-layers';
import type { MapElements } from './map-elements';
import { MapElementsContext } from './map-elements-context';

export interface OverlaysProps {
  map: MapLibreMap;
  /** Which illustrative layers are on, and what they draw. */
  input: OverlayInput;
  dark: boolean;
  /** Whether the map's site markers are shown (labels give way to them). */
  sitesShown?: boolean;
}

/** Adds the sources and layers once the style is there; removes them when unmounted. */
function useOverlayLayers(map: MapLibreMap, dark: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const add = () => {
      addOverlayLayers(map, dark);
      setReady(true);
    };
    const cancel = whenBasemapReady(map, add);
    return () => {
      cancel();
      setReady(false);
      try {
        removeOverlayLayers(map);
      } catch {
        // The map was removed first: nothing left to clean.
      }
    };
  }, [map, dark]);
  return ready;
}

/** Label priority when they would overlap: the measurement, then lines, then rings. */
const PRIORITY: OverlayLabel['kind'][] = ['measure', 'line', 'ring'];

/**
 * Hides a label that would overlap a site or a more important label, after every move: on a
 * phone the rings' and lines' labels would otherwise pile up. Their facts stay in the sidebar.
 */
function useDeclutter(map: MapLibreMap, elements: MapElements | null, labels: unknown, sitesShown: boolean): void {
  const schedule = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (!elements) return;
    const run = () => {
      const taken = elements.siteMarkers().map((m) => m.root.getBoundingClientRect());
      const labels = elements.overlayLabels().sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
      for (const { element: el } of labels) {
        const r = el.getBoundingClientRect();
        const clash = taken.some((t) => r.left < t.right && r.right > t.left && r.top < t.bottom && r.bottom > t.top);
        el.classList.toggle('decluttered', clash);
        if (!clash) taken.push(r);
      }
    };
    const frames = onViewFrames(map, run);
    schedule.current = frames.schedule;
    return frames.stop;
  }, [map, elements]);
  // Labels or sites came or went: check again once they are placed.
  useEffect(() => schedule.current(), [labels, sitesShown]);
}

export default function Overlays({ map, input, dark, sitesShown = true }: OverlaysProps) {
  const strings = useStrings();
  const ready = useOverlayLayers(map, dark);
  const content = useMemo(() => overlayContent(input, strings), [input, strings]);
  useEffect(() => {
    if (ready) setOverlayData(map, content);
  }, [ready, map, content]);
  const elements = useContext(MapElementsContext);
  useDeclutter(map, elements, content, sitesShown);

  return (
    <>
      {content.labels.map((l) => (
        <MapLabel
          key={l.key}
          map={map}
          at={l.at}
          kind={l.kind}
          className={`overlay-label ${l.kind}-label${l.group ? ` group-${l.group}` : ''}`}
          testId={l.key}
        >
          {l.text}
        </MapLabel>
      ))}
    </>
  );
}

interface MapLabelProps {
  map: MapLibreMap;
  at: Position;
  kind: OverlayLabel['kind'];
  className: string;
  testId: string;
  children: React.ReactNode;
}

/** A text label placed on the map (not a control: the same facts are listed in the sidebar). */
function MapLabel({ map, at, kind, className, testId, children }: MapLabelProps) {
  const [lon, lat] = at as [number, number];
  const element = useMapMarker(map, lon, lat, 'overlay-anchor', true);
  // Listed with the map's elements, for the decluttering above and for print.
  const elements = useContext(MapElementsContext);
  const listed = useCallback((el: HTMLElement | null) => (el && elements ? elements.addOverlayLabel({ kind, element: el }) : undefined), [elements, kind]);
  return createPortal(
    <span className={className} data-testid={testId} ref={listed}>
      {children}
    </span>,
    element,
  );
}

/**
 * Makes the MapLibre map for a container once per mount and removes it in the cleanup, so React
 * StrictMode's double mount leaves nothing behind; MapLibre tracks its container's size itself.
 * What the map is made with is read once; its events call the latest callbacks.
 */
import './setup-maplibre';
import { AttributionControl, Map as MapLibreMap, NavigationControl } from 'maplibre-gl';
import { useEffect, useEffectEvent, useState } from 'react';
import type { RefObject } from 'react';
import { formatCamera, roundCamera } from '../state/url-state';
import type { Camera } from '../state/url-state';
import { BASEMAP_BOUNDS, FALLBACK_CAMERA, fitOptions } from './camera';
import { prefersReducedMotion } from '../theme/motion';
import type { Bounds } from './camera';
import { hideUntilDrawn } from './hide-until-drawn';
import { removeMap } from './maplibre-internals';
import { loadBasemap } from './basemap';
import type { BasemapData } from './basemap';
import { basemapStyle, madeWithLabelNames } from './style';
import { watchDetailLand } from './detail-watch';
import type { PlaceNames } from '../i18n';

export type MapState = 'loading' | 'idle' | 'moving';

import { FIRST_IDLE_MARK } from './first-idle';
export { FIRST_IDLE_MARK };
/** Marks camera moves the app makes on a person's behalf (bringing a selected site into view). */
export const APP_MOVE = 'epaaAppMove';

export interface MapLibreOptions {
  /** The camera to start at; null means "fit `bounds`". */
  camera: Camera | null;
  bounds: Bounds | null;
  /** Whether `bounds` is a shared box (fitted edge to edge) rather than the sites (fitted with margins). */
  shared: boolean;
  /** A briefing's flying map: shown from its first frame. */
  animate: boolean;
  interactive: boolean;
  cooperativeGestures: boolean;
  /**
   * MapLibre's credit line on the map (true unless said otherwise). Off where the page prints the
   * same credit in words beside the map: an embed's credit line names the basemap.
   */
  attribution?: boolean;
  /** MapLibre's own control strings. */
  locale: Record<string, string>;
  /** How the basemap names countries (the reader's language); later changes relabel the same map. */
  places: PlaceNames;
  /** "The map could not be shown", in the reader's language. */
  failedText: string;
  onCameraChange?: (camera: Camera) => void;
  onCameraReport?: (camera: Camera) => void;
  onFatalError: (message: string) => void;
  onContextLost?: (lost: boolean) => void;
  onMapClick?: (lngLat: [number, number]) => void;
  /** The canvas is shown: at once for a flying map, else once the basemap is drawn in full. */
  onDrawn?: () => void;
}

export function useMapLibre(containerRef: RefObject<HTMLDivElement | null>, options: MapLibreOptions): { map: MapLibreMap | null; state: MapState; drawn: boolean } {
  const { camera, bounds, shared, animate, interactive, cooperativeGestures, attribution = true, locale, failedText, places } = options;
  const { onCameraChange, onCameraReport, onFatalError, onContextLost, onMapClick, onDrawn } = options;
  // Read once, when the map is made; later changes reach it through MapView's effects.
  const [initial] = useState(() => ({ camera, bounds, shared, animate, interactive, cooperativeGestures, attribution, locale, failedText, places }));
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [state, setState] = useState<MapState>('loading');

  // The map's events call the latest props.
  const cameraMoved = useEffectEvent((c: Camera, byPerson: boolean) => {
    onCameraReport?.(c);
    if (byPerson) onCameraChange?.(c);
  });
  const failed = useEffectEvent((message: string) => onFatalError(message));
  const contextLost = useEffectEvent((lost: boolean) => onContextLost?.(lost));
  const clickedMap = useEffectEvent((at: [number, number]) => onMapClick?.(at));
  const [drawn, setDrawn] = useState(false);
  const shown = useEffectEvent(() => {
    setDrawn(true);
    onDrawn?.();
  });
  // Until a person moves the map, every site stays in view as the window changes size.
  const resized = useEffectEvent((instance: MapLibreMap) => {
    if (camera === null && bounds) instance.fitBounds(bounds, { ...fitOptions(instance.getContainer().clientWidth, shared), animate: false });
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    /** Makes the map; returns what removes it. */
    const make = (basemap: BasemapData): (() => void) | undefined => {
      let instance: MapLibreMap;
      try {
        const start = initial.camera;
        instance = new MapLibreMap({
          container,
          style: basemapStyle(basemap, initial.places),
          ...(start
            ? { center: [start.lon, start.lat], zoom: start.zoom }
            : initial.bounds
              ? { bounds: initial.bounds, fitBoundsOptions: fitOptions(container.clientWidth, initial.shared) }
              : { center: [FALLBACK_CAMERA.lon, FALLBACK_CAMERA.lat], zoom: FALLBACK_CAMERA.zoom }),
          // Nobody pans off the edge of the basemap into empty sea.
          maxBounds: BASEMAP_BOUNDS,
          renderWorldCopies: false,
          dragRotate: false,
          pitchWithRotate: false,
          attributionControl: false,
          locale: initial.locale,
          fadeDuration: prefersReducedMotion() ? 0 : 300,
          interactive: initial.interactive,
          cooperativeGestures: initial.cooperativeGestures,
        });
      } catch (e) {
        failed(`${initial.failedText} (${(e as Error).message})`);
        return;
      }
      madeWithLabelNames(instance, initial.places);
      // Not for the briefing's flying maps: hidden, they took more than twice as long to their first
      // idle (7-8 s against 3, measured entering the briefing); its first frames are its flight.
      const stopHiding = initial.animate ? () => undefined : hideUntilDrawn(instance, shown);
      instance.touchZoomRotate.disableRotation();
      instance.keyboard.disableRotation();
      if (initial.interactive) instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      if (initial.attribution) instance.addControl(new AttributionControl({ compact: false }), 'bottom-right');
      instance.on('movestart', () => setState('moving'));
      instance.on('idle', () => setState('idle'));
      // For `npm run bench`: navigation to the first idle, measured the same way on the bare page.
      instance.once('idle', () => performance.mark(FIRST_IDLE_MARK));
      // Only moves a person made (or asked for, by selecting a site) change the view in the URL.
      // The first fit, resizes and moves that follow the URL are not reported: defaults stay out
      // of the URL, and the map does not echo its own moves.
      instance.on('moveend', (e: { originalEvent?: unknown; [APP_MOVE]?: boolean }) => {
        const c = instance.getCenter();
        cameraMoved(roundCamera({ zoom: instance.getZoom(), lat: c.lat, lon: c.lng }), Boolean(e.originalEvent || e[APP_MOVE]));
      });
      // The camera as an attribute: lets tests and tools see where the map is, frame by frame.
      const showCamera = () => {
        const c = instance.getCenter();
        container.dataset.camera = formatCamera({ zoom: instance.getZoom(), lat: c.lat, lon: c.lng });
      };
      instance.on('move', showCamera);
      showCamera();
      instance.on('resize', () => resized(instance));
      // Picking measure points: a click on the map itself, not on a site (sites pick themselves).
      instance.on('click', (e) => {
        const target = e.originalEvent.target as Element | null;
        if (target?.closest?.('.site-marker-anchor')) return;
        clickedMap([e.lngLat.lng, e.lngLat.lat]);
      });
      instance.on('error', (e) => console.error('Map error:', e.error?.message ?? e));
      // MapLibre rebuilds its GPU resources itself when the context comes back.
      instance.on('webglcontextlost', () => contextLost(true));
      instance.on('webglcontextrestored', () => contextLost(false));
      // The finer coastline, fetched once the map is zoomed in past the region.
      const stopDetail = watchDetailLand(instance);
      setMap(instance);
      return () => {
        stopDetail();
        setMap(null);
        setState('loading');
        setDrawn(false);
        stopHiding();
        removeMap(instance);
      };
    };

    // Made once the basemap is here (fetched once per page); the static first paint shows meanwhile.
    let remove: (() => void) | undefined;
    let unmounted = false;
    loadBasemap().then(
      (basemap) => {
        if (!unmounted) remove = make(basemap);
      },
      (e: Error) => {
        if (!unmounted) failed(`${initial.failedText} (${e.message})`);
      },
    );
    return () => {
      unmounted = true;
      remove?.();
    };
  }, [containerRef, initial]);

  return { map, state, drawn: initial.animate || drawn };
}

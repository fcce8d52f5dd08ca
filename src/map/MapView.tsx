/**
 * The WebGL map: basemap plus one DOM marker per site. Sites are DOM buttons rather than canvas
 * symbols so that they take focus, have accessible names and are hit-tested by the browser
 *. The map is created once per mount and removed in the cleanup, so StrictMode's double
 * mount leaves nothing behind; MapLibre tracks its container's size itself.
 */
import './setup-maplibre';
import { AttributionControl, Map as MapLibreMap, NavigationControl } from 'maplibre-gl';
import { memo, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Site, SiteEmphasis } from '../data/select';
import { formatCamera, roundCamera, sameCamera } from '../state/url-state';
import { FIT, prefersReducedMotion, sitesBounds } from './camera';
import type { Camera } from '../state/url-state';
import { BASEMAP_BOUNDS, basemapStyle, paintBasemap } from './style';
import type { SiteKind } from '../data/schema';
import { nextSite } from './site-order';
import { hideUntilDrawn } from './hide-until-drawn';
import { SiteMarker } from './SiteMarker';
import { removeMap, setControlLocale } from './maplibre-internals';
import { useMapMarker } from './useMapMarker';
import { useStrings } from '../i18n';

export interface MapViewProps {
  sites: Site[];
  emphasis: (site: Site) => SiteEmphasis;
  selectedSite: string | null;
  /** Absent: the sites are shown, not selectable (an embed without its panel). */
  onSelectSite?: (id: string) => void;
  /** The camera to show; null means "fit all sites". Changes from outside move the map. */
  camera: Camera | null;
  /** Called after every move a person made, with the rounded camera. */
  onCameraChange?: (camera: Camera) => void;
  /** Fly between cameras (the briefing) instead of jumping (following the URL). */
  animate?: boolean;
  /** False for a map that only shows (the briefing): no pan, zoom or controls. */
  interactive?: boolean;
  /** Embeds: the page keeps scrolling; Ctrl/Cmd + scroll zooms, two fingers pan. */
  cooperativeGestures?: boolean;
  /** Called when the browser takes the WebGL context away (true) and gives it back (false). */
  onContextLost?: (lost: boolean) => void;
  /** Called after every move, whoever made it: the camera really on screen (for share links). */
  onCameraReport?: (camera: Camera) => void;
  /** Called when the map cannot be shown at all. */
  onFatalError: (message: string) => void;
  /** Kinds of site whose layer is off. */
  hiddenKinds?: ReadonlySet<SiteKind>;
  /** Extra things drawn on the map (the illustrative layers), given the live map. */
  overlay?: (map: MapLibreMap) => React.ReactNode;
  /** While set, a click on the map (not on a site) reports where it was: picking measure points. */
  onMapClick?: (lngLat: [number, number]) => void;
  /** Paint the basemap for the dark theme. */
  dark?: boolean;
}

type MapState = 'loading' | 'idle' | 'moving';

/** Briefing camera moves take at most this long: a room waits for a flight, so under 2 s. */
const FLY_MS = 1600;
export const FIRST_IDLE_MARK = 'map-first-idle';
/** Marks camera moves the app makes on a person's behalf (bringing a selected site into view). */
const APP_MOVE = 'epaaAppMove';
const FALLBACK_CAMERA: Camera = { zoom: 3, lat: 45, lon: 15 };

/** Memoised: the map re-renders only when its own props change, not on every app state change. */
export default memo(function MapView(props: MapViewProps) {
  const strings = useStrings();
  const { sites, emphasis, selectedSite, onSelectSite, camera, onCameraChange, onFatalError, onCameraReport, onContextLost } = props;
  const { animate = false, interactive = true, cooperativeGestures = false, hiddenKinds, overlay, onMapClick, dark = false } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [state, setState] = useState<MapState>('loading');
  const bounds = useMemo(() => sitesBounds(sites), [sites]);
  // Read once, when the map is made; later changes reach it through the effects below.
  const [initial] = useState(() => ({ camera, bounds, animate, interactive, cooperativeGestures, locale: strings.mapLocale, failed: strings.mapFailed }));

  // The map's events call the latest props.
  const cameraMoved = useEffectEvent((c: Camera, byPerson: boolean) => {
    onCameraReport?.(c);
    if (byPerson) onCameraChange?.(c);
  });
  const failed = useEffectEvent((message: string) => onFatalError(message));
  const contextLost = useEffectEvent((lost: boolean) => onContextLost?.(lost));
  const clickedMap = useEffectEvent((at: [number, number]) => onMapClick?.(at));
  // Until a person moves the map, every site stays in view as the window changes size.
  const resized = useEffectEvent((instance: MapLibreMap) => {
    if (camera === null && bounds) instance.fitBounds(bounds, { ...FIT, animate: false });
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: MapLibreMap;
    try {
      const start = initial.camera;
      instance = new MapLibreMap({
        container,
        style: basemapStyle(),
        ...(start
          ? { center: [start.lon, start.lat], zoom: start.zoom }
          : initial.bounds
            ? { bounds: initial.bounds, fitBoundsOptions: FIT }
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
      failed(`${initial.failed} (${(e as Error).message})`);
      return;
    }
    // Not for the briefing's flying maps: hidden, they took more than twice as long to their first
    // idle (7-8 s against 3, measured entering the briefing); its first frames are its flight.
    const stopHiding = initial.animate ? () => undefined : hideUntilDrawn(instance);
    instance.touchZoomRotate.disableRotation();
    instance.keyboard.disableRotation();
    if (initial.interactive) instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    instance.addControl(new AttributionControl({ compact: false }), 'bottom-right');
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
    setMap(instance);
    return () => {
      setMap(null);
      setState('loading');
      stopHiding();
      removeMap(instance);
    };
  }, [initial]);

  // Outside camera changes (a pasted URL, the back button, a briefing step) move the map; its own
  // moves do not echo. A new move replaces one under way, so fast stepping ends where it should.
  useEffect(() => {
    if (!map) return;
    const c = map.getCenter();
    const current = roundCamera({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
    const fly = animate && !prefersReducedMotion();
    if (camera) {
      if (sameCamera(camera, current)) return;
      const target = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom };
      if (fly) map.flyTo({ ...target, duration: FLY_MS });
      else map.jumpTo(target);
    } else if (bounds) {
      map.fitBounds(bounds, fly ? { ...FIT, duration: FLY_MS } : { ...FIT, animate: false });
    }
  }, [map, camera, bounds, animate]);

  // The dark theme repaints the basemap; the first paint waits for the style.
  useEffect(() => {
    if (!map) return;
    const paint = () => paintBasemap(map, dark);
    if (map.isStyleLoaded()) paint();
    else map.once('load', paint);
    return () => {
      map.off('load', paint);
    };
  }, [map, dark]);

  // MapLibre reads its control labels once; a language switch gives the controls new ones.
  useEffect(() => {
    if (map) setControlLocale(map, strings.mapLocale);
  }, [map, strings]);

  // Bring a newly selected site into view if it is off screen.
  const lastSelected = useRef(selectedSite);
  useEffect(() => {
    if (!map || selectedSite === lastSelected.current) return;
    lastSelected.current = selectedSite;
    const site = sites.find((s) => s.id === selectedSite);
    if (!site || map.getBounds().contains([site.lon, site.lat])) return;
    map.easeTo({ center: [site.lon, site.lat], duration: prefersReducedMotion() ? 0 : 600 }, { [APP_MOVE]: true });
  }, [map, selectedSite, sites]);

  const shown = useMemo(() => (hiddenKinds?.size ? sites.filter((s) => !hiddenKinds.has(s.kind)) : sites), [sites, hiddenKinds]);
  // Arrow keys move between the sites on screen in geographic order.
  const onArrow = useMemo(
    () => (from: string, key: string) => {
      const visible = shown.filter((s) => emphasis(s) !== 'hidden');
      const to = nextSite(visible, from, key);
      if (to) containerRef.current?.querySelector<HTMLElement>(`.site-marker[data-site="${CSS.escape(to)}"]`)?.focus();
      return to !== null;
    },
    [shown, emphasis],
  );

  return (
    <div
      className={`map${onMapClick ? ' picking' : ''}`}
      ref={containerRef}
      data-map-state={state}
      role="region"
      aria-label={strings.mapRegion}
      aria-describedby={onSelectSite ? 'map-keys-hint' : undefined}
    >
      {onSelectSite && <p id="map-keys-hint" className="visually-hidden">{strings.arrowHint}</p>}
      {map && overlay?.(map)}
      {map && shown.map((site) => (
        <PlacedMarker key={site.id} map={map} site={site} onArrow={onSelectSite ? onArrow : undefined}>
          <SiteMarker
            site={site}
            emphasis={emphasis(site)}
            selected={site.id === selectedSite}
            onSelect={onSelectSite}
          />
        </PlacedMarker>
      ))}
    </div>
  );
});

interface PlacedMarkerProps {
  map: MapLibreMap;
  site: Site;
  /** An arrow key on this site: returns whether focus moved. */
  onArrow?: (from: string, key: string) => boolean;
  children: React.ReactNode;
}

/** A MapLibre marker whose content React renders through a portal. */
function PlacedMarker({ map, site, onArrow, children }: PlacedMarkerProps) {
  const element = useMapMarker(map, site.lon, site.lat, 'site-marker-anchor');
  // A native listener: it must run before MapLibre's keyboard handler further up, which would pan.
  useEffect(() => {
    if (!onArrow) return;
    const onKey = (e: KeyboardEvent) => {
      if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
      e.stopPropagation();
      e.preventDefault();
      onArrow(site.id, e.key);
    };
    element.addEventListener('keydown', onKey);
    return () => element.removeEventListener('keydown', onKey);
  }, [element, onArrow, site.id]);
  return createPortal(children, element);
}

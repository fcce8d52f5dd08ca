/**
 * The WebGL map: basemap plus one DOM marker per site. Sites are DOM buttons rather than canvas
 * symbols so that they take focus, have accessible names and are hit-tested by the browser.
 * The map itself is made and removed by useMapLibre.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { Suspense, lazy, memo, useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Site, SiteEmphasis } from '../data/select';
import { sitesOfShownKinds } from '../data/select';
import { roundCamera, sameCamera } from '../state/url-state';
import { fitOptions, sitesBounds } from './camera';
import { prefersReducedMotion } from '../theme/motion';
import { NO_INSETS } from './viewport';
import type { Padding } from './viewport';
import { APP_MOVE, useMapLibre } from './useMapLibre';
import { PlacedMarker } from './PlacedMarker';
import type { Camera, ViewBounds } from '../state/url-state';
import { paintBasemap, setLabelNames, whenBasemapReady } from './style';
import type { SiteKind } from '../data/schema';
import { cameraToShowSite } from './site-in-view';
import { useMapKeys } from './useMapKeys';
import { SiteMarker } from './SiteMarker';
import { setControlLocale } from './maplibre-internals';
import { usePlaceNames, useStrings } from '../i18n';
import { usePrintSnapshot } from './print-snapshot';
import type { FurnitureMode } from './MapFurniture';
import { createMapElements } from './map-elements';
import type { SiteFocus } from './map-elements';
import { MapElementsContext } from './map-elements-context';

// The scale and locator inset come once the map is drawn: nothing of them is in the first view.
const MapFurniture = lazy(() => import('./MapFurniture'));

export interface MapViewProps {
  sites: Site[];
  emphasis: (site: Site) => SiteEmphasis;
  selectedSite: string | null;
  /** Absent: the sites are shown, not selectable (an embed without its panel). */
  onSelectSite?: (id: string) => void;
  /** The camera to show; null means "fit `frame`, else all sites". Changes from outside move the map. */
  camera: Camera | null;
  /** A shared box to fit, at this map's own size, instead of the sites. */
  frame?: ViewBounds | null;
  /** Called after every move a person made, with the rounded camera. */
  onCameraChange?: (camera: Camera) => void;
  /** Fly between cameras (the briefing) instead of jumping (following the URL). */
  animate?: boolean;
  /** False for a map that only shows (the briefing): no pan, zoom or controls. */
  interactive?: boolean;
  /** Embeds: the page keeps scrolling; Ctrl/Cmd + scroll zooms, two fingers pan. */
  cooperativeGestures?: boolean;
  /** MapLibre's credit on the map; false where the page beside it names the basemap (an embed's credit line). */
  attribution?: boolean;
  /** Called when the browser takes the WebGL context away (true) and gives it back (false). */
  onContextLost?: (lost: boolean) => void;
  /** Called after every move, whoever made it: the camera really on screen (for share links). */
  onCameraReport?: (camera: Camera) => void;
  /** Called when the map cannot be shown at all. */
  onFatalError: (message: string) => void;
  /** Kinds of site whose layer is off. */
  hiddenKinds?: ReadonlySet<SiteKind>;
  /** Extra things drawn on the map (the illustrative layers), given the live map. */
  overlay?: (map: MapLibreMap, sitesShown: boolean) => React.ReactNode;
  /** While set, a click on the map (not on a site) reports where it was: picking measure points. */
  onMapClick?: (lngLat: [number, number]) => void;
  /** Paint the basemap for the dark theme. */
  dark?: boolean;
  /** Whether the site markers are drawn (the first paint holds them until the map is drawn). */
  markers?: boolean;
  /** The map's canvas is shown (its basemap drawn, or a flying map made): given how to focus its sites. */
  onDrawn?: (map: SiteFocus) => void;
  /** How much of the map a panel covers from each side (a phone's sheet), in CSS pixels. */
  insets?: Padding;
  /** The scale and locator inset: the app's, an embed's compact scale, the briefing's; 'none' for no furniture. */
  furniture?: FurnitureMode | 'none';
  /** Given the map's element, whose size is the view on screen. */
  elementRef?: RefObject<HTMLDivElement | null>;
}

/** Briefing camera moves take at most this long: a room waits for a flight, so under 2 s. */
const FLY_MS = 1600;

/** Memoised: the map re-renders only when its own props change, not on every app state change. */
export default memo(function MapView(props: MapViewProps) {
  const strings = useStrings();
  const places = usePlaceNames();
  const { sites, emphasis, selectedSite, onSelectSite, camera, frame = null, onCameraChange, onFatalError, onCameraReport, onContextLost } = props;
  const { animate = false, interactive = true, cooperativeGestures = false, attribution = true, hiddenKinds, overlay, onMapClick, dark = false, markers = true, onDrawn, insets = NO_INSETS, furniture = 'full' } = props;
  const ownRef = useRef<HTMLDivElement>(null);
  const containerRef = props.elementRef ?? ownRef;
  const [elements] = useState(createMapElements);
  const bounds = useMemo(() => frame ?? sitesBounds(sites), [frame, sites]);
  const shared = frame !== null;
  const { map, state, drawn } = useMapLibre(containerRef, {
    camera,
    bounds,
    shared,
    animate, interactive, cooperativeGestures, attribution, places,
    locale: strings.mapLocale,
    failedText: strings.mapFailed,
    onCameraChange, onCameraReport, onFatalError, onContextLost, onMapClick,
    onDrawn: onDrawn && (() => onDrawn(elements)),
  });

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
      const fit = fitOptions(map.getContainer().clientWidth, shared);
      map.fitBounds(bounds, fly ? { ...fit, duration: FLY_MS } : { ...fit, animate: false });
    }
  }, [map, camera, bounds, shared, animate]);

  // On paper, a snapshot of the map stands in for the live canvas.
  usePrintSnapshot(map, containerRef, elements, dark, strings.takeAway.print.mapImage);

  // The dark theme repaints the basemap; the first paint waits for the style.
  useEffect(() => {
    if (!map) return;
    return whenBasemapReady(map, () => paintBasemap(map, dark));
  }, [map, dark]);

  // MapLibre reads its control labels once; a language switch gives the controls new ones.
  useEffect(() => {
    if (map) setControlLocale(map, strings.mapLocale);
  }, [map, strings]);

  // A language switch names the countries anew, on the same map. The labels' language as an
  // attribute, like the camera: tests and tools see which names the map was given.
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    return setLabelNames(map, places, () => (container.dataset.labels = places.lang));
  }, [map, places]);

  // Bring a newly selected site into the part of the map no panel covers, when it is not there
  // already; and again when a panel comes over it (a phone's sheet, opened by a link too).
  const last = useRef<{ selectedSite: string | null; insets: Padding } | null>(null);
  useEffect(() => {
    if (!map) return;
    const before = last.current;
    last.current = { selectedSite, insets };
    const changed = before ? selectedSite !== before.selectedSite || insets !== before.insets : insets !== NO_INSETS;
    const site = sites.find((s) => s.id === selectedSite);
    if (!changed || !site) return;
    // The size the map's camera was computed for, from its drawing buffer: the container may already
    // be narrower (a panel just opened beside it) until the map follows in its next resize, and
    // reading the page's layout here would force it in the middle of a switch.
    const canvas = map.getCanvas();
    const size = { width: canvas.width / map.getPixelRatio(), height: canvas.height / map.getPixelRatio() };
    const to = cameraToShowSite(map, site, size, insets);
    if (to) map.easeTo({ center: [to.lon, to.lat], zoom: to.zoom, duration: prefersReducedMotion() ? 0 : 600 }, { [APP_MOVE]: true });
  }, [map, selectedSite, sites, insets]);

  const shown = useMemo(() => sitesOfShownKinds(sites, hiddenKinds), [sites, hiddenKinds]);
  // The arrows, Home and End move between the sites on screen; Shift + arrows pan.
  useMapKeys(map, containerRef, { interactive, sites, shown, emphasis, selectedSite, onSelectSite, insets, markers: elements });

  return (
    <div
      className={`map${drawn ? ' drawn' : ''}${onMapClick ? ' picking' : ''}`}
      ref={containerRef}
      data-map-state={state}
      role="region"
      aria-label={strings.mapRegion}
      aria-describedby={onSelectSite ? 'map-keys-hint' : undefined}
    >
      {onSelectSite && <p id="map-keys-hint" className="visually-hidden">{strings.arrowHint}</p>}
      {map && drawn && furniture !== 'none' && (
        <Suspense fallback={null}>
          <MapFurniture map={map} mode={furniture} dark={dark} />
        </Suspense>
      )}
      <MapElementsContext value={elements}>
        {map && overlay?.(map, markers)}
        {map && markers && shown.map((site) => (
          <PlacedMarker key={site.id} map={map} site={site}>
            <SiteMarker site={site} emphasis={emphasis(site)} selected={site.id === selectedSite} onSelect={onSelectSite} />
          </PlacedMarker>
        ))}
      </MapElementsContext>
    </div>
  );
});

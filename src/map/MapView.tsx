/**
 * The WebGL map: basemap plus one DOM marker per site. Sites are DOM buttons rather than canvas
 * symbols so that they take focus, have accessible names and are hit-tested by the browser.
 * The map itself is made and removed by useMapLibre.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { Site, SiteEmphasis } from '../data/select';
import { roundCamera, sameCamera } from '../state/url-state';
import { fitOptions, prefersReducedMotion, sitesBounds } from './camera';
import { APP_MOVE, useMapLibre } from './useMapLibre';
import { PlacedMarker } from './PlacedMarker';
import type { Camera } from '../state/url-state';
import { paintBasemap } from './style';
import type { SiteKind } from '../data/schema';
import { nextSite } from './site-order';
import { SiteMarker } from './SiteMarker';
import { setControlLocale } from './maplibre-internals';
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

/** Briefing camera moves take at most this long: a room waits for a flight, so under 2 s. */
const FLY_MS = 1600;

/** Memoised: the map re-renders only when its own props change, not on every app state change. */
export default memo(function MapView(props: MapViewProps) {
  const strings = useStrings();
  const { sites, emphasis, selectedSite, onSelectSite, camera, onCameraChange, onFatalError, onCameraReport, onContextLost } = props;
  const { animate = false, interactive = true, cooperativeGestures = false, hiddenKinds, overlay, onMapClick, dark = false } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const bounds = useMemo(() => sitesBounds(sites), [sites]);
  const { map, state } = useMapLibre(containerRef, {
    camera,
    bounds,
    animate,
    interactive,
    cooperativeGestures,
    locale: strings.mapLocale,
    failedText: strings.mapFailed,
    onCameraChange,
    onCameraReport,
    onFatalError,
    onContextLost,
    onMapClick,
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
      const fit = fitOptions(map.getContainer().clientWidth);
      map.fitBounds(bounds, fly ? { ...fit, duration: FLY_MS } : { ...fit, animate: false });
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

/**
 * The map slot: the live WebGL map once its code has loaded, the static map when WebGL is missing
 * or its context is lost, and a message saying which.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Site, SiteEmphasis } from '../data/select';
import { sitesOfShownKinds } from '../data/select';
import type { SiteKind } from '../data/schema';
import { useStrings } from '../i18n';
import type { OverlayInput } from '../map/overlay-layers';
import { StaticMap } from '../map/StaticMap';
import { StaticView } from '../map/StaticView';
import { hasWebGL } from '../map/webgl';
import type { Camera, ViewBounds } from '../state/url-state';
import type { Padding } from '../map/viewport';
import { usePromised } from '../state/usePromised';
import { useHandOver } from './useHandOver';

// The map's code (MapLibre, a megabyte of script) is fetched and run once the first paint is on
// screen: run earlier, it held that paint back by its own run time on a two-core machine. It is
// rendered without Suspense: React holds back a Suspense reveal by up to 300 ms.
let mapViewCode: Promise<typeof import('../map/MapView')> | null = null;
const NOT_YET = new Promise<never>(() => undefined);
function loadMapView(): Promise<typeof import('../map/MapView')> {
  if (!mapViewCode) {
    mapViewCode = import('../map/MapView');
    mapViewCode.catch(() => undefined); // reported through usePromised, where there is a page to say it on
  }
  return mapViewCode;
}

/** The map's code, asked for a frame after the first paint has been drawn. */
function useMapViewCode(after: boolean) {
  const [code, setCode] = useState(() => mapViewCode ?? NOT_YET);
  useEffect(() => {
    if (!after || mapViewCode) return;
    // Two frames: the first paint is laid out in the first and presented before the second.
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => setCode(loadMapView()))));
    return () => cancelAnimationFrame(frame);
  }, [after]);
  return code;
}

const Overlays = lazy(() => import('../map/Overlays'));

export interface MapSlotProps {
  sites: Site[] | null;
  hiddenKinds: ReadonlySet<SiteKind>;
  emphasis: (site: Site) => SiteEmphasis;
  selectedSite: string | null;
  /** Absent: the sites are labels, not controls. */
  onSelectSite?: (id: string) => void;
  camera: Camera | null;
  /** A shared box to fit when there is no camera. */
  frame?: ViewBounds | null;
  onCameraChange: (camera: Camera) => void;
  onCameraReport?: (camera: Camera) => void;
  interactive: boolean;
  cooperativeGestures: boolean;
  /** MapLibre's credit on the map (the default); false where the layout names the basemap beside it. */
  attribution?: boolean;
  /** The illustrative layers to draw, or null when none is on. */
  overlayInput: OverlayInput | null;
  onMapClick?: (lngLat: [number, number]) => void;
  dark: boolean;
  /** How much of the map a panel covers from each side (a phone's sheet), in CSS pixels. */
  insets?: Padding;
  /** The map's scale and locator inset: the app's (default) or an embed's compact scale. */
  furniture?: 'full' | 'compact';
  /** Given the live map's element while it is up (see MapView). */
  mapElement?: RefObject<HTMLDivElement | null>;
}

/**
 * The map for a layout to place, and whether it fell back to the static map. No WebGL check runs
 * before the map: the map is the check, and only when it fails is WebGL probed, to tell the
 * reader (in their language, whenever it changes) whether it is missing or what went wrong.
 */
export function useMapSlot(props: MapSlotProps): { node: React.ReactNode; failed: boolean } {
  const strings = useStrings();
  const { sites, hiddenKinds, emphasis, selectedSite, onSelectSite, overlayInput, dark } = props;
  const [failure, setFailure] = useState<string | null>(null);
  const [noWebGL, setNoWebGL] = useState(false);
  const [contextLost, setContextLost] = useState(false);
  const onMapFailure = useCallback((message: string) => (hasWebGL() ? setFailure(message) : setNoWebGL(true)), []);
  const onCodeError = useCallback((e: Error) => setFailure(`${strings.mapFailed} (${e.message})`), [strings]);
  const mapView = usePromised(useMapViewCode(Boolean(sites)), onCodeError);
  const error = noWebGL ? strings.noWebGL : failure;
  const { drawn, firstPaintGone, onDrawn } = useHandOver();

  const overlay = useMemo(
    () =>
      overlayInput
        ? (map: MapLibreMap, sitesShown: boolean) => (
            <Suspense fallback={null}>
              <Overlays map={map} input={overlayInput} dark={dark} sitesShown={sitesShown} />
            </Suspense>
          )
        : undefined,
    [overlayInput, dark],
  );

  // The static maps' sites (the live map chooses its own the same way).
  const shownSites = useMemo(() => sites && sitesOfShownKinds(sites, hiddenKinds), [sites, hiddenKinds]);
  const staticMap = shownSites && (
    <StaticMap
      sites={shownSites}
      emphasis={emphasis}
      selectedSite={selectedSite}
      onSelectSite={onSelectSite}
      label={strings.staticMap}
      dark={dark}
    />
  );

  let node: React.ReactNode;
  if (error) {
    node = (
      <>
        <div className="map-message" role="status">
          <p>{error}</p>
        </div>
        {staticMap}
      </>
    );
  } else if (sites && shownSites) {
    node = (
      <>
        {!firstPaintGone && (
          <StaticView
            sites={shownSites}
            emphasis={emphasis}
            selectedSite={selectedSite}
            onSelectSite={onSelectSite}
            camera={props.camera}
            frame={props.frame}
            markers={!drawn}
            label={strings.mapRegion}
            dark={dark}
          />
        )}
        {!drawn && <p role="status" className="map-loading-badge">{strings.loadingMap}</p>}
        {contextLost && (
          <div className="context-lost">
            <p className="map-message" role="status">{strings.contextLost}</p>
            {staticMap}
          </div>
        )}
        {mapView && (
          <mapView.default
            sites={sites}
            emphasis={emphasis}
            selectedSite={selectedSite}
            onSelectSite={onSelectSite}
            camera={props.camera}
            frame={props.frame}
            onCameraChange={props.onCameraChange}
            onCameraReport={props.onCameraReport}
            onFatalError={onMapFailure}
            onContextLost={setContextLost}
            interactive={props.interactive}
            cooperativeGestures={props.cooperativeGestures}
            attribution={props.attribution}
            hiddenKinds={hiddenKinds}
            overlay={overlay}
            onMapClick={props.onMapClick}
            dark={dark}
            markers={drawn}
            onDrawn={onDrawn}
            insets={props.insets}
            furniture={props.furniture}
            elementRef={props.mapElement}
          />
        )}
      </>
    );
  } else {
    node = <p role="status" className="loading map-loading">{strings.loadingMap}</p>;
  }
  return { node, failed: Boolean(error) };
}

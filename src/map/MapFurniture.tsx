/**
 * The map's furniture, drawn over the live map: a scale (kilometres with miles beside them, in
 * the reader's number format) and, once the view is zoomed past the region, a locator inset with
 * the view outlined (collapsible on the live map, always there in the briefing, left out of
 * compact embeds). In the briefing it also sizes the country labels for a room. Loaded once the
 * map is drawn: nothing of it is in the first view.
 */
import './furniture.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { useLang, usePlaceNames, useStrings } from '../i18n';
import type { PlaceNames } from '../i18n';
import { loadBasemap } from './basemap';
import type { Bounds } from './camera';
import { LOCATOR_COLOURS, locatorBox, locatorLandPath, locatorSize, showsLocator } from './locator';
import { roomCountrySize, roomHaloWidth, screenFactor, sizeAtZoom } from './room-labels';
import { showReferencePlaces } from './reference-places';
import { scaleBars } from './scale';
import { whenBasemapReady } from './style';
import { onViewFrames } from './view-frames';

/** The furniture a map gets: the app's, an embed's (a scale only, small), the briefing's (large). */
export type FurnitureMode = 'full' | 'compact' | 'briefing';

export interface MapFurnitureProps {
  map: MapLibreMap;
  mode: FurnitureMode;
  dark: boolean;
}

interface ViewNow {
  lat: number;
  zoom: number;
  bounds: Bounds;
  width: number;
}

function viewOf(map: MapLibreMap): ViewNow {
  const b = map.getBounds();
  return { lat: map.getCenter().lat, zoom: map.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], width: map.getContainer().clientWidth };
}

/** The view, read again at most once a frame while the map moves or changes size. */
function useView(map: MapLibreMap): ViewNow {
  const [view, setView] = useState(() => viewOf(map));
  useEffect(() => onViewFrames(map, () => setView(viewOf(map))).stop, [map]);
  return view;
}

/** In the briefing: country names sized to the screen with wide halos; their size at the map's zoom as an attribute. */
function useRoomLabels(map: MapLibreMap, on: boolean): void {
  useEffect(() => {
    if (!on) return;
    const container = map.getContainer();
    const apply = () => {
      const height = window.innerHeight;
      map.setLayoutProperty('country-labels', 'text-size', roomCountrySize(height));
      map.setPaintProperty('country-labels', 'text-halo-width', roomHaloWidth(height));
      map.setPaintProperty('country-labels', 'text-opacity', 1);
      report();
    };
    // What the style says now, at the zoom the map is at: tests and tools check it.
    const report = () => {
      container.dataset.countryLabelPx = sizeAtZoom(map.getLayoutProperty('country-labels', 'text-size'), map.getZoom()).toFixed(1);
    };
    const cancel = whenBasemapReady(map, apply);
    const resized = () => whenBasemapReady(map, apply);
    window.addEventListener('resize', resized);
    map.on('moveend', report);
    return () => {
      cancel();
      window.removeEventListener('resize', resized);
      map.off('moveend', report);
    };
  }, [map, on]);
}

/** The reference places, named in the reader's language, sized for a room in the briefing. */
function useReferencePlaces(map: MapLibreMap, on: boolean, names: PlaceNames, room: boolean, dark: boolean): void {
  useEffect(() => {
    if (!on) return;
    const apply = () => {
      const k = room ? screenFactor(window.innerHeight) : 0;
      showReferencePlaces(map, names, room ? 16 * k : 12, room ? 2.5 * k : 1.5, dark);
    };
    return whenBasemapReady(map, apply);
  }, [map, on, names, room, dark]);
}

export default function MapFurniture({ map, mode, dark }: MapFurnitureProps) {
  const strings = useStrings();
  const t = strings.cartography;
  const lang = useLang();
  const view = useView(map);
  const [land, setLand] = useState<FeatureCollection | null>(null);
  const [open, setOpen] = useState(true);
  useRoomLabels(map, mode === 'briefing');
  useReferencePlaces(map, mode !== 'compact', usePlaceNames(), mode === 'briefing', dark);
  const wantsInset = mode !== 'compact' && showsLocator(view.bounds);
  useEffect(() => {
    if (!wantsInset || land) return;
    let live = true;
    loadBasemap().then((b) => live && setLand(b.land), () => undefined);
    return () => {
      live = false;
    };
  }, [wantsInset, land]);

  const maxPx = mode === 'compact' ? 72 : mode === 'briefing' ? Math.max(120, Math.round(view.width * 0.12)) : 110;
  const [km, mi] = scaleBars(view.lat, view.zoom, maxPx, lang);
  const insetWidth = mode === 'briefing' ? Math.min(360, Math.max(180, Math.round(view.width * 0.2))) : 150;

  return (
    <div className={`map-furniture furniture-${mode}`} data-testid="map-furniture">
      {wantsInset && land && (
        <div className="map-locator">
          {(open || mode !== 'full') && <Locator land={land} view={view.bounds} width={insetWidth} dark={dark} label={t.locator} />}
          {mode === 'full' && (
            <button type="button" className="map-locator-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)} title={open ? t.hideLocator : t.showLocator}>
              <span aria-hidden="true">{open ? '−' : '+'}</span>
              <span className="visually-hidden">{open ? t.hideLocator : t.showLocator}</span>
            </button>
          )}
        </div>
      )}
      <div className="map-scale" role="img" aria-label={t.scale(km.label, mi.label)} data-km={km.value} data-mi={mi.value}>
        <span className="map-scale-label">{km.label}</span>
        <span className="map-scale-bar" style={{ width: `${km.px}px` }} />
        <span className="map-scale-bar miles" style={{ width: `${mi.px}px` }} />
        <span className="map-scale-label">{mi.label}</span>
      </div>
    </div>
  );
}

function Locator({ land, view, width, dark, label }: { land: FeatureCollection; view: Bounds; width: number; dark: boolean; label: string }) {
  const { height } = locatorSize(width);
  const box = locatorBox(view, width);
  const c = dark ? LOCATOR_COLOURS.dark : LOCATOR_COLOURS.light;
  return (
    <svg className="map-locator-inset" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <rect width={width} height={height} fill={c.sea} />
      <path d={locatorLandPath(land, width)} fill={c.land} stroke={c.edge} strokeWidth={0.5} />
      <rect x={box.x} y={box.y} width={box.w} height={box.h} fill="none" stroke={c.casing} strokeWidth={4} />
      <rect className="map-locator-view" x={box.x} y={box.y} width={box.w} height={box.h} fill="none" stroke={c.view} strokeWidth={2} />
    </svg>
  );
}

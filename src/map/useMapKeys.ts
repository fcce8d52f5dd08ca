/**
 * The live map's keys, on the canvas and the site markers alike: the arrows (and Home, End) move
 * focus between the sites on screen in geographic order, Shift + arrows pan, and a site reached
 * by keyboard outside the visible map is brought into it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useEffectEvent } from 'react';
import type { RefObject } from 'react';
import type { Site, SiteEmphasis } from '../data/select';
import { prefersReducedMotion } from '../theme/motion';
import { cameraToShowSite } from './site-in-view';
import { nextSite } from './site-order';
import type { Padding } from './viewport';
import type { SiteFocus } from './map-elements';

/** Shift + an arrow pans by this many CSS pixels, as MapLibre's own arrows do. */
const PAN_STEP = 100;
const PAN: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const KEYS = new Set([...Object.keys(PAN), 'Home', 'End']);

export interface MapKeysOptions {
  /** False for a map that only shows: no keys of its own. */
  interactive: boolean;
  sites: Site[];
  /** The sites whose kind is shown: the arrows move among those not hidden by the phase. */
  shown: Site[];
  emphasis: (site: Site) => SiteEmphasis;
  selectedSite: string | null;
  /** Absent: the sites are not selectable, and only Shift + arrows (panning) are the map's. */
  onSelectSite?: (id: string) => void;
  /** How much of the map a panel covers from each side, in CSS pixels. */
  insets: Padding;
  /** The map's own markers, to move focus between. */
  markers: SiteFocus;
}

/**
 * Listens for the map's keys on its container, from the focused or selected site. Listened for
 * before MapLibre's own keyboard handler, whose arrows would pan.
 */
export function useMapKeys(map: MapLibreMap | null, containerRef: RefObject<HTMLDivElement | null>, options: MapKeysOptions): void {
  const { interactive, sites, shown, emphasis, selectedSite, onSelectSite, insets, markers } = options;
  const keyMoves = useEffectEvent((e: KeyboardEvent): boolean => {
    const target = e.target as HTMLElement | null;
    const marker = target?.closest<HTMLElement>('.site-marker');
    if (!map || (!marker && target !== map.getCanvas())) return false;
    if (e.shiftKey && PAN[e.key]) {
      const [x, y] = PAN[e.key]!;
      map.panBy([x * PAN_STEP, y * PAN_STEP], { duration: prefersReducedMotion() ? 0 : 200 });
      return true;
    }
    if (e.shiftKey || !onSelectSite) return false;
    const visible = shown.filter((s) => emphasis(s) !== 'hidden');
    const to = nextSite(visible, marker?.dataset.site ?? selectedSite ?? '', e.key);
    if (to) markers.focusSite(to);
    return to !== null;
  });
  const focusedMarker = useEffectEvent((marker: HTMLElement) => {
    // A site reached by keyboard outside the visible map is brought into it.
    const site = sites.find((s) => s.id === marker.dataset.site);
    if (!map || !site) return;
    const width = map.getContainer().clientWidth;
    const height = map.getContainer().clientHeight;
    const to = cameraToShowSite(map, site, { width, height }, insets);
    if (to) map.easeTo({ center: [to.lon, to.lat], zoom: to.zoom, duration: prefersReducedMotion() ? 0 : 400 });
  });
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !interactive) return;
    const onKey = (e: KeyboardEvent) => {
      if (!KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
      if (!keyMoves(e)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    const onFocus = (e: FocusEvent) => {
      const marker = (e.target as HTMLElement | null)?.closest<HTMLElement>('.site-marker');
      if (marker && marker.matches(':focus-visible')) focusedMarker(marker);
    };
    container.addEventListener('keydown', onKey, true);
    container.addEventListener('focusin', onFocus);
    return () => {
      container.removeEventListener('keydown', onKey, true);
      container.removeEventListener('focusin', onFocus);
    };
  }, [containerRef, interactive]);
}

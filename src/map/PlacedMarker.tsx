import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { Site } from '../data/select';
import { useMapMarker } from './useMapMarker';

export interface PlacedMarkerProps {
  map: MapLibreMap;
  site: Site;
  /** An arrow key on this site: returns whether focus moved. */
  onArrow?: (from: string, key: string) => boolean;
  children: React.ReactNode;
}

const MOVES = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** A site's MapLibre marker, whose content React renders through a portal. */
export function PlacedMarker({ map, site, onArrow, children }: PlacedMarkerProps) {
  const element = useMapMarker(map, site.lon, site.lat, 'site-marker-anchor');
  // A native listener: it must run before MapLibre's keyboard handler further up, which would pan.
  useEffect(() => {
    if (!onArrow) return;
    const onKey = (e: KeyboardEvent) => {
      if (!MOVES.includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
      e.stopPropagation();
      e.preventDefault();
      onArrow(site.id, e.key);
    };
    element.addEventListener('keydown', onKey);
    return () => element.removeEventListener('keydown', onKey);
  }, [element, onArrow, site.id]);
  return createPortal(children, element);
}

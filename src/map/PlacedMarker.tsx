import type { Map as MapLibreMap } from 'maplibre-gl';
import { createPortal } from 'react-dom';
import type { Site } from '../data/select';
import { useMapMarker } from './useMapMarker';

export interface PlacedMarkerProps {
  map: MapLibreMap;
  site: Site;
  children: React.ReactNode;
}

/** A site's MapLibre marker, whose content React renders through a portal (its keys are the map's: MapView). */
export function PlacedMarker({ map, site, children }: PlacedMarkerProps) {
  const element = useMapMarker(map, site.lon, site.lat, 'site-marker-anchor');
  return createPortal(children, element);
}

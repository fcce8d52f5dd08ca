import { Marker } from 'maplibre-gl';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useLayoutEffect, useState } from 'react';

/**
 * An element placed on the map at (lon, lat) as a MapLibre marker, for React to render into with
 * a portal. Made once per component; the marker follows the position and leaves with the component.
 */
export function useMapMarker(map: MapLibreMap, lon: number, lat: number, className: string, hidden = false): HTMLElement {
  const [element] = useState(() => {
    const el = document.createElement('div');
    el.className = className;
    if (hidden) el.setAttribute('aria-hidden', 'true');
    return el;
  });
  // Placed before the browser paints, so a marker never shows a frame late.
  useLayoutEffect(() => {
    const marker = new Marker({ element, anchor: 'center' }).setLngLat([lon, lat]).addTo(map);
    return () => {
      marker.remove();
    };
  }, [map, element, lon, lat]);
  return element;
}

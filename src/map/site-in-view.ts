/**
 * Whether a site stands in the part of the live map no panel covers, and the camera that brings
 * it there when it does not: for a newly selected site and for a site reached by keyboard.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Site } from '../data/select';
import type { Camera } from '../state/url-state';
import { BASEMAP_BOUNDS, FIT } from './camera';
import { cameraShowing } from './viewport';
import type { Padding, Size } from './viewport';

/** How far inside the visible map a site must be to count as in view, in CSS pixels. */
const SITE_MARGIN = 24;

/**
 * The camera that shows `site` in the part of a map of `size` that `insets` leave uncovered, as
 * close to the map's camera as it can; null when the site is already in view there.
 */
export function cameraToShowSite(map: MapLibreMap, site: Site, size: Size, insets: Padding): Camera | null {
  const at = map.project([site.lon, site.lat]);
  const m = SITE_MARGIN;
  if (at.x >= insets.left + m && at.x <= size.width - insets.right - m && at.y >= insets.top + m && at.y <= size.height - insets.bottom - m) return null;
  const c = map.getCenter();
  return cameraShowing(site.lon, site.lat, { zoom: map.getZoom(), lat: c.lat, lon: c.lng }, size, insets, BASEMAP_BOUNDS, FIT.maxZoom);
}

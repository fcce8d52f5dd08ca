/** Camera helpers shared by the live map and the image renderer. */
import type { Site } from '../data/schema';
import type { Camera, ViewBounds } from '../state/url-state';

/** West, south, east, north: the same box the URL's `bounds=` carries. */
export type Bounds = ViewBounds;

/** The area the basemap covers (west, south, east, north); the `bbox` of each basemap file. */
export const BASEMAP_BOUNDS: [number, number, number, number] = [-25, 20, 65, 72];

/** The box around all sites, or null when there are none. */
export function sitesBounds(sites: Pick<Site, 'lon' | 'lat'>[]): Bounds | null {
  // A plain min/max: Turf stays out of the first view; only the illustrative layers load it.
  if (sites.length === 0) return null;
  const lons = sites.map((p) => p.lon);
  const lats = sites.map((p) => p.lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

// Labels sit to the right of each symbol, so leave more room on that side; the westernmost site
// (a port) gets room for the coast and country beyond it, and the bottom room for the credit line.
export const FIT = { padding: { top: 48, bottom: 56, left: 96, right: 150 }, maxZoom: 6 };

/** A shared box is what its sharer saw, margins included: it is fitted edge to edge, as deep as it asks. */
const SHARED_FIT = { padding: { top: 0, bottom: 0, left: 0, right: 0 }, maxZoom: 18 };

/** Below this width a map's margins shrink with it. */
const FULL_MARGIN_WIDTH = 560;

/**
 * FIT for a map `width` px wide (or, with `shared`, the fit for a box from a shared link). A narrow map (a phone, a narrow embed) keeps the margins in
 * proportion: fixed ones would leave the sites so little room that, in a tall frame, the zoom
 * needed to fit them would show more than the basemap's north-south extent, and the map, held to
 * the basemap's bounds, would zoom in and push the outer sites off its sides.
 */
export function fitOptions(width: number, shared = false): typeof FIT {
  if (shared) return SHARED_FIT;
  const k = width > 0 ? Math.min(1, width / FULL_MARGIN_WIDTH) : 1;
  const { top, bottom, left, right } = FIT.padding;
  return { ...FIT, padding: { top: Math.round(top * k), bottom: Math.round(bottom * k), left: Math.round(left * k), right: Math.round(right * k) } };
}

/** Where a map looks when there is nothing to fit: Europe. */
export const FALLBACK_CAMERA: Camera = { zoom: 3, lat: 45, lon: 15 };

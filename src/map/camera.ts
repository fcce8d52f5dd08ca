/** Camera helpers shared by the live map and the image renderer. */
import type { Site } from '../data/schema';

export type Bounds = [number, number, number, number];

/** The box around all sites, or null when there are none. */
export function sitesBounds(sites: Pick<Site, 'lon' | 'lat'>[]): Bounds | null {
  // A plain min/max: Turf stays out of the first view; only the illustrative layers load it.
  if (sites.length === 0) return null;
  const lons = sites.map((p) => p.lon);
  const lats = sites.map((p) => p.lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

// Labels sit to the right of each symbol, so leave more room on that side.
export const FIT = { padding: { top: 48, bottom: 40, left: 40, right: 150 }, maxZoom: 6 };

export const prefersReducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

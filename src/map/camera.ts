/** Camera helpers shared by the live map and the image renderer. */
import { bbox } from '@turf/turf';
import type { Site } from '../data/schema';

export type Bounds = [number, number, number, number];

/** The box around all sites, or null when there are none. */
export function sitesBounds(sites: Pick<Site, 'lon' | 'lat'>[]): Bounds | null {
  if (sites.length === 0) return null;
  const [w, s, e, n] = bbox({
    type: 'FeatureCollection',
    features: sites.map((site) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [site.lon, site.lat] } })),
  });
  return [w, s, e, n];
}

// Labels sit to the right of each symbol, so leave more room on that side.
export const FIT = { padding: { top: 48, bottom: 40, left: 40, right: 150 }, maxZoom: 6 };

export const prefersReducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

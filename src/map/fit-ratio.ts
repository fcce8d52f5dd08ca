// Imports name their files in full: the build reads this module too (build/layout-css.ts).
import type { Site } from '../data/schema';
import { BASEMAP_BOUNDS, FIT, fitOptions, sitesBounds } from './camera.ts';
import { tallestFitRatio } from './viewport.ts';

/** A phone's width, for the ratio below (any width under FIT's full-margin width gives the same). */
const PHONE_WIDTH = 360;

/**
 * The tallest a phone's map may be for its width, so that every site fits across it (the page's
 * CSS reads it as `--fit-ratio`); null without sites. Pure: the build writes it into the page's
 * CSS from the shipped sites, so the map's box has its final height before the data has loaded.
 */
export function phoneFitRatio(sites: Pick<Site, 'lon' | 'lat'>[]): number | null {
  const box = sitesBounds(sites);
  return box ? tallestFitRatio(box, PHONE_WIDTH, fitOptions(PHONE_WIDTH).padding, FIT.maxZoom, BASEMAP_BOUNDS) : null;
}

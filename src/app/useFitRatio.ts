import { useMemo } from 'react';
import { FIT, fitOptions, sitesBounds } from '../map/camera';
import { BASEMAP_BOUNDS } from '../map/style';
import { tallestFitRatio } from '../map/viewport';
import type { AppData } from './useDataset';

/** A phone's width, for the ratio below (any width under FIT's full-margin width gives the same). */
const PHONE_WIDTH = 360;

/**
 * The tallest a phone's map may be for its width, so that every site fits across it (the page's
 * CSS reads it as `--fit-ratio`); null until the data has loaded.
 */
export function useFitRatio(data: AppData | null): number | null {
  return useMemo(() => {
    const box = data && sitesBounds(data.sites);
    return box ? tallestFitRatio(box, PHONE_WIDTH, fitOptions(PHONE_WIDTH).padding, FIT.maxZoom, BASEMAP_BOUNDS) : null;
  }, [data]);
}

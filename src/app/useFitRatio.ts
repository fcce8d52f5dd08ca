import { useMemo } from 'react';
import { phoneFitRatio } from '../map/fit-ratio';
import type { AppData } from '../data/app-data';

/** The phone map's ratio for the sites as loaded (map/fit-ratio.ts); null until the data has loaded. */
export function useFitRatio(data: AppData | null): number | null {
  return useMemo(() => (data ? phoneFitRatio(data.sites) : null), [data]);
}

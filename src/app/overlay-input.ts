import { useMemo } from 'react';
import type { Position } from 'geojson';
import { measuredEnds } from '../explore/measure-state';
import type { Measurement } from '../explore/measure-state';
import type { Dataset } from '../data/validate';
import type { OverlayInput } from '../map/overlay-layers';
import type { Layer } from '../state/url-state';

/** The illustrative layers to draw (on the live map and in an exported image alike); null when none is on. */
export function overlayInputFor(data: Pick<Dataset, 'ranges' | 'sites'> | null, layers: ReadonlySet<Layer>, measured: [Position, Position] | null): OverlayInput | null {
  const showRanges = layers.has('ranges');
  const showLines = layers.has('lines');
  const measure = layers.has('measure') ? measured : null;
  if (!data || !(showRanges || showLines || measure)) return null;
  return { ranges: data.ranges, sites: data.sites, showRanges, showLines, measure };
}

/** The illustrative layers to draw for the page's layers and measurement, the same object while they are the same. */
export function useOverlayInput(data: Pick<Dataset, 'ranges' | 'sites'> | null, layers: ReadonlySet<Layer>, measure: Measurement): OverlayInput | null {
  const measured = useMemo(() => (data ? measuredEnds(measure, data.sites) : null), [measure, data]);
  return useMemo(() => overlayInputFor(data, layers, measured), [data, layers, measured]);
}

/** What the measure tool measures between: sites, or points picked on the map. */
import type { Position } from 'geojson';

export type MeasureEnd = { kind: 'site'; id: string } | { kind: 'point'; at: [number, number] };
export interface Measurement {
  from: MeasureEnd | null;
  to: MeasureEnd | null;
}
export const NO_MEASUREMENT: Measurement = { from: null, to: null };

export function endPosition(end: MeasureEnd | null, sites: readonly { id: string; lon: number; lat: number }[]): Position | null {
  if (!end) return null;
  if (end.kind === 'point') return end.at;
  const s = sites.find((x) => x.id === end.id);
  return s ? [s.lon, s.lat] : null;
}

/** Both ends as positions, or null while one is missing. */
export function measuredEnds(m: Measurement, sites: readonly { id: string; lon: number; lat: number }[]): [Position, Position] | null {
  const a = endPosition(m.from, sites);
  const b = endPosition(m.to, sites);
  return a && b ? [a, b] : null;
}

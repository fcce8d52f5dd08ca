/**
 * The illustrative layers as GeoJSON: range rings, radar-to-interceptor lines and a
 * measured distance. Pure, Turf style; the map only draws what comes out of here.
 */
import { destination, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { RangeRing, Site } from '../data/schema';
import { arcBetween, distanceKm, rangeRing } from './measure';

export interface RingProps {
  id: string;
  label: string;
  km: number;
  group: RangeRing['group'];
  [key: string]: unknown;
}

/** Where a ring is drawn from: its site, or its labelled reference point; null if the site is gone. */
export function ringCentre(ring: RangeRing, sites: readonly Site[]): { lon: number; lat: number; label: string } | null {
  if ('site' in ring.centre) {
    const id = ring.centre.site;
    const site = sites.find((s) => s.id === id);
    return site ? { lon: site.lon, lat: site.lat, label: site.name } : null;
  }
  return ring.centre;
}

/** One geodesic polygon per ring, its figure in the properties. */
export function ringFeatures(ranges: readonly RangeRing[], sites: readonly Site[]): FeatureCollection<Polygon | MultiPolygon, RingProps> {
  const features: Feature<Polygon | MultiPolygon, RingProps>[] = [];
  for (const r of ranges) {
    const c = ringCentre(r, sites);
    if (!c) continue;
    const centre = point([c.lon, c.lat], { id: r.id, label: r.label, km: r.km, group: r.group });
    features.push(rangeRing(centre, r.km) as Feature<Polygon | MultiPolygon, RingProps>);
  }
  return { type: 'FeatureCollection', features };
}

/** Where a ring's label goes: the ring's northernmost point (due north of its centre). */
export function ringLabelPosition(ring: RangeRing, sites: readonly Site[]): Position | null {
  const c = ringCentre(ring, sites);
  if (!c) return null;
  return destination(point([c.lon, c.lat]), ring.km, 0, { units: 'kilometers' }).geometry.coordinates;
}

export interface LineProps {
  id: string;
  from: string;
  to: string;
  km: number;
  [key: string]: unknown;
}

/** Great-circle lines from each radar to each interceptor site. */
export function radarLines(sites: readonly Site[]): FeatureCollection<LineString | MultiLineString, LineProps> {
  const features: Feature<LineString | MultiLineString, LineProps>[] = [];
  for (const radar of sites.filter((s) => s.kind === 'radar')) {
    for (const target of sites.filter((s) => s.kind === 'interceptor')) {
      features.push(arcBetween(point([radar.lon, radar.lat]), point([target.lon, target.lat]), { id: `${radar.id}-${target.id}`, from: radar.id, to: target.id }));
    }
  }
  return { type: 'FeatureCollection', features };
}

/** The middle of a line, for its label. */
export function lineMiddle(line: Feature<LineString | MultiLineString>): Position {
  const coords = line.geometry.type === 'LineString' ? line.geometry.coordinates : line.geometry.coordinates.flat();
  return coords[Math.floor(coords.length / 2)]!;
}

/** A measured distance: the great circle between two points, with its length in km. */
export function measuredLine(a: Position, b: Position): Feature<LineString | MultiLineString, { km: number }> {
  return arcBetween(point(a), point(b), {});
}

export { distanceKm };

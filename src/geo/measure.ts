/**
 * Illustrative geometry, Turf style: GeoJSON in, GeoJSON out, options last, properties
 * carried through. Geodesic: rings are circles on the sphere (turf circle), lines are great
 * circles, distances are great-circle distances. Nothing here models sensor or interceptor coverage.
 */
import { circle, distance, greatCircle, point } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';


/**
 * A ring of `km` around a point, as a polygon on the sphere. Where it crosses the antimeridian it
 * is split into two polygons, each within -180..180, so no map draws it across the whole world.
 */
export function rangeRing<P extends Record<string, unknown>>(
  center: Feature<Point, P>,
  km: number,
  options: { steps?: number } = {},
): Feature<Polygon | MultiPolygon, P & { radiusKm: number }> {
  if (!(km > 0) || !Number.isFinite(km)) throw new Error(`rangeRing: radius must be a positive number of km, not ${km}`);
  const ring = circle(center, km, { steps: options.steps ?? 128, units: 'kilometers' }).geometry.coordinates[0]!;
  const properties = { ...center.properties, radiusKm: km };
  const unwrapped = unwrap(ring);
  const lons = unwrapped.map((p) => p[0]!);
  const [min, max] = [Math.min(...lons), Math.max(...lons)];
  if (min >= -180 && max <= 180) return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [unwrapped] } };
  // Split at the antimeridian: the part past 180 (or -180) is shifted back by 360 degrees.
  const edge = max > 180 ? 180 : -180;
  const inside = clipAtLon(unwrapped, edge, edge === 180 ? 'below' : 'above');
  const outside = clipAtLon(unwrapped, edge, edge === 180 ? 'above' : 'below').map(([x, y]) => [x! - Math.sign(edge) * 360, y!]);
  return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: [[inside], [outside]] } };
}

/** A great-circle line between two points, split at the antimeridian by Turf where needed. */
export function arcBetween<P extends Record<string, unknown>>(
  from: Feature<Point>,
  to: Feature<Point>,
  properties: P,
): Feature<LineString | MultiLineString, P & { km: number }> {
  const line = greatCircle(from, to, { npoints: 64 });
  return { type: 'Feature', properties: { ...properties, km: distanceKm(from, to) }, geometry: line.geometry as LineString | MultiLineString };
}

/** Great-circle distance in km (Turf's haversine on its mean Earth radius, 6,371,008.8 m). */
export function distanceKm(a: Feature<Point> | Position, b: Feature<Point> | Position): number {
  const pa = Array.isArray(a) ? point(a) : a;
  const pb = Array.isArray(b) ? point(b) : b;
  return distance(pa, pb, { units: 'kilometers' });
}

/** Makes consecutive longitudes continuous (no jump of more than 180 degrees). */
function unwrap(ring: Position[]): Position[] {
  let shift = 0;
  return ring.map((p, i) => {
    if (i > 0) {
      const d = p[0]! - ring[i - 1]![0]!;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    return [p[0]! + shift, p[1]!];
  });
}

/** Sutherland-Hodgman against one meridian: the part of a ring on one side, closed. */
function clipAtLon(ring: Position[], lon: number, keep: 'below' | 'above'): Position[] {
  const inside = (p: Position) => (keep === 'below' ? p[0]! <= lon : p[0]! >= lon);
  const out: Position[] = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) {
      const t = (lon - a[0]!) / (b[0]! - a[0]!);
      out.push([lon, a[1]! + t * (b[1]! - a[1]!)]);
    }
  }
  out.push(out[0]!);
  return out;
}

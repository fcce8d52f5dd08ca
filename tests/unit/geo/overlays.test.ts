// The illustrative layers, Turf style: GeoJSON in, expected GeoJSON out.
import { describe, expect, it } from 'vitest';
import { distance, point } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { lineMiddle, measuredLine, radarLines, ringCentre, ringFeatures, ringLabelPosition } from '../../../src/geo/overlays';
import { validateDataset } from '../../../src/data/validate-all';
import type { RangeRing } from '../../../src/data/schema';
import { realFiles } from '../helpers';

const data = validateDataset(realFiles());
const km = (a: Position, b: Position) => distance(point(a), point(b), { units: 'kilometers' });
/** Haversine written out on its own, on the same radius as Turf (6,371.0088 km). */
function haversineKm([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2! - lat1!) * r) / 2) ** 2 + Math.cos(lat1! * r) * Math.cos(lat2! * r) * Math.sin(((lon2! - lon1!) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
const site = (id: string) => data.sites.find((s) => s.id === id)!;

describe('ringFeatures', () => {
  it('draws the four published figures, geodesic, from the right centres', () => {
    const fc = ringFeatures(data.ranges, data.sites);
    expect(fc.features.map((f) => [f.properties.id, f.properties.km, f.properties.group])).toEqual([
      ['sm3-iia', 2500, 'defence'],
      ['an-tpy-2', 1500, 'defence'],
      ['shahab-3', 1300, 'threat'],
      ['sejjil-2', 2000, 'threat'],
    ]);
    for (const f of fc.features) {
      const r = data.ranges.find((x) => x.id === f.properties.id)!;
      const c = ringCentre(r, data.sites)!;
      const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]! : f.geometry.coordinates.flatMap((p) => p[0]!);
      // Every vertex is the radius away on the sphere: a circle on the Earth, not on the screen.
      for (const v of ring) expect(Math.abs(km([c.lon, c.lat], v) - r.km)).toBeLessThan(0.5);
    }
    expect(ringCentre(data.ranges[0]!, data.sites)).toMatchObject({ lon: site('redzikowo').lon, lat: site('redzikowo').lat });
    expect(ringCentre(data.ranges[2]!, data.sites)!.label).toMatch(/^Reference point/);
  });

  it('puts the label on the ring, due north of the centre', () => {
    const r = data.ranges.find((x) => x.id === 'an-tpy-2')!;
    const at = ringLabelPosition(r, data.sites)!;
    expect(at[0]).toBeCloseTo(site('kurecik').lon, 6);
    expect(km([site('kurecik').lon, site('kurecik').lat], at)).toBeCloseTo(1500, 3);
  });

  it('splits a ring that crosses the antimeridian into two polygons inside -180..180', () => {
    const far: RangeRing = { id: 'far', label: 'Far', km: 1000, group: 'defence', sources: ['x'], centre: { label: 'Near 180', lon: 179, lat: 60, sources: ['x'] } };
    const [f] = ringFeatures([far], []).features;
    expect(f!.geometry.type).toBe('MultiPolygon');
    const lons = (f!.geometry.coordinates as Position[][][]).flat(2).map((p) => p[0]!);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(-180);
    expect(Math.max(...lons)).toBeLessThanOrEqual(180);
  });

  it('leaves out a ring whose site is not in the data', () => {
    const lost: RangeRing = { id: 'lost', label: 'Lost', km: 100, group: 'defence', sources: ['x'], centre: { site: 'atlantis' } };
    expect(ringFeatures([lost], data.sites).features).toEqual([]);
  });
});

describe('radarLines', () => {
  it('joins the radar to each interceptor site by a great circle, with its length', () => {
    const fc = radarLines(data.sites);
    expect(fc.features.map((f) => f.properties.id)).toEqual(['kurecik-deveselu', 'kurecik-redzikowo']);
    for (const f of fc.features) {
      const a = site(f.properties.from);
      const b = site(f.properties.to);
      const coords = (f.geometry as LineString).coordinates;
      expect(coords[0]).toEqual([a.lon, a.lat]);
      expect(coords.at(-1)![0]).toBeCloseTo(b.lon, 6);
      expect(Math.abs(f.properties.km - haversineKm([a.lon, a.lat], [b.lon, b.lat]))).toBeLessThan(0.001);
      // A great circle: the middle point is as far from each end as half the length.
      const mid = lineMiddle(f as Feature<LineString | MultiLineString>);
      expect(Math.abs(km([a.lon, a.lat], mid) - f.properties.km / 2)).toBeLessThan(f.properties.km * 0.02);
    }
  });
});

describe('measuredLine', () => {
  it('Deveselu to Redzikowo: Turf agrees with a written-out haversine', () => {
    const a: Position = [site('deveselu').lon, site('deveselu').lat];
    const b: Position = [site('redzikowo').lon, site('redzikowo').lat];
    const line = measuredLine(a, b);
    expect(Math.abs(line.properties.km - haversineKm(a, b))).toBeLessThan(0.001);
    expect(Math.round(line.properties.km)).toBe(Math.round(haversineKm(a, b)));
  });
});

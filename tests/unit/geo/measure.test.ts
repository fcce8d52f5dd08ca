import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import { arcBetween, distanceKm, rangeRing } from '../../../src/geo/measure';
import { formatMeasured } from '../../../src/i18n/format';
import { en } from '../../../src/i18n/messages/en';
import { validateDataset } from '../../../src/data/validate-all';
import { realFiles } from '../helpers';

const site = (id: string): Feature<Point, { id: string }> => {
  const s = validateDataset(realFiles()).sites.find((x) => x.id === id)!;
  return { type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [s.lon, s.lat] } };
};

/** An independent check: the spherical law of cosines on the same Earth radius (6,371.0088 km). */
function lawOfCosinesKm([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const r = Math.PI / 180;
  const c = Math.sin(lat1! * r) * Math.sin(lat2! * r) + Math.cos(lat1! * r) * Math.cos(lat2! * r) * Math.cos((lon2! - lon1!) * r);
  return Math.acos(Math.min(1, Math.max(-1, c))) * 6371.0088;
}

describe('distanceKm', () => {
  it('Deveselu to Redzikowo agrees with an independent formula, to the metre', () => {
    const a = site('deveselu');
    const b = site('redzikowo');
    const km = distanceKm(a, b);
    expect(Math.abs(km - lawOfCosinesKm(a.geometry.coordinates, b.geometry.coordinates))).toBeLessThan(0.001);
    // About 1,271 km: 10.4 degrees of latitude and 7.3 of longitude apart.
    expect(km).toBeGreaterThan(1250);
    expect(km).toBeLessThan(1290);
  });
  it('is zero for one point and symmetric', () => {
    expect(distanceKm([10, 50], [10, 50])).toBe(0);
    expect(distanceKm([10, 50], [20, 40])).toBeCloseTo(distanceKm([20, 40], [10, 50]), 9);
  });
  it('formats km and miles', () => {
    expect(formatMeasured(1234.4, en)).toBe('1,234 km (767 mi)');
  });
});

describe('rangeRing', () => {
  it('keeps the centre properties, records the radius, and is geodesic', () => {
    const ring = rangeRing(site('kurecik'), 1500);
    expect(ring.properties).toEqual({ id: 'kurecik', radiusKm: 1500 });
    expect(ring.geometry.type).toBe('Polygon');
    const coords = ring.geometry.type === 'Polygon' ? ring.geometry.coordinates[0]! : [];
    for (const p of coords) expect(Math.abs(distanceKm(site('kurecik'), p) - 1500)).toBeLessThan(1);
    expect(booleanPointInPolygon(point([37.79, 38.35]), ring)).toBe(true);
  });
  it('splits at the antimeridian instead of wrapping round the world', () => {
    const ring = rangeRing({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [178, 60] } }, 800);
    expect(ring.geometry.type).toBe('MultiPolygon');
    if (ring.geometry.type !== 'MultiPolygon') return;
    for (const poly of ring.geometry.coordinates) {
      const lons = poly[0]!.map((p) => p[0]!);
      expect(Math.min(...lons)).toBeGreaterThanOrEqual(-180);
      expect(Math.max(...lons)).toBeLessThanOrEqual(180);
      expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(180);
    }
    // Both halves together contain points on either side of the line.
    expect(booleanPointInPolygon(point([179.5, 60]), ring)).toBe(true);
    expect(booleanPointInPolygon(point([-179.5, 60]), ring)).toBe(true);
  });
  it('rejects a radius that is not a positive number', () => {
    expect(() => rangeRing(site('rota'), 0)).toThrow(/positive/);
    expect(() => rangeRing(site('rota'), Number.NaN)).toThrow(/positive/);
  });
});

describe('arcBetween', () => {
  it('runs from one site to the other along a great circle, carrying its length', () => {
    const a = site('kurecik');
    const b = site('deveselu');
    const arc = arcBetween(a, b, { kind: 'radar-link' });
    expect(arc.properties.kind).toBe('radar-link');
    expect(arc.properties.km).toBeCloseTo(distanceKm(a, b), 6);
    const line = arc.geometry.type === 'LineString' ? arc.geometry.coordinates : arc.geometry.coordinates.flat();
    expect(line[0]![0]).toBeCloseTo(a.geometry.coordinates[0]!, 6);
    expect(line.at(-1)![0]).toBeCloseTo(b.geometry.coordinates[0]!, 6);
  });
});

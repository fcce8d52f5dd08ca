import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bbox, booleanPointInPolygon, lineString, point, pointToLineDistance } from '@turf/turf';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { BASEMAP_BOUNDS } from '../../../src/map/style';
import { realFiles, root } from '../helpers';
import { validateDataset } from '../../../src/data/validate';

const read = (name: string) => JSON.parse(readFileSync(`${root}geodata/basemap/${name}`, 'utf8'));
const land = read('land.geojson') as FeatureCollection<MultiPolygon, { name: string }>;

describe('the offline basemap', () => {
  it('covers the area the map may be panned to, and no more', () => {
    for (const f of ['land.geojson', 'borders.geojson', 'labels.geojson']) expect(read(f).bbox).toEqual(BASEMAP_BOUNDS);
    const [w, s, e, n] = bbox(land);
    expect(w).toBeGreaterThanOrEqual(BASEMAP_BOUNDS[0]);
    expect(s).toBeGreaterThanOrEqual(BASEMAP_BOUNDS[1]);
    expect(e).toBeLessThanOrEqual(BASEMAP_BOUNDS[2]);
    expect(n).toBeLessThanOrEqual(BASEMAP_BOUNDS[3]);
  });

  it('puts every site in its own country, or within 5 km of its simplified coast (about a pixel at zoom 5)', () => {
    const { sites } = validateDataset(realFiles());
    for (const site of sites) {
      const p = point([site.lon, site.lat]);
      const country = land.features.find((f) => f.properties.name === site.country);
      expect(country, site.id).toBeDefined();
      const inside = booleanPointInPolygon(p, country!);
      const km = Math.min(...country!.geometry.coordinates.map((poly) => pointToLineDistance(p, lineString(poly[0]!), { units: 'kilometers' })));
      expect(inside || km < 5, `${site.id}: ${km.toFixed(1)} km off ${site.country}`).toBe(true);
      // And in no other country.
      const other = land.features.find((f) => f !== country && booleanPointInPolygon(p, f));
      expect(other?.properties.name, site.id).toBeUndefined();
    }
  });

  it('has open sea where there is sea (no clipping slabs)', () => {
    // Norwegian Sea, Barents Sea, central Mediterranean, Black Sea.
    for (const p of [[3, 68], [40, 71], [18, 35], [34, 43]]) {
      expect(land.features.some((f) => booleanPointInPolygon(point(p), f)), `${p}`).toBe(false);
    }
  });
});

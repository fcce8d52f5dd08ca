import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bbox, booleanPointInPolygon, point } from '@turf/turf';
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

  it('puts every site on land in its own country', () => {
    const { sites } = validateDataset(realFiles());
    for (const site of sites) {
      const country = land.features.find((f) => booleanPointInPolygon(point([site.lon, site.lat]), f));
      expect(country?.properties.name, site.id).toBe(site.country);
    }
  });

  it('has open sea where there is sea (no clipping slabs)', () => {
    // Norwegian Sea, Barents Sea, central Mediterranean, Black Sea.
    for (const p of [[3, 68], [40, 71], [18, 35], [34, 43]]) {
      expect(land.features.some((f) => booleanPointInPolygon(point(p), f)), `${p}`).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { FIT, fitOptions, sitesBounds } from '../../../src/map/camera';

describe('sitesBounds', () => {
  it('is the box around the sites (west, south, east, north), or null for none', () => {
    expect(sitesBounds([{ lon: 24.4, lat: 44.1 }, { lon: -6.3, lat: 36.6 }, { lon: 17.1, lat: 54.5 }])).toEqual([-6.3, 36.6, 24.4, 54.5]);
    expect(sitesBounds([{ lon: 1, lat: 2 }])).toEqual([1, 2, 1, 2]);
    expect(sitesBounds([])).toBeNull();
  });
});

describe('fitOptions', () => {
  it('keeps the full margins on a wide map and shrinks them in proportion on a narrow one', () => {
    expect(fitOptions(1200)).toEqual(FIT);
    expect(fitOptions(560)).toEqual(FIT);
    const narrow = fitOptions(280);
    expect(narrow.padding).toEqual({ top: 24, bottom: 28, left: 48, right: 75 });
    expect(narrow.maxZoom).toBe(FIT.maxZoom);
    expect(fitOptions(0)).toEqual(FIT); // a map not laid out yet
  });

  it('fits a shared box edge to edge, at any width', () => {
    expect(fitOptions(320, true).padding).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
    expect(fitOptions(1200, true).maxZoom).toBeGreaterThan(FIT.maxZoom);
  });
});

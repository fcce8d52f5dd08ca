import { describe, expect, it } from 'vitest';
import { sitesBounds } from '../../../src/map/camera';

describe('sitesBounds', () => {
  it('is the box around the sites (west, south, east, north), or null for none', () => {
    expect(sitesBounds([{ lon: 24.4, lat: 44.1 }, { lon: -6.3, lat: 36.6 }, { lon: 17.1, lat: 54.5 }])).toEqual([-6.3, 36.6, 24.4, 54.5]);
    expect(sitesBounds([{ lon: 1, lat: 2 }])).toEqual([1, 2, 1, 2]);
    expect(sitesBounds([])).toBeNull();
  });
});

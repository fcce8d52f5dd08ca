import { describe, expect, it } from 'vitest';
import { NO_INSETS, cameraBounds, cameraShowing, clampBounds, constrainCamera, fitCamera, mercator, screenPoint, unmercator } from '../../../src/map/viewport';
import type { Bounds } from '../../../src/map/camera';

const box: Bounds = [-6.3316, 36.6208, 37.7936, 54.4789];
const size = { width: 960, height: 700 };
const pad = { top: 48, bottom: 40, left: 40, right: 150 };

describe('Web Mercator camera', () => {
  it('projects and unprojects', () => {
    expect(mercator(0, 0)).toEqual({ x: 0.5, y: 0.5 });
    const back = unmercator(mercator(24.4164, 44.0773).x, mercator(24.4164, 44.0773).y);
    expect(back.lon).toBeCloseTo(24.4164, 9);
    expect(back.lat).toBeCloseTo(44.0773, 9);
  });

  it('fits the box inside the padded viewport, touching it on one side', () => {
    const camera = fitCamera(box, size, pad, 22);
    const nw = screenPoint(box[0], box[3], camera, size);
    const se = screenPoint(box[2], box[1], camera, size);
    expect(nw.x).toBeGreaterThanOrEqual(pad.left - 1e-6);
    expect(nw.y).toBeGreaterThanOrEqual(pad.top - 1e-6);
    expect(se.x).toBeLessThanOrEqual(size.width - pad.right + 1e-6);
    expect(se.y).toBeLessThanOrEqual(size.height - pad.bottom + 1e-6);
    const touchesX = Math.abs(nw.x - pad.left) < 1e-6 && Math.abs(se.x - (size.width - pad.right)) < 1e-6;
    const touchesY = Math.abs(nw.y - pad.top) < 1e-6 && Math.abs(se.y - (size.height - pad.bottom)) < 1e-6;
    expect(touchesX || touchesY).toBe(true);
  });

  it('stops at maxZoom, centred in the padded area', () => {
    const camera = fitCamera([24, 44, 24.1, 44.1], size, pad, 6);
    expect(camera.zoom).toBe(6);
    const c = screenPoint(24.05, 44.05, camera, size);
    expect(c.x).toBeCloseTo((pad.left + size.width - pad.right) / 2, 3);
    expect(c.y).toBeCloseTo((pad.top + size.height - pad.bottom) / 2, 1);
  });

  it('keeps the viewport inside the map bounds, and zooms in where the bounds are smaller than it', () => {
    const bounds: Bounds = [-25, 20, 65, 72];
    const far = constrainCamera({ zoom: 4, lat: 70, lon: -24 }, size, bounds);
    const nw = screenPoint(-25, 72, far, size);
    expect(nw.x).toBeCloseTo(0, 6);
    expect(nw.y).toBeCloseTo(0, 6);
    const out = constrainCamera({ zoom: 0, lat: 45, lon: 20 }, size, bounds);
    const a = screenPoint(-25, 72, out, size);
    const b = screenPoint(65, 20, out, size);
    expect(Math.min(b.x - a.x - size.width, b.y - a.y - size.height)).toBeCloseTo(0, 6);
    expect(a.x).toBeLessThanOrEqual(1e-6);
    expect(a.y).toBeLessThanOrEqual(1e-6);
  });
});

describe('cameraShowing', () => {
  const bounds: Bounds = [-25, 20, 65, 72];
  const phone = { width: 360, height: 632 };
  const sheet = { top: 0, right: 0, bottom: 296, left: 0 };

  it('puts the place in the middle of the uncovered part, at the same zoom where it can', () => {
    const camera = cameraShowing(17.1, 54.5, { zoom: 4, lat: 50, lon: 15 }, phone, sheet, bounds, 6);
    expect(camera.zoom).toBe(4);
    const at = screenPoint(17.1, 54.5, camera, phone);
    expect(at.x).toBeCloseTo(180, 3);
    expect(at.y).toBeCloseTo((632 - 296) / 2, 3);
  });

  it('zooms in where the map bounds would not let the place sit there (a southern site under a sheet)', () => {
    const start = constrainCamera({ zoom: 1.75, lat: 50, lon: 20 }, phone, bounds);
    const camera = cameraShowing(24.4164, 44.0773, start, phone, sheet, bounds, 6);
    expect(camera.zoom).toBeGreaterThan(start.zoom);
    const at = screenPoint(24.4164, 44.0773, camera, phone);
    expect(Math.abs(at.y - (632 - 296) / 2)).toBeLessThanOrEqual(1);
    // Still inside the bounds: the viewport's bottom edge is north of them.
    expect(screenPoint(0, 20, camera, phone).y).toBeGreaterThanOrEqual(632 - 1e-6);
  });
});

describe('cameraBounds', () => {
  it('is the box that fitCamera fits back to the same camera', () => {
    const size = { width: 800, height: 500 };
    const camera = { zoom: 4.2, lat: 47, lon: 14 };
    const box = cameraBounds(camera, size);
    const back = fitCamera(box, size, NO_INSETS, 22);
    expect(back.zoom).toBeCloseTo(camera.zoom, 6);
    expect(back.lat).toBeCloseTo(camera.lat, 6);
    expect(back.lon).toBeCloseTo(camera.lon, 6);
  });

  it('is kept inside what a map can show', () => {
    expect(clampBounds([-200, -89, 190, 89])).toEqual([-180, -85.051129, 180, 85.051129]);
  });
});

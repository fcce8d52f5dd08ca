import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { countryLabels } from '../../../src/export/country-labels';

const point = (name: string, x: number, y: number) => ({ type: 'Feature' as const, properties: { label: name }, geometry: { type: 'Point' as const, coordinates: [x, y] } });
const labels = (...f: ReturnType<typeof point>[]): FeatureCollection => ({ type: 'FeatureCollection', features: f });
// Coordinates are pixels here: the projection is the identity.
const project = (x: number, y: number) => ({ x, y });
const frame = { width: 400, height: 300 };
const measure = (t: string, px: number) => t.length * px * 0.6;
const names = (l: ReturnType<typeof countryLabels>) => l.marks.map((m) => m.lines.map((x) => x.text).join(' '));

describe('country names on a still image', () => {
  it('are uppercase, sized by zoom as the live map sizes them', () => {
    const l = countryLabels(labels(point('Poland', 200, 150)), (p) => String(p.label), project, frame, 3, measure, []);
    expect(names(l)).toEqual(['POLAND']);
    expect(l.size).toBe(11);
    expect(countryLabels(labels(), (p) => String(p.label), project, frame, 7, measure, []).size).toBe(16);
  });
  it('leave out a name that would be cut by any edge of the frame', () => {
    const near = labels(point('Top', 200, 3), point('Bottom', 200, 297), point('Left', 5, 150), point('Right', 395, 150), point('Middle', 200, 150));
    expect(names(countryLabels(near, (p) => String(p.label), project, frame, 3, measure, []))).toEqual(['MIDDLE']);
  });
  it('give way to sites, places and earlier names', () => {
    const site = { x: 190, y: 140, w: 30, h: 20 };
    expect(names(countryLabels(labels(point('Poland', 200, 150)), (p) => String(p.label), project, frame, 3, measure, [site]))).toEqual([]);
    const two = labels(point('Poland', 200, 150), point('Polska', 205, 152));
    expect(names(countryLabels(two, (p) => String(p.label), project, frame, 3, measure, []))).toEqual(['POLAND']);
  });
});

import { describe, expect, it } from 'vitest';
import { placeMarks } from '../../../src/export/draw-furniture';

// One place alone in a wide frame: Bucharest, with every other place projected off the frame.
const names = { lang: 'en' as const, countries: new Map<string, string>() };
const size = { width: 400, height: 200 };
const at = (x: number) => (lon: number, lat: number) => (lon === 26.1 && lat === 44.43 ? { x, y: 100 } : { x: -100, y: -100 });
const width = (s: string) => s.length * 7;

describe('reference places on a still image', () => {
  it('names a place right of its dot where there is room', () => {
    const [m] = placeMarks(names, at(100), size, width);
    expect(m!.name).toBe('Bucharest');
    expect(m!.label.x).toBeGreaterThan(100);
  });
  it('names it left of its dot where the right would leave the frame or cover a site', () => {
    expect(placeMarks(names, at(390), size, width)[0]!.label.x + width('Bucharest')).toBeLessThan(390);
    const siteLabel = { x: 104, y: 90, w: 80, h: 20 };
    const [m] = placeMarks(names, at(100), size, width, [siteLabel]);
    expect(m!.label.x + width('Bucharest')).toBeLessThan(100);
  });
  it('leaves a place out, dot and all, where its name fits on neither side', () => {
    const both = [{ x: 104, y: 90, w: 80, h: 20 }, { x: 0, y: 90, w: 96, h: 20 }];
    expect(placeMarks(names, at(100), size, width, both)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { EXPORT_HEIGHT, EXPORT_SCALES, EXPORT_WIDTH, exportLayout } from '../../../src/export/layout';
import type { ExportContent } from '../../../src/export/layout';
import { dimmedColour } from '../../../src/theme/dimmed';

/** A stand-in for the page's font metrics. */
const measure = (s: string, size: number, weight: number) => s.length * size * (weight === 700 ? 0.6 : 0.55);
const content: ExportContent = {
  title: 'The European missile-defence plan, site by site',
  caption: 'Redzikowo, Poland: Phase 3 (SM-3 Block IIA)',
  legend: [
    { kind: 'interceptor', label: 'SM-3 interceptor site' },
    { kind: 'radar', label: 'Early-warning radar' },
    { kind: 'interceptor', label: 'Pale symbol: a site not in focus here', dimmed: true },
  ],
  note: 'Illustrative map: nothing here models sensor or interceptor coverage.',
  credits: 'Sources: SpaceNews (January 2012); OurAirports. Basemap: Natural Earth.',
};

describe('the layout of an exported image', () => {
  it('has a fixed width and a 16:10 shape, at 1200, 2400 and 3000 pixels wide', () => {
    const l = exportLayout(content, measure);
    expect([l.width, l.height]).toEqual([EXPORT_WIDTH, EXPORT_HEIGHT]);
    expect(l.width / l.height).toBe(1.6);
    expect(Object.values(EXPORT_SCALES).map((k) => Math.round(EXPORT_WIDTH * k))).toEqual([1200, 2400, 3000]);
  });

  it('puts the header above the map frame and the legend, note and credits below it, inside the image', () => {
    const l = exportLayout(content, measure);
    const { map } = l;
    for (const t of l.text.filter((x) => x.group === 'header')) expect(t.y).toBeLessThan(map.y);
    for (const t of l.text.filter((x) => x.group !== 'header')) {
      expect(t.y).toBeGreaterThan(map.y + map.height);
      expect(t.y).toBeLessThanOrEqual(l.height);
    }
    for (const e of l.legend) expect(e.y).toBeGreaterThan(map.y + map.height);
    expect(l.legend.map((e) => e.dimmed ?? false)).toEqual([false, false, true]);
    expect(map.height).toBeGreaterThan(l.height * 0.6);
  });

  it('gives longer text more lines and the map less room, the image keeping its size', () => {
    const long = exportLayout({ ...content, credits: `${content.credits} `.repeat(12) }, measure);
    const short = exportLayout(content, measure);
    expect([long.width, long.height]).toEqual([short.width, short.height]);
    expect(long.text.filter((t) => t.group === 'credits').length).toBeGreaterThan(3);
    expect(long.map.height).toBeLessThan(short.map.height);
    expect(long.map.height).toBeGreaterThanOrEqual(Math.round(EXPORT_HEIGHT * 0.55));
  });
});

describe('the dimmed colour', () => {
  it('is the kind colour half mixed with white, opaque', () => {
    expect(dimmedColour('#c62828')).toBe('#e39494');
    expect(dimmedColour('#000000')).toBe('#808080');
    expect(dimmedColour('#ffffff')).toBe('#ffffff');
  });
});

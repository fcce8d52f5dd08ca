/**
 * The vector twin of the exported PNG: the same view request and the same layout (layout.ts:
 * title, caption, the map frame, legend, illustrative-only note, credits) written as an SVG document for
 * print designers. The basemap is the bundled GeoJSON projected with the view's camera (Web
 * Mercator, as the live map) and clipped to the map's frame; every label is text, in groups named
 * for what they hold. Pure: text widths come from the caller, so this runs in tests too.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { SiteKind } from '../data/schema';
import type { Camera } from '../state/url-state';
import { screenPoint } from '../map/viewport';
import type { Size } from '../map/viewport';
import type { OverlayLabel } from '../map/overlay-layers';
import { PALETTE } from '../theme/palette';
import { svgFill } from '../theme/svg-paint';
import { SYMBOL_BOX, SYMBOL_PATHS } from '../theme/symbols';
import type { ExportRequest } from './export-png';
import { LEGEND_LABEL_GAP, exportLayout } from './layout';
import type { ExportLayout, MeasureText } from './layout';
import { frameCamera } from './frame-camera';
import { dimmedColour } from '../theme/dimmed';
import type { MapBox } from './draw-furniture';
import { n, xml } from './svg-text';
import { byZoom, countryLabels } from './country-labels';
import { SITE_NOTE, siteLabelBox } from './site-label';

export { wrapText } from './layout';
export type { MeasureText } from './layout';

const C = PALETTE.light;

export interface Basemap {
  land: FeatureCollection;
  borders: FeatureCollection;
  labels: FeatureCollection;
}

/** The illustrative layers' geometry and labels, as the live map draws them. */
export interface OverlayShapes {
  rings: FeatureCollection;
  lines: FeatureCollection;
  measure: FeatureCollection;
  labels: OverlayLabel[];
}

export const FONT_FAMILY = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** The camera of the image's map frame (see frame-camera.ts). */
export function viewCamera(req: ExportRequest, layout: ExportLayout): Camera {
  return frameCamera(req.view.camera, req.screen, layout.map, req.allSites);
}

type Project = (p: Position) => { x: number; y: number };

/** Path data for lines or rings, in screen pixels; `close` ends each with Z. */
function pathData(lines: Position[][], project: Project, close: boolean): string {
  let d = '';
  for (const line of lines) {
    let last: { x: number; y: number } | null = null;
    let part = '';
    for (const [i, p] of line.entries()) {
      const at = project(p);
      // Points closer than a third of a pixel to the last one add nothing on paper.
      if (last && i < line.length - 1 && Math.abs(at.x - last.x) < 0.3 && Math.abs(at.y - last.y) < 0.3) continue;
      part += `${part ? 'L' : 'M'}${n(at.x)} ${n(at.y)}`;
      last = at;
    }
    d += part + (close && part ? 'Z' : '');
  }
  return d;
}

/** The rings or lines of a geometry, and whether they are areas. */
function parts(g: Geometry | null): { lines: Position[][]; area: boolean } {
  if (!g) return { lines: [], area: false };
  switch (g.type) {
    case 'Polygon':
      return { lines: g.coordinates, area: true };
    case 'MultiPolygon':
      return { lines: g.coordinates.flat(), area: true };
    case 'LineString':
      return { lines: [g.coordinates], area: false };
    case 'MultiLineString':
      return { lines: g.coordinates, area: false };
    default:
      return { lines: [], area: false };
  }
}

/** Whether any point of the lines lands within the frame (with a margin), so off-frame shapes are left out. */
function touchesFrame(lines: Position[][], project: Project, size: Size, margin = 40): boolean {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const line of lines)
    for (const p of line) {
      const { x, y } = project(p);
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  return maxX >= -margin && minX <= size.width + margin && maxY >= -margin && minY <= size.height + margin;
}



/** A site symbol as a path, centred on (x, y), `size` pixels across, in its kind's colour. */
function symbol(kind: SiteKind, x: number, y: number, size: number, outline: boolean, dimmed = false): string {
  const k = size / SYMBOL_BOX;
  const stroke = outline ? ` stroke="${C['symbol-edge']}" stroke-width="2"` : '';
  const fill = dimmed ? dimmedColour(C[kind]) : C[kind];
  return `<path d="${SYMBOL_PATHS[kind]}" transform="translate(${n(x - size / 2)} ${n(y - size / 2)}) scale(${Math.round(k * 10000) / 10000})" fill="${fill}"${stroke}/>`;
}

export interface SvgOptions {
  /** The country label's text (the reader's language where known); the feature's English name by default. */
  countryName?: (properties: Record<string, unknown>) => string;
  /** The illustrative layers on screen, if any. */
  overlays?: OverlayShapes | null;
  /** Drawn over the map, given its camera and size: the scale and locator inset. */
  furniture?: (camera: Camera, size: Size) => string;
  /**
   * Drawn under the sites: the reference places, given the map's projection, size and the boxes
   * the sites take; returns the SVG and the boxes its names take (country names keep clear).
   */
  places?: (project: (lon: number, lat: number) => { x: number; y: number }, size: Size, taken: readonly MapBox[]) => { svg: string; boxes: MapBox[] };
}

/** The SVG document of a view, with its pixel size (the layout's: fixed width and shape). */
export function svgView(req: ExportRequest, basemap: Basemap, measure: MeasureText, options: SvgOptions = {}): { svg: string; width: number; height: number } {
  const layout = exportLayout(req, measure);
  const { width: W, height: H } = layout;
  const MW = layout.map.width;
  const MH = layout.map.height;
  const size = { width: MW, height: MH };
  const camera = viewCamera(req, layout);
  const project: Project = (p) => screenPoint(p[0]!, p[1]!, camera, size);

  // The basemap: land, coast, borders.
  const land: string[] = [];
  for (const f of basemap.land.features) {
    const { lines } = parts(f.geometry);
    if (lines.length && touchesFrame(lines, project, size)) land.push(pathData(lines, project, true));
  }
  const borderWidth = byZoom(camera.zoom, 3, 0.6, 7, 1.4);
  const borders = basemap.borders.features.map((f) => parts(f.geometry).lines).filter((l) => l.length && touchesFrame(l, project, size)).map((l) => pathData(l, project, false));

  // Site symbols and names, and the boxes they take (country names keep clear of them).
  const taken: MapBox[] = [];
  const sites: string[] = [];
  for (const { site, emphasis, note } of req.view.sites) {
    if (emphasis === 'hidden') continue;
    const { x, y } = project([site.lon, site.lat]);
    const w = measure(site.name, 14, 700);
    const noteWidth = note ? measure(note, SITE_NOTE.size, 400) : null;
    taken.push(siteLabelBox(x, y, w, noteWidth));
    const noteSvg =
      note && noteWidth !== null
        ? `<rect x="${n(x + 14)}" y="${n(y + 10)}" width="${n(noteWidth + 8)}" height="${SITE_NOTE.height}" ${svgFill('marker-label-bg')}/>` +
          `<text x="${n(x + 18)}" y="${n(y + 10 + SITE_NOTE.height / 2 + SITE_NOTE.size * 0.35)}" font-size="${SITE_NOTE.size}" fill="${C.ink}" data-state-note="">${xml(note)}</text>`
        : '';
    // A dimmed site is paler but opaque, as in the PNG: the coast under it does not show through.
    const dimmed = emphasis === 'earlier';
    sites.push(
      `<g data-site="${xml(site.id)}"${dimmed ? ' data-dimmed="true"' : ''}>${symbol(site.kind, x, y, 24, true, dimmed)}` +
        `<rect x="${n(x + 14)}" y="${n(y - 10)}" width="${n(w + 8)}" height="20" ${svgFill('marker-label-bg')}/>` +
        `<text x="${n(x + 18)}" y="${n(y + 5)}" font-size="14" font-weight="${dimmed ? 400 : 700}" fill="${dimmed ? C.muted : C.ink}">${xml(site.name)}</text>${noteSvg}</g>`,
    );
  }

  // The reference places, under the sites, their names clear of the sites'.
  const places = options.places?.((lon, lat) => project([lon, lat]), size, taken);
  if (places) taken.push(...places.boxes);

  // Country names, clear of the frame's edges, the sites and the places' names (country-labels.ts).
  const countryName = options.countryName ?? ((p) => String(p.label ?? p.name ?? ''));
  const labels = countryLabels(basemap.labels, countryName, (lon, lat) => project([lon, lat]), size, camera.zoom, (t, px) => measure(t, px, 400), taken);
  const { size: labelSize, spacing } = labels;
  const countries = labels.marks.map((m) => `<text>${m.lines.map((l) => `<tspan x="${n(m.x)}" y="${n(l.y + labelSize * 0.35)}">${xml(l.text)}</tspan>`).join('')}</text>`);

  // The illustrative layers, if on: rings, radar lines, a measurement, and their labels.
  const overlay: string[] = [];
  const o = options.overlays;
  if (o) {
    for (const f of o.rings.features) {
      const { lines } = parts(f.geometry);
      if (!lines.length || !touchesFrame(lines, project, size)) continue;
      const colour = f.properties?.group === 'threat' ? C.threat : C.defence;
      overlay.push(`<path d="${pathData(lines, project, true)}" fill="${colour}" fill-opacity="0.07" stroke="${colour}" stroke-width="2" stroke-dasharray="8 6"/>`);
    }
    for (const f of o.lines.features) overlay.push(`<path d="${pathData(parts(f.geometry).lines, project, false)}" fill="none" stroke="${C.lines}" stroke-width="2.5"/>`);
    for (const f of o.measure.features) overlay.push(`<path d="${pathData(parts(f.geometry).lines, project, false)}" fill="none" stroke="${C.measure}" stroke-width="3" stroke-dasharray="6 4.5"/>`);
    for (const l of o.labels) {
      const { x, y } = project(l.at);
      const w = measure(l.text, 12, 700);
      overlay.push(
        `<g><rect x="${n(x - w / 2 - 4)}" y="${n(y - 9)}" width="${n(w + 8)}" height="18" ${svgFill('marker-label-bg')}/>` +
          `<text x="${n(x)}" y="${n(y + 4)}" font-size="12" font-weight="700" text-anchor="middle" fill="${C.ink}">${xml(l.text)}</text></g>`,
      );
    }
  }

  // Header and footer, where the layout puts them.
  const textIn = (group: string) =>
    layout.text
      .filter((l) => l.group === group)
      .map((l) => `<text x="${n(l.x)}" y="${n(l.y)}" font-size="${l.size}"${l.weight === 700 ? ' font-weight="700"' : ''} fill="${C[l.colour]}">${xml(l.text)}</text>`);
  const legend = layout.legend.map(
    (item) =>
      `<g${item.dimmed ? ' data-dimmed="true"' : ''}>${symbol(item.kind, item.x, item.y, layout.legendSymbol, false, item.dimmed)}` +
      `<text x="${n(item.x + LEGEND_LABEL_GAP)}" y="${n(item.y + layout.legendSize * 0.35)}" font-size="${layout.legendSize}" fill="${C.ink}">${xml(item.label)}</text></g>`,
  );

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${xml(FONT_FAMILY)}">`,
    `<title>${xml(req.title)}</title>`,
    `<desc>${xml(`${req.caption}. ${req.note} ${req.credits}`)}</desc>`,
    `<defs><clipPath id="map-frame"><rect width="${MW}" height="${MH}"/></clipPath></defs>`,
    `<rect id="paper" width="${W}" height="${H}" fill="${C.paper}"/>`,
    `<g id="header">${textIn('header').join('')}</g>`,
    `<g id="map" transform="translate(${n(layout.map.x)} ${n(layout.map.y)})" clip-path="url(#map-frame)">`,
    `<rect id="sea" width="${MW}" height="${MH}" fill="${C.sea}"/>`,
    `<g id="land" fill="${C.land}" stroke="${C.coast}" stroke-width="0.8" stroke-linejoin="round">${land.map((d) => `<path d="${d}"/>`).join('')}</g>`,
    `<g id="borders" fill="none" stroke="${C.border}" stroke-width="${n(borderWidth)}" stroke-dasharray="${n(3 * borderWidth)} ${n(2 * borderWidth)}">${borders.map((d) => `<path d="${d}"/>`).join('')}</g>`,
    `<g id="country-labels" font-size="${n(labelSize)}" letter-spacing="${n(spacing)}" text-anchor="middle" fill="${C.label}" fill-opacity="0.75" stroke="${C['label-halo']}" stroke-width="2.4" stroke-linejoin="round" paint-order="stroke">${countries.join('')}</g>`,
    `<g id="illustrative-layers">${overlay.join('')}</g>`,
    places?.svg ?? '',
    `<g id="sites">${sites.join('')}</g>`,
    `<g id="map-furniture">${options.furniture?.(camera, size) ?? ''}</g>`,
    '</g>',
    `<g id="legend">${legend.join('')}</g>`,
    `<g id="illustrative-note">${textIn('illustrative-note').join('')}</g>`,
    `<g id="credits">${textIn('credits').join('')}</g>`,
    '</svg>',
  ].join('\n');
  return { svg: `${svg}\n`, width: W, height: H };
}

/**
 * The map's furniture on exported images, as the live map shows it (map/MapFurniture.tsx): the
 * scale, kilometres with miles beside them in the view's language, and the locator inset when
 * the view is zoomed past the region, and the reference places (grey points with their names in
 * the reader's language, never drawn like sites). One geometry (map/scale.ts, map/locator.ts,
 * map/reference-places.ts) drawn twice: on a canvas for the PNG and the handout, and as SVG
 * groups for the vector export.
 */
import type { FeatureCollection } from 'geojson';
import type { Camera } from '../state/url-state';
import type { Size } from '../map/viewport';
import { cameraBounds } from '../map/viewport';
import type { PlaceNames } from '../i18n';
import { LOCATOR_COLOURS, locatorBox, locatorLandPath, locatorSize, showsLocator } from '../map/locator';
import { PLACE_STYLE, placesData, referencePlaces } from '../map/reference-places';
import { scaleBars } from '../map/scale';
import type { ScaleBar } from '../map/scale';
import { PALETTE } from '../theme/palette';
import { svgFill } from '../theme/svg-paint';
import { n, xml } from './svg-text';

export interface FurnitureView {
  camera: Camera;
  /** The map's size, in CSS pixels. */
  size: Size;
  /** The reader's language, for the numbers. */
  lang: string;
  /** The basemap's land, for the inset. */
  land: FeatureCollection;
}

const MARGIN = 10;
const SCALE_MAX_PX = 110;
const INSET_WIDTH = 150;
const FONT_PX = 12;
const INK = PALETTE.light.ink;
const C = LOCATOR_COLOURS.light;

interface Layout {
  bars: [ScaleBar, ScaleBar];
  /** The scale's box, bottom left. */
  box: { x: number; y: number; w: number; h: number };
  /** The inset, top left, when the view is zoomed past the region. */
  inset: { x: number; y: number; width: number; height: number; land: string; view: { x: number; y: number; w: number; h: number } } | null;
}

function layout(view: FurnitureView, textWidth: (s: string) => number): Layout {
  const bars = scaleBars(view.camera.lat, view.camera.zoom, SCALE_MAX_PX, view.lang);
  const w = Math.max(bars[0].px, bars[1].px, ...bars.map((b) => textWidth(b.label))) + 12;
  const h = 2 * FONT_PX + 26;
  const box = { x: MARGIN, y: view.size.height - MARGIN - h, w, h };
  const bounds = cameraBounds(view.camera, view.size);
  let inset: Layout['inset'] = null;
  if (showsLocator(bounds)) {
    const { height } = locatorSize(INSET_WIDTH);
    inset = { x: MARGIN, y: MARGIN, width: INSET_WIDTH, height, land: locatorLandPath(view.land, INSET_WIDTH), view: locatorBox(bounds, INSET_WIDTH) };
  }
  return { bars, box, inset };
}

/** Draws the furniture on a canvas whose units are the map's CSS pixels. */
export function drawFurniture(ctx: CanvasRenderingContext2D, view: FurnitureView, font: (px: number) => string): void {
  ctx.save();
  ctx.font = font(FONT_PX);
  const { bars, box, inset } = layout(view, (s) => ctx.measureText(s).width);
  ctx.fillStyle = PALETTE.light['marker-label-bg'];
  ctx.fillRect(box.x, box.y, box.w, box.h);
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
  ctx.lineWidth = 2;
  const x = box.x + 6;
  const mid = box.y + box.h / 2;
  // Kilometres above the line, ticks up; miles below it, ticks down.
  ctx.beginPath();
  ctx.moveTo(x, mid - 6);
  ctx.lineTo(x, mid);
  ctx.lineTo(x + bars[0].px, mid);
  ctx.lineTo(x + bars[0].px, mid - 6);
  ctx.moveTo(x, mid + 6);
  ctx.lineTo(x, mid);
  ctx.moveTo(x + bars[1].px, mid);
  ctx.lineTo(x + bars[1].px, mid + 6);
  ctx.moveTo(x, mid);
  ctx.lineTo(x + Math.max(bars[0].px, bars[1].px), mid);
  ctx.stroke();
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(bars[0].label, x, mid - 9);
  ctx.textBaseline = 'top';
  ctx.fillText(bars[1].label, x, mid + 9);
  if (inset) {
    ctx.translate(inset.x, inset.y);
    ctx.beginPath();
    ctx.rect(0, 0, inset.width, inset.height);
    ctx.clip();
    ctx.fillStyle = C.sea;
    ctx.fillRect(0, 0, inset.width, inset.height);
    const land = new Path2D(inset.land);
    ctx.fillStyle = C.land;
    ctx.fill(land);
    ctx.strokeStyle = C.edge;
    ctx.lineWidth = 0.5;
    ctx.stroke(land);
    const v = inset.view;
    ctx.strokeStyle = C.casing;
    ctx.lineWidth = 4;
    ctx.strokeRect(v.x, v.y, v.w, v.h);
    ctx.strokeStyle = C.view;
    ctx.lineWidth = 2;
    ctx.strokeRect(v.x, v.y, v.w, v.h);
    ctx.strokeStyle = PALETTE.light.line;
    ctx.lineWidth = 1;
    ctx.strokeRect(0.5, 0.5, inset.width - 1, inset.height - 1);
  }
  ctx.restore();
}


/** The furniture as SVG groups (`scale`, and `locator` when shown), in the map's pixels. */
export function furnitureSvg(view: FurnitureView, textWidth: (s: string) => number): string {
  const { bars, box, inset } = layout(view, textWidth);
  const x = box.x + 6;
  const mid = box.y + box.h / 2;
  const km = bars[0].px, mi = bars[1].px;
  const scale =
    `<g id="scale" data-km="${bars[0].value}" data-mi="${bars[1].value}">` +
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" ${svgFill('marker-label-bg')}/>` +
    `<path d="M${n(x)} ${n(mid - 6)}V${n(mid)}H${n(x + km)}V${n(mid - 6)}M${n(x)} ${n(mid + 6)}V${n(mid)}H${n(x + Math.max(km, mi))}M${n(x + mi)} ${n(mid)}V${n(mid + 6)}" fill="none" stroke="${INK}" stroke-width="2"/>` +
    `<text x="${n(x)}" y="${n(mid - 9)}" font-size="${FONT_PX}" fill="${INK}">${xml(bars[0].label)}</text>` +
    `<text x="${n(x)}" y="${n(mid + 9 + FONT_PX * 0.8)}" font-size="${FONT_PX}" fill="${INK}">${xml(bars[1].label)}</text></g>`;
  if (!inset) return scale;
  const v = inset.view;
  const locator =
    `<g id="locator" transform="translate(${inset.x} ${inset.y})">` +
    `<clipPath id="locator-frame"><rect width="${inset.width}" height="${inset.height}"/></clipPath>` +
    `<g clip-path="url(#locator-frame)"><rect width="${inset.width}" height="${inset.height}" fill="${C.sea}"/>` +
    `<path d="${inset.land}" fill="${C.land}" stroke="${C.edge}" stroke-width="0.5"/>` +
    `<rect x="${n(v.x)}" y="${n(v.y)}" width="${n(v.w)}" height="${n(v.h)}" fill="none" stroke="${C.casing}" stroke-width="4"/>` +
    `<rect id="locator-view" x="${n(v.x)}" y="${n(v.y)}" width="${n(v.w)}" height="${n(v.h)}" fill="none" stroke="${C.view}" stroke-width="2"/></g>` +
    `<rect x="0.5" y="0.5" width="${inset.width - 1}" height="${inset.height - 1}" fill="none" stroke="${PALETTE.light.line}"/></g>`;
  return scale + locator;
}

/** A box on the map, in its CSS pixels. */
export interface MapBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A reference place as drawn on an image: its dot and, where it has room, its name. */
export interface PlaceMark {
  id: string;
  name: string;
  x: number;
  y: number;
  r: number;
  /** Where the name starts (left end, vertical middle), and the box it takes. */
  label: { x: number; y: number; box: MapBox };
}

const PLACE_FONT_PX = 12;
const PLACE_HALO = 1.5;
/** Whether two boxes share any area (touching edges do not count). */
export const boxesOverlap = (a: MapBox, b: MapBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * The reference places inside a map of `size`, named for `names`. A name goes right of its dot,
 * or left where the right would leave the frame or cover a box in `avoid` (the sites and their
 * names) or another place's name. A place whose name fits on neither side is left out, dot and
 * all: an unnamed dot on a still image tells the reader nothing.
 */
export function placeMarks(names: PlaceNames, project: (lon: number, lat: number) => { x: number; y: number }, size: Size, textWidth: (s: string) => number, avoid: readonly MapBox[] = []): PlaceMark[] {
  const marks: PlaceMark[] = [];
  const taken = [...avoid];
  const fits = (box: MapBox) => box.x >= 0 && box.x + box.w <= size.width && box.y >= 0 && box.y + box.h <= size.height && !taken.some((t) => boxesOverlap(t, box));
  for (const f of placesData(referencePlaces(), names).features) {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const { x, y } = project(lon, lat);
    if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
    const r = f.properties.capital ? PLACE_STYLE.radius.capital : PLACE_STYLE.radius.city;
    const gap = r + PLACE_STYLE.offsetEm * PLACE_FONT_PX;
    const w = textWidth(f.properties.name);
    const at = (lx: number) => ({ x: lx, y, box: { x: lx - PLACE_HALO, y: y - PLACE_FONT_PX * 0.65, w: w + 2 * PLACE_HALO, h: PLACE_FONT_PX * 1.3 } });
    const label = [at(x + gap), at(x - gap - w)].find((l) => fits(l.box));
    if (!label) continue;
    taken.push(label.box);
    marks.push({ id: f.properties.id, name: f.properties.name, x, y, r, label });
  }
  return marks;
}

/** Draws the places (see placeMarks) on a canvas in the map's CSS pixels, in the light colours. */
export function drawPlaces(ctx: CanvasRenderingContext2D, marks: readonly PlaceMark[], font: (px: number) => string): void {
  const { ink, paper } = PLACE_STYLE.light;
  ctx.save();
  ctx.font = font(PLACE_FONT_PX);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'start';
  ctx.lineJoin = 'round';
  for (const m of marks) {
    ctx.beginPath();
    ctx.arc(m.x, m.y, m.r, 0, 2 * Math.PI);
    ctx.fillStyle = ink;
    ctx.fill();
    ctx.strokeStyle = paper;
    ctx.lineWidth = PLACE_STYLE.edge;
    ctx.stroke();
    ctx.lineWidth = 2 * PLACE_HALO;
    ctx.strokeText(m.name, m.label.x, m.label.y);
    ctx.fillText(m.name, m.label.x, m.label.y);
  }
  ctx.restore();
}

/** The places as an SVG group, `reference-places`, one `data-place` group each, in the light colours. */
export function placesSvg(marks: readonly PlaceMark[]): string {
  const { ink, paper } = PLACE_STYLE.light;
  const items = marks.map(
    (m) =>
      `<g data-place="${xml(m.id)}"><circle cx="${n(m.x)}" cy="${n(m.y)}" r="${m.r}" stroke="${paper}" stroke-width="${PLACE_STYLE.edge}"/>` +
      `<text x="${n(m.label.x)}" y="${n(m.label.y + PLACE_FONT_PX * 0.35)}" stroke="${paper}" stroke-width="${2 * PLACE_HALO}" stroke-linejoin="round" paint-order="stroke">${xml(m.name)}</text>` +
      '</g>',
  );
  return `<g id="reference-places" fill="${ink}" font-size="${PLACE_FONT_PX}">${items.join('')}</g>`;
}

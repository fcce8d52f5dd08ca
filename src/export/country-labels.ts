/**
 * Country names on a still image (the PNG and the SVG place them alike): uppercase, spaced, wrapped
 * at eight ems, sized by zoom as the live map sizes them. A name is left out where it would leave
 * the map's frame on any side (a name cut at the edge reads as another word) or cover a site, a
 * place's name or an earlier country's name, the way the live map's labels give way.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Size } from '../map/viewport';
import { boxesOverlap } from './draw-furniture';
import type { MapBox } from './draw-furniture';
import { wrapText } from './layout';
import { PALETTE } from '../theme/palette';

/** A linear interpolation of MapLibre's `interpolate linear zoom` between two stops, clamped. */
export const byZoom = (zoom: number, z0: number, v0: number, z1: number, v1: number) => v0 + (v1 - v0) * Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));

export interface CountryLabels {
  /** The text size and the letter spacing, in CSS pixels. */
  size: number;
  spacing: number;
  /** Each name's centre line and its lines' baselines-to-be (vertical middles). */
  marks: { x: number; lines: { text: string; y: number }[]; box: MapBox }[];
}

export function countryLabels(
  labels: FeatureCollection,
  name: (properties: Record<string, unknown>) => string,
  project: (lon: number, lat: number) => { x: number; y: number },
  frame: Size,
  zoom: number,
  measure: (text: string, size: number) => number,
  taken: MapBox[],
): CountryLabels {
  const size = byZoom(zoom, 3, 11, 7, 16);
  const spacing = 0.08 * size;
  const lineH = size * 1.2;
  const width = (s: string) => measure(s, size) + spacing * s.length;
  const marks: CountryLabels['marks'] = [];
  for (const f of labels.features as Feature[]) {
    if (f.geometry?.type !== 'Point') continue;
    const text = name((f.properties ?? {}) as Record<string, unknown>).toLocaleUpperCase();
    if (!text) continue;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const { x, y } = project(lon, lat);
    const lines = wrapText(text, 8 * size, width);
    const w = Math.max(...lines.map(width));
    const box = { x: x - w / 2, y: y - (lines.length * lineH) / 2, w, h: lines.length * lineH };
    const inside = box.x >= 0 && box.y >= 0 && box.x + box.w <= frame.width && box.y + box.h <= frame.height;
    if (!inside || taken.some((t) => boxesOverlap(t, box))) continue;
    taken.push(box);
    marks.push({ x, lines: lines.map((l, i) => ({ text: l, y: box.y + lineH * (i + 0.5) })), box });
  }
  return { size, spacing, marks };
}

/** Draws country names (see countryLabels) on a canvas in the map's CSS pixels, in the light colours. */
export function drawCountryLabels(ctx: CanvasRenderingContext2D, labels: CountryLabels, font: (px: number) => string): void {
  ctx.save();
  ctx.font = font(labels.size);
  ctx.letterSpacing = `${labels.spacing}px`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 2.4;
  ctx.strokeStyle = PALETTE.light['label-halo'];
  ctx.fillStyle = PALETTE.light.label;
  for (const m of labels.marks) {
    for (const l of m.lines) {
      // Letter spacing adds after each letter, the last too: half of it shifts the centre back.
      const x = m.x + labels.spacing / 2;
      ctx.globalAlpha = 1;
      ctx.strokeText(l.text, x, l.y);
      ctx.globalAlpha = 0.75;
      ctx.fillText(l.text, x, l.y);
    }
  }
  ctx.restore();
}

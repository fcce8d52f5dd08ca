/**
 * "Download PNG": the current view with its title, phase, legend, the illustrative-only
 * note, source credits and basemap attribution drawn onto the image. Works offline: the map is
 * drawn by an off-screen MapLibre map from the bundled basemap (see render-view.ts).
 */
import type { SiteKind } from '../data/schema';
import type { Site } from '../data/select';
import { createViewRenderer } from './render-view';
import { drawSiteSymbol } from '../theme/draw-symbol';
import type { ViewToRender } from './render-view';
import { PALETTE } from '../theme/palette';
import { loadFonts } from '../theme/fonts';
import type { PlaceNames } from '../i18n';

export type ExportSize = 'screen' | 'double' | 'print';
export const PRINT_WIDTH = 3000;

export interface ExportRequest {
  size: ExportSize;
  /** The map's size on screen, in CSS pixels. */
  mapWidth: number;
  mapHeight: number;
  allSites: Site[];
  view: ViewToRender;
  title: string;
  /** The view in words: "Phase 3 · Redzikowo selected". */
  description: string;
  legend: { kind: SiteKind; label: string }[];
  note: string;
  credits: string;
  /** How the basemap names countries: the reader's language. */
  places: PlaceNames;
}

/** How many image pixels per CSS pixel of the map. */
export function exportScale(size: ExportSize, mapWidth: number): number {
  if (size === 'double') return 2;
  if (size === 'print') return PRINT_WIDTH / mapWidth;
  return 1;
}

const FONT = "'Noto Sans', system-ui, sans-serif";
const INK = PALETTE.light.ink;
const MUTED = PALETTE.light.muted;

/** Splits text into lines no wider than `width` at the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws the image; resolves to the PNG and its pixel size. */
export async function exportPng(req: ExportRequest): Promise<{ blob: Blob; width: number; height: number }> {
  const scale = exportScale(req.size, req.mapWidth);
  // Canvas text is drawn in the faces loaded at that moment: first the files its characters need
  // (latin-ext, Cyrillic), in both weights.
  await loadFonts([req.title, req.description, req.note, req.credits, ...req.legend.map((l) => l.label)].join(' '));
  const renderer = createViewRenderer(req.mapWidth, req.mapHeight, scale, req.allSites, req.places);
  let map: HTMLCanvasElement;
  try {
    map = await renderer.render(req.view);
  } finally {
    renderer.destroy();
  }

  const W = map.width;
  const pad = 16 * scale;
  const measure = document.createElement('canvas').getContext('2d')!;
  const textWidth = W - 2 * pad;

  measure.font = `700 ${22 * scale}px ${FONT}`;
  const titleLines = wrap(measure, req.title, textWidth);
  measure.font = `400 ${15 * scale}px ${FONT}`;
  const descLines = wrap(measure, req.description, textWidth);
  measure.font = `400 ${13 * scale}px ${FONT}`;
  const noteLines = wrap(measure, req.note, textWidth);
  const creditLines = wrap(measure, req.credits, textWidth);

  // Legend items flow onto as many rows as the width needs.
  measure.font = `400 ${14 * scale}px ${FONT}`;
  const rows: { kind: SiteKind; label: string; x: number }[][] = [[]];
  let cursor = pad;
  for (const item of req.legend) {
    const w = 20 * scale + measure.measureText(item.label).width + 18 * scale;
    if (cursor + w > W - pad && rows.at(-1)!.length > 0) {
      rows.push([]);
      cursor = pad;
    }
    rows.at(-1)!.push({ ...item, x: cursor });
    cursor += w;
  }

  const titleH = titleLines.length * 28 * scale;
  const descH = descLines.length * 21 * scale;
  const headH = pad + titleH + descH + pad * 0.5;
  const rowH = 26 * scale;
  const legendH = rows.length * rowH;
  const footH = pad * 0.75 + legendH + (noteLines.length + creditLines.length) * 18 * scale + pad;
  const H = Math.round(headH + map.height + footH);

  const out = document.createElement('canvas');
  out.width = W;
  out.height = H;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = PALETTE.light.paper;
  ctx.fillRect(0, 0, W, H);
  ctx.textBaseline = 'top';

  let y = pad;
  ctx.fillStyle = INK;
  ctx.font = `700 ${22 * scale}px ${FONT}`;
  for (const l of titleLines) {
    ctx.fillText(l, pad, y);
    y += 28 * scale;
  }
  ctx.fillStyle = MUTED;
  ctx.font = `400 ${15 * scale}px ${FONT}`;
  for (const l of descLines) {
    ctx.fillText(l, pad, y);
    y += 21 * scale;
  }
  ctx.drawImage(map, 0, headH);

  y = headH + map.height + pad * 0.75;
  ctx.font = `400 ${14 * scale}px ${FONT}`;
  ctx.textBaseline = 'middle';
  for (const row of rows) {
    const mid = y + rowH / 2 - 4 * scale;
    for (const item of row) {
      drawSiteSymbol(ctx, item.kind, item.x + 8 * scale, mid, 14 * scale);
      ctx.fillStyle = INK;
      ctx.fillText(item.label, item.x + 20 * scale, mid);
    }
    y += rowH;
  }
  ctx.textBaseline = 'top';
  ctx.font = `400 ${13 * scale}px ${FONT}`;
  ctx.fillStyle = PALETTE.light['note-ink'];
  for (const l of noteLines) {
    ctx.fillText(l, pad, y);
    y += 18 * scale;
  }
  ctx.fillStyle = MUTED;
  for (const l of creditLines) {
    ctx.fillText(l, pad, y);
    y += 18 * scale;
  }

  const blob = await new Promise<Blob>((ok, fail) => out.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'));
  return { blob, width: W, height: H };
}


/**
 * "Download PNG": the current view with its title, caption, legend, the illustrative-only note,
 * source credits and basemap attribution drawn onto an image of fixed width and shape (see
 * layout.ts). Works offline: the map is drawn by an off-screen MapLibre map from the bundled
 * basemap (see render-view.ts).
 */
import type { Site } from '../data/select';
import { createViewRenderer } from './render-view';
import { drawSiteSymbol } from '../theme/draw-symbol';
import type { ViewToRender } from './render-view';
import { PALETTE } from '../theme/palette';
import { cssFont, loadFonts } from '../theme/fonts';
import type { PlaceNames } from '../i18n';
import { EXPORT_SCALES, LEGEND_LABEL_GAP, exportLayout } from './layout';
import type { ExportLayout, ExportSize, LegendEntry } from './layout';
import { frameCamera } from './frame-camera';
import { dimmedColour } from '../theme/dimmed';

export type { ExportSize } from './layout';

export interface ExportRequest {
  size: ExportSize;
  /** The map's size on screen, in CSS pixels: the image shows at least what it showed. */
  screen: { width: number; height: number };
  allSites: Site[];
  view: ViewToRender;
  title: string;
  /** The view in words, as a caption. */
  caption: string;
  legend: LegendEntry[];
  note: string;
  credits: string;
  /** How the basemap names countries: the reader's language. */
  places: PlaceNames;
}

/** The layout of a request's image, measured in the page's font. */
export function layoutFor(req: ExportRequest): ExportLayout {
  const measure = document.createElement('canvas').getContext('2d')!;
  return exportLayout(req, (text, size, weight) => {
    measure.font = cssFont(weight, size);
    return measure.measureText(text).width;
  });
}

/** Draws the image; resolves to the PNG and its pixel size. */
export async function exportPng(req: ExportRequest): Promise<{ blob: Blob; width: number; height: number }> {
  const scale = EXPORT_SCALES[req.size];
  // Canvas text is drawn in the faces loaded at that moment: first the files its characters need
  // (latin-ext, Cyrillic), in both weights.
  await loadFonts([req.title, req.caption, req.note, req.credits, ...req.legend.map((l) => l.label)].join(' '));
  const layout = layoutFor(req);
  const frame = layout.map;
  const camera = frameCamera(req.view.camera, req.screen, frame, req.allSites);
  const renderer = createViewRenderer(frame.width, frame.height, scale, req.allSites, req.places);
  let map: HTMLCanvasElement;
  try {
    map = await renderer.render({ ...req.view, camera });
  } finally {
    renderer.destroy();
  }

  const out = document.createElement('canvas');
  out.width = Math.round(layout.width * scale);
  out.height = Math.round(layout.height * scale);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = PALETTE.light.paper;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, Math.round(frame.x * scale), Math.round(frame.y * scale));
  ctx.scale(scale, scale);
  ctx.textBaseline = 'alphabetic';
  for (const line of layout.text) {
    ctx.font = cssFont(line.weight, line.size);
    ctx.fillStyle = PALETTE.light[line.colour];
    ctx.fillText(line.text, line.x, line.y);
  }
  ctx.font = cssFont(400, layout.legendSize);
  ctx.textBaseline = 'middle';
  for (const item of layout.legend) {
    drawSiteSymbol(ctx, item.kind, item.x, item.y, layout.legendSymbol, false, item.dimmed ? dimmedColour(PALETTE.light[item.kind]) : undefined);
    ctx.fillStyle = PALETTE.light.ink;
    ctx.fillText(item.label, item.x + LEGEND_LABEL_GAP, item.y + 1);
  }

  const blob = await new Promise<Blob>((ok, fail) => out.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'));
  return { blob, width: out.width, height: out.height };
}

/**
 * "Download SVG": the view of the PNG export as a vector document (see svg-view.ts), with the
 * basemap the map draws (map/basemap.ts) and text measured in
 * the page's font, which the file carries (svg-fonts.ts). Loaded on first use.
 */
import { loadBasemap } from '../map/basemap';
import { loadDetailLand } from '../map/detail-land';
import { DETAIL_ZOOM } from '../map/style';
import { labelData } from '../map/labels';
import { overlayContent } from '../map/overlay-layers';
import type { ExportRequest } from './export-png';
import { FONT_FAMILY, svgView } from './svg-view';
import type { Basemap, SvgOptions } from './svg-view';
import { furnitureSvg, placeMarks, placesSvg } from './draw-furniture';
import type { Camera } from '../state/url-state';
import type { Size } from '../map/viewport';
import { embeddedFontFaces, pageFontFaces, svgText, withFonts } from './svg-fonts';

/**
 * Land and borders as the map has them; country names in the view's language, as the map draws
 * them. Zoomed in as far as the live map draws the finer coastline, the land is that one too (the
 * coarse land stays for the locator inset); if it cannot be loaded, the coarse land serves.
 */
async function basemapFor(req: ExportRequest): Promise<{ basemap: Basemap; overview: Basemap['land'] }> {
  const coarse = await loadBasemap();
  const zoomedIn = req.view.camera !== null && req.view.camera.zoom >= DETAIL_ZOOM;
  const fine = zoomedIn ? await loadDetailLand().catch(() => null) : null;
  return { basemap: { ...coarse, land: fine ?? coarse.land, labels: labelData(req.places) }, overview: coarse.land };
}

/** Writes the SVG; resolves to the file and its size in CSS pixels. */
export async function exportSvg(req: ExportRequest): Promise<{ blob: Blob; width: number; height: number }> {
  await Promise.all([document.fonts.load(`700 16px ${FONT_FAMILY}`), document.fonts.load(`400 16px ${FONT_FAMILY}`)]).catch(() => undefined);
  const { basemap, overview } = await basemapFor(req);
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  const measure = (text: string, size: number, weight: 400 | 700) => {
    ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
  const overlays = req.view.overlays ? overlayContent(req.view.overlays.input, req.view.overlays.strings) : null;
  const furniture = (camera: Camera, size: Size) => furnitureSvg({ camera, size, lang: req.places.lang, land: overview }, (s) => measure(s, 12, 400));
  const places: SvgOptions['places'] = (project, size, taken) => {
    const marks = placeMarks(req.places, project, size, (s) => measure(s, 12, 400), taken);
    return { svg: placesSvg(marks), boxes: marks.map((m) => m.label.box) };
  };
  const { svg, width, height } = svgView(req, basemap, measure, { overlays, furniture, places });
  const fonts = await embeddedFontFaces(svgText(svg), pageFontFaces(document.styleSheets, document.baseURI));
  return { blob: new Blob([withFonts(svg, fonts)], { type: 'image/svg+xml' }), width, height };
}

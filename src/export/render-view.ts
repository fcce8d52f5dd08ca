/**
 * Draws a view of the map to a canvas: the basemap from an off-screen MapLibre map, with the site
 * symbols and names painted on top (the live markers are DOM elements, so they are not in the
 * WebGL canvas). Used for the briefing handout and image export.
 */
import '../map/setup-maplibre';
import { Map as MapLibreMap } from 'maplibre-gl';
import type { Site, SiteEmphasis } from '../data/select';
import type { Camera } from '../state/url-state';
import { loadBasemap } from '../map/basemap';
import { basemapStyle, DETAIL_ZOOM, madeWithLabelNames } from '../map/style';
import { BASEMAP_BOUNDS, fitOptions, sitesBounds } from '../map/camera';
import { removeMap } from '../map/maplibre-internals';
import { EMPTY, addOverlayLayers, overlayContent, setOverlayData } from '../map/overlay-layers';
import type { OverlayInput, OverlayLabel } from '../map/overlay-layers';
import type { Messages } from '../i18n/messages/en';
import type { PlaceNames } from '../i18n';
import { cssFont, loadFonts } from '../theme/fonts';
import { PALETTE } from '../theme/palette';
import { drawSiteSymbol } from '../theme/draw-symbol';
import { dimmedColour } from '../theme/dimmed';
import { drawFurniture, drawPlaces, placeMarks } from './draw-furniture';
import { placesData, referencePlaces } from '../map/reference-places';
import { DETAIL_LAYERS, addDetailLayers, loadDetailLand } from '../map/detail-land';
import type { MapBox } from './draw-furniture';
import { countryLabels, drawCountryLabels } from './country-labels';
import { SITE_NOTE, siteLabelBox } from './site-label';
import { labelData } from '../map/labels';

export interface RenderedSite {
  site: Site;
  emphasis: SiteEmphasis;
  /** On a map of a date, the site's state then, drawn under its name as the marker shows it. */
  note?: string;
}

export interface ViewToRender {
  camera: Camera | null;
  sites: RenderedSite[];
  /** The illustrative layers on screen, drawn the same way, labels in `strings`' language. */
  overlays?: { input: OverlayInput; strings: Messages };
}

export interface ViewRenderer {
  /** Renders one view; calls are queued, one at a time. */
  render(view: ViewToRender): Promise<HTMLCanvasElement>;
  destroy(): void;
}

/**
 * One hidden map reused for every view, `width` x `height` CSS pixels at `pixelRatio`.
 * `allSites` sets the default camera (all sites in view) for views without a camera; `places`
 * names the basemap's countries (the reader's language).
 */
export function createViewRenderer(width: number, height: number, pixelRatio: number, allSites: Site[], places: PlaceNames): ViewRenderer {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-20000px', top: '0', width: `${width}px`, height: `${height}px` });
  document.body.append(container);
  const bounds = sitesBounds(allSites);
  let destroyed = false;
  // The hidden map, made once the basemap is here and loaded before the first view is drawn.
  const made: Promise<MapLibreMap> = loadBasemap().then(async (basemap) => {
    if (destroyed) throw new Error('The view renderer was closed');
    const map = new MapLibreMap({
      container,
      style: basemapStyle(basemap, places),
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      pixelRatio,
      maxBounds: BASEMAP_BOUNDS,
      renderWorldCopies: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      ...(bounds ? { bounds, fitBoundsOptions: fitOptions(width) } : { center: [15, 45], zoom: 3 }),
    });
    madeWithLabelNames(map, places);
    await new Promise<void>((ok) => map.once('load', () => ok()));
    // The image draws the country names itself, as the SVG does: kept inside the frame and clear
    // of the sites and places, not cut at the edge as a map's labels may be.
    map.setLayoutProperty('country-labels', 'visibility', 'none');
    return map;
  });
  let queue: Promise<unknown> = made;

  async function renderNow(map: MapLibreMap, view: ViewToRender): Promise<HTMLCanvasElement> {
    let labels: OverlayLabel[] = [];
    if (view.overlays) {
      addOverlayLayers(map, false);
      const content = overlayContent(view.overlays.input, view.overlays.strings);
      setOverlayData(map, content);
      labels = content.labels;
    } else if (map.getSource('epaa-ranges')) {
      setOverlayData(map, { rings: EMPTY, lines: EMPTY, measure: EMPTY });
    }
    // Zoomed in as far as the live map draws the finer coastline, the image draws it too.
    if (view.camera && view.camera.zoom >= DETAIL_ZOOM && !map.getSource(DETAIL_LAYERS.land)) {
      const land = await loadDetailLand().catch(() => null);
      if (land) addDetailLayers(map, land, DETAIL_ZOOM);
    }
    if (view.camera) map.jumpTo({ center: [view.camera.lon, view.camera.lat], zoom: view.camera.zoom });
    else if (bounds) map.fitBounds(bounds, { ...fitOptions(width), animate: false });
    const idle = new Promise<void>((ok) => map.once('idle', () => ok()));
    map.triggerRepaint();
    // Canvas text is drawn in whatever faces are loaded: the files these names need come first.
    const shownSites = view.sites.filter((s) => s.emphasis !== 'hidden');
    const placeNames = placesData(referencePlaces(), places).features.map((f) => f.properties.name);
    const countryNames = labelData(places).features.map((f) => f.properties.label);
    const siteTexts = shownSites.flatMap((s) => [s.site.name, s.note ?? '']);
    await Promise.all([idle, loadFonts([...labels.map((l) => l.text), ...siteTexts, ...placeNames, ...countryNames].join(' '), [400, 700])]);
    const out = document.createElement('canvas');
    out.width = Math.round(width * pixelRatio);
    out.height = Math.round(height * pixelRatio);
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.drawImage(map.getCanvas(), 0, 0, out.width, out.height);
    ctx.scale(pixelRatio, pixelRatio);
    // The reference places, under the sites, their names clear of the sites'.
    const siteBoxes: MapBox[] = shownSites.map(({ site, emphasis, note }) => {
      const { x, y } = map.project([site.lon, site.lat]);
      ctx.font = cssFont(emphasis === 'earlier' ? 400 : 700, 14);
      const nameWidth = ctx.measureText(site.name).width;
      ctx.font = cssFont(400, SITE_NOTE.size);
      return siteLabelBox(x, y, nameWidth, note ? ctx.measureText(note).width : null);
    });
    const measure = (s: string) => {
      ctx.font = cssFont(400, 12);
      return ctx.measureText(s).width;
    };
    const project = (lon: number, lat: number) => map.project([lon, lat]);
    const placed = placeMarks(places, project, { width, height }, measure, siteBoxes);
    const countries = countryLabels(
      labelData(places),
      (p) => String(p.label ?? ''),
      project,
      { width, height },
      map.getZoom(),
      (t, px) => {
        ctx.font = cssFont(400, px);
        return ctx.measureText(t).width;
      },
      [...siteBoxes, ...placed.map((m) => m.label.box)],
    );
    drawCountryLabels(ctx, countries, (px) => cssFont(400, px));
    drawPlaces(ctx, placed, (px) => cssFont(400, px));
    // The illustrative layers' labels, under the sites' (as on screen).
    ctx.font = cssFont(700, 12);
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'center';
    for (const l of labels) {
      const { x, y } = map.project(l.at as [number, number]);
      const w = ctx.measureText(l.text).width;
      ctx.fillStyle = PALETTE.light['marker-label-bg'];
      ctx.fillRect(x - w / 2 - 4, y - 9, w + 8, 18);
      ctx.fillStyle = PALETTE.light.ink;
      ctx.fillText(l.text, x, y + 1);
    }
    ctx.textAlign = 'start';
    for (const { site, emphasis, note } of view.sites) {
      if (emphasis === 'hidden') continue;
      const { x, y } = map.project([site.lon, site.lat]);
      // A dimmed site is paler but opaque: the coast under it does not show through.
      const dimmed = emphasis === 'earlier';
      ctx.save();
      ctx.translate(x, y);
      drawSiteSymbol(ctx, site.kind, 0, 0, 24, true, dimmed ? dimmedColour(PALETTE.light[site.kind]) : undefined);
      ctx.font = cssFont(dimmed ? 400 : 700, 14);
      ctx.textBaseline = 'middle';
      const label = site.name;
      const w = ctx.measureText(label).width;
      ctx.fillStyle = PALETTE.light['marker-label-bg'];
      ctx.fillRect(14, -10, w + 8, 20);
      ctx.fillStyle = dimmed ? PALETTE.light.muted : PALETTE.light.ink;
      ctx.fillText(label, 18, 1);
      if (note) {
        ctx.font = cssFont(400, SITE_NOTE.size);
        ctx.fillStyle = PALETTE.light['marker-label-bg'];
        ctx.fillRect(14, 10, ctx.measureText(note).width + 8, SITE_NOTE.height);
        ctx.fillStyle = PALETTE.light.ink;
        ctx.fillText(note, 18, 10 + SITE_NOTE.height / 2 + 1);
      }
      ctx.restore();
    }
    // The scale and, zoomed in, the locator inset, as the live map shows them.
    const c = map.getCenter();
    const camera = { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
    drawFurniture(ctx, { camera, size: { width, height }, lang: places.lang, land: (await loadBasemap()).land }, (px) => cssFont(400, px));
    return out;
  }

  return {
    render(view) {
      const next = queue.then(async () => renderNow(await made, view));
      queue = next.catch(() => undefined);
      return next;
    },
    destroy() {
      destroyed = true;
      made.then(removeMap, () => undefined);
      container.remove();
    },
  };
}

/**
 * The live map on paper. A WebGL canvas prints blank or stale in many browsers (its drawing buffer
 * is not kept between frames), and the site markers are HTML placed in screen pixels that would
 * not follow the map into the page's print width. So, when printing starts, the map is drawn once
 * more, at once, and copied (within the same task, while its buffer still holds the frame) into a
 * plain 2D canvas with the markers and the illustrative labels painted where they are on screen;
 * the print stylesheet shows that image, scaled to the paper, instead of the live map. Always in
 * the light colours: paper is white.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { drawSiteSymbol } from '../theme/draw-symbol';
import { PALETTE } from '../theme/palette';
import { paintBasemap } from './style';
import type { MapElements } from './map-elements';

export const PRINT_IMAGE_CLASS = 'map-print-image';
/** The labels' backing, as on the live map's markers (printed: the light colours). */
const LABEL_BG = PALETTE.light['marker-label-bg'];

/** A 2D copy of the map as on screen now, at the canvas's own resolution. */
export function mapSnapshot(map: MapLibreMap, elements: MapElements, dark: boolean): HTMLCanvasElement | null {
  const source = map.getCanvas();
  if (!source.width || !source.height || !source.clientWidth) return null;
  if (dark) paintBasemap(map, false);
  map.redraw();
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0);
  if (dark) {
    paintBasemap(map, true);
    map.triggerRepaint();
  }
  const ratio = source.width / source.clientWidth;
  const origin = source.getBoundingClientRect();
  ctx.scale(ratio, ratio);
  const at = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
  };
  const fontOf = (el: Element) => {
    const s = getComputedStyle(el);
    return `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
  };
  ctx.textBaseline = 'middle';
  // The illustrative layers' labels, under the sites (as on screen); hidden ones stay hidden.
  for (const { element: label } of elements.overlayLabels()) {
    if (label.classList.contains('decluttered')) continue;
    const box = at(label);
    if (!box.w) continue;
    ctx.fillStyle = LABEL_BG;
    ctx.fillRect(box.x, box.y, box.w, box.h);
    ctx.fillStyle = PALETTE.light.ink;
    ctx.font = fontOf(label);
    ctx.textAlign = 'center';
    ctx.fillText(label.textContent ?? '', box.x + box.w / 2, box.y + box.h / 2, box.w);
  }
  ctx.textAlign = 'start';
  for (const { root: marker, symbol, label, kind } of elements.siteMarkers()) {
    if (!symbol) continue;
    ctx.save();
    ctx.globalAlpha = Number(getComputedStyle(marker).opacity) || 1;
    const s = at(symbol);
    drawSiteSymbol(ctx, kind, s.x + s.w / 2, s.y + s.h / 2, s.w, true);
    if (label) {
      const l = at(label);
      const selected = marker.getAttribute('aria-pressed') === 'true';
      ctx.fillStyle = selected ? PALETTE.light.accent : LABEL_BG;
      ctx.fillRect(l.x, l.y, l.w, l.h);
      ctx.fillStyle = selected ? PALETTE.light.paper : PALETTE.light.ink;
      ctx.font = fontOf(label);
      ctx.fillText(label.textContent ?? '', l.x + 0.3 * parseFloat(getComputedStyle(label).fontSize), l.y + l.h / 2);
    }
    ctx.restore();
  }
  return out;
}

/**
 * While the page prints, the map's container holds its snapshot (`.map-print-image`, named
 * `label` for assistive technology), made on `beforeprint` and removed on `afterprint`. The
 * markers and labels drawn are those listed in `elements`, the map's own.
 */
export function usePrintSnapshot(
  map: MapLibreMap | null,
  container: React.RefObject<HTMLElement | null>,
  elements: MapElements,
  dark: boolean,
  label: string,
): void {
  useEffect(() => {
    if (!map) return;
    let image: HTMLCanvasElement | null = null;
    const remove = () => {
      image?.remove();
      image = null;
    };
    const make = () => {
      remove();
      const el = container.current;
      if (!el) return;
      image = mapSnapshot(map, elements, dark);
      if (!image) return;
      image.className = PRINT_IMAGE_CLASS;
      image.setAttribute('role', 'img');
      image.setAttribute('aria-label', label);
      el.append(image);
    };
    window.addEventListener('beforeprint', make);
    window.addEventListener('afterprint', remove);
    return () => {
      window.removeEventListener('beforeprint', make);
      window.removeEventListener('afterprint', remove);
      remove();
    };
  }, [map, container, elements, dark, label]);
}

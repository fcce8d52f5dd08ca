/**
 * The only code that reaches into MapLibre's private fields, each for something its public API
 * does not do. `maplibre-gl` is pinned to one minor version in package.json, and
 * tests/unit/map/maplibre-internals.test.ts reads the installed library's source and fails when
 * a field used here is gone, so an upgrade cannot break these silently.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

interface WithFontFaces {
  style?: { glyphManager?: { fontFaceManager?: { _registered?: Set<FontFace> } } };
}
interface WithLocale {
  _locale?: Record<string, string>;
}

/**
 * The FontFaces a map added to `document.fonts` for its style's `font-faces`. MapLibre leaves them
 * there after `remove()` (about 90 KB of heap per map), so whoever removes a map hands them back.
 */
export function registeredFontFaces(map: MapLibreMap): FontFace[] {
  return [...((map as unknown as WithFontFaces).style?.glyphManager?.fontFaceManager?._registered ?? [])];
}

/** Removes a map and the fonts it registered. */
export function removeMap(map: MapLibreMap): void {
  const faces = registeredFontFaces(map);
  map.remove();
  for (const face of faces) document.fonts?.delete(face);
}

const english = new WeakMap<MapLibreMap, Record<string, string>>();

/**
 * Changes the words of MapLibre's own controls (zoom buttons, attribution) after the map is made:
 * MapLibre reads its `locale` option once, and its controls read their labels once, so the new
 * words go into its table and onto the controls already drawn. Returns false where the table is
 * not there.
 */
export function setControlLocale(map: MapLibreMap, locale: Record<string, string>): boolean {
  const m = map as unknown as WithLocale;
  if (!m._locale) return false;
  if (!english.has(map)) english.set(map, { ...m._locale });
  const table = { ...english.get(map), ...locale };
  m._locale = table;
  const container = map.getContainer();
  const label = (selector: string, key: string) => {
    // MapLibre's controls draw their own buttons and offer no handle on them: found by its classes.
    const el = container.querySelector(selector);
    const text = table[key];
    if (el && text) {
      el.setAttribute('title', text);
      el.setAttribute('aria-label', text);
    }
  };
  label('.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn');
  label('.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut');
  label('.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution');
  return true;
}

/**
 * The map's scale bar: how many metres a CSS pixel spans at the view's centre (Web Mercator, as
 * MapLibre draws it with 512-pixel tiles), and the round distances in kilometres and miles that
 * fit a bar of a given length, written in the reader's language's number format. Pure, so the
 * live map, the PNG and the SVG draw the same bars.
 */

/** The Earth's radius MapLibre's Web Mercator uses, in metres. */
const EARTH_RADIUS = 6378137;
const TILE = 512;
const METRES_PER_MILE = 1609.344;

/** Metres one CSS pixel spans at latitude `lat` and zoom `zoom`. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS * Math.cos((lat * Math.PI) / 180)) / (TILE * 2 ** zoom);
}

/** The largest 1, 2 or 5 times a power of ten that is at most `n`. */
export function roundDown(n: number): number {
  if (!(n > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(n));
  const d = n / power;
  return (d >= 5 ? 5 : d >= 2 ? 2 : 1) * power;
}

export type ScaleUnit = 'kilometer' | 'mile';

export interface ScaleBar {
  unit: ScaleUnit;
  /** The distance the bar stands for, in `unit`. */
  value: number;
  /** Its length on the map, in CSS pixels. */
  px: number;
  /** The distance written out in the reader's language: "500 km", "300 mi". */
  label: string;
}

const formats = new Map<string, Intl.NumberFormat>();
/** "1,000 km" in English, "1 000 km" in Polish, "1.000 km" in Turkish: the language's own way. */
export function formatDistance(value: number, unit: ScaleUnit, lang: string): string {
  const key = `${lang}/${unit}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
    formats.set(key, f);
  }
  return f.format(value);
}

/**
 * The two bars of a scale no longer than `maxPx`: kilometres and miles, each a round distance
 * (1, 2 or 5 times a power of ten; below a kilometre or mile, in fractions of it).
 */
export function scaleBars(lat: number, zoom: number, maxPx: number, lang: string): [ScaleBar, ScaleBar] {
  const mpp = metresPerPixel(lat, zoom);
  const bar = (unit: ScaleUnit, metres: number): ScaleBar => {
    const value = roundDown((maxPx * mpp) / metres);
    return { unit, value, px: (value * metres) / mpp, label: formatDistance(value, unit, lang) };
  };
  return [bar('kilometer', 1000), bar('mile', METRES_PER_MILE)];
}

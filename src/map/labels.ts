/**
 * The basemap's country labels in the reader's language. Names come from the browser's own CLDR
 * tables through `Intl.DisplayNames` (no bytes shipped), by each label's ISO 3166-1 code
 * (`iso2` in geodata/basemap/labels.geojson), except where the basemap's naming policy (README,
 * "Borders and names") sets another name, as data in geodata/i18n/<lang>.json. English keeps the
 * basemap's own names, which the policy already shaped. Labels are drawn in capitals made by the
 * language's own rules (Turkish "i" becomes "İ"), not by the map library's, which follow the
 * browser's language rather than the page's.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import raw from '../../geodata/basemap/labels.geojson?raw';
import type { PlaceNames } from '../i18n';
import type { Lang } from '../i18n/languages';

export interface LabelProperties {
  /** English, as in the basemap file. */
  name: string;
  iso2?: string;
  /** The text drawn: the name in the reader's language, in capitals. */
  label: string;
}

let parsed: FeatureCollection<Point, { name: string; iso2?: string }> | null = null;
/** The basemap's label points, as in the file (read once). */
export function basemapLabelPoints(): FeatureCollection<Point, { name: string; iso2?: string }> {
  parsed ??= JSON.parse(raw) as FeatureCollection<Point, { name: string; iso2?: string }>;
  return parsed;
}

const displayNames = new Map<Lang, Intl.DisplayNames | null>();
function regionNames(lang: Lang): Intl.DisplayNames | null {
  if (!displayNames.has(lang)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  return displayNames.get(lang) ?? null;
}

/** A country's name: the policy's, else CLDR's in that language, else the basemap's English one. */
export function countryName(iso2: string | undefined, english: string, places: PlaceNames): string {
  if (places.lang === 'en' || !iso2) return english;
  const own = places.countries.get(iso2);
  if (own) return own;
  try {
    return regionNames(places.lang)?.of(iso2) ?? english;
  } catch {
    return english;
  }
}

const made = new WeakMap<PlaceNames, FeatureCollection<Point, LabelProperties>>();

/** The label layer's data in a language: the same object for the same names (no needless redraw). */
export function labelData(places: PlaceNames): FeatureCollection<Point, LabelProperties> {
  let data = made.get(places);
  if (!data) {
    const points = basemapLabelPoints();
    data = {
      type: 'FeatureCollection',
      features: points.features.map(
        (f): Feature<Point, LabelProperties> => ({
          ...f,
          properties: { ...f.properties, label: countryName(f.properties.iso2, f.properties.name, places).toLocaleUpperCase(places.lang) },
        }),
      ),
    };
    made.set(places, data);
  }
  return data;
}

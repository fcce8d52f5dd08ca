/**
 * Reference places: a few capitals and the cities the statements and ranges name, drawn as small
 * grey points with their names for orientation (geodata/places.json, names in each language from
 * geodata/i18n/<lang>.json `places`). Validated here, where they are read: a broken record is
 * left out with a message naming the file, the record and the field. Never styled like a site:
 * no colour, no symbol, no button.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import raw from '../../geodata/places.json?raw';
import { checkPlaceNames, parsePlaces } from '../data/places';
import type { ReferencePlace } from '../data/places';
import { describeProblem } from '../data/validate';
import type { DataProblem } from '../data/validate';
import type { PlaceNames } from '../i18n';
import { PALETTE } from '../theme/palette';
import { LABEL_FONT } from './style';

export type { ReferencePlace };

let shipped: ReferencePlace[] | null = null;
/** The shipped places, read once; problems are logged (the map is whole without them). */
export function referencePlaces(): ReferencePlace[] {
  if (!shipped) {
    const problems: DataProblem[] = [];
    shipped = parsePlaces(raw, problems);
    for (const p of problems) console.error(describeProblem(p));
  }
  return shipped;
}

const checkedLanguages = new Set<string>();
/** Reports once per language the places its translation file does not name (they show in English). */
function checkNames(places: ReferencePlace[], names: PlaceNames): void {
  if (names.lang === 'en' || !names.cities || checkedLanguages.has(names.lang)) return;
  checkedLanguages.add(names.lang);
  const problems: DataProblem[] = [];
  checkPlaceNames(places, `i18n/${names.lang}.json`, names.cities, problems);
  for (const p of problems) console.error(describeProblem(p));
}

/** The places as points named in a language (English: the file's names). */
export function placesData(places: ReferencePlace[], names: PlaceNames): FeatureCollection<Point, { id: string; name: string; capital: boolean }> {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id, name: names.cities?.get(p.id) ?? p.name, capital: p.capital },
    })),
  };
}

const SOURCE = 'reference-places';

/**
 * How a place is drawn, on the map and on exported images alike: a grey dot (larger for a
 * capital) with a pale edge, its name in grey to the right with a halo. Grey, never a site colour.
 */
export const PLACE_STYLE = {
  light: { ink: PALETTE.light.place, paper: PALETTE.light['label-halo'] },
  dark: { ink: PALETTE.dark.place, paper: PALETTE.dark['label-halo'] },
  /** Dot radius in CSS pixels, for a capital and for another city. */
  radius: { capital: 3.5, city: 2.5 },
  edge: 1.5,
  /** The name's gap from the dot, in ems of its size. */
  offsetEm: 0.6,
} as const;

/**
 * Shows the places on a map, named for `names`, `size` pixels high; again with new names on a
 * language switch. The points are grey dots under the site markers, their names haloed grey text.
 */
export function showReferencePlaces(map: MapLibreMap, names: PlaceNames, size: number, halo: number, dark: boolean): void {
  const places = referencePlaces();
  checkNames(places, names);
  const data = placesData(places, names);
  const { ink, paper } = dark ? PLACE_STYLE.dark : PLACE_STYLE.light;
  const source = map.getSource<GeoJSONSource>(SOURCE);
  if (source) source.setData(data);
  else {
    map.addSource(SOURCE, { type: 'geojson', data });
    map.addLayer({ id: 'reference-points', type: 'circle', source: SOURCE, paint: { 'circle-radius': ['case', ['get', 'capital'], PLACE_STYLE.radius.capital, PLACE_STYLE.radius.city], 'circle-color': ink, 'circle-stroke-color': paper, 'circle-stroke-width': PLACE_STYLE.edge } });
    map.addLayer({
      id: 'reference-labels',
      type: 'symbol',
      source: SOURCE,
      layout: { 'text-field': ['get', 'name'], 'text-font': [LABEL_FONT], 'text-size': size, 'text-anchor': 'left', 'text-offset': [PLACE_STYLE.offsetEm, 0], 'text-optional': true },
      paint: { 'text-color': ink, 'text-halo-color': paper, 'text-halo-width': halo },
    });
  }
  map.setPaintProperty('reference-points', 'circle-color', ink);
  map.setPaintProperty('reference-points', 'circle-stroke-color', paper);
  map.setPaintProperty('reference-labels', 'text-color', ink);
  map.setPaintProperty('reference-labels', 'text-halo-color', paper);
  map.setLayoutProperty('reference-labels', 'text-size', size);
  map.setPaintProperty('reference-labels', 'text-halo-width', halo);
  map.getContainer().dataset.referencePlaces = data.features.map((f) => f.properties.name).join('|');
}

/**
 * The reference places of geodata/places.json: a few capitals and the cities the statements and
 * ranges name, drawn for orientation. Pure, like validate.ts: the map, the unit tests and
 * `npm run validate` share these checks and their messages.
 */
import * as v from 'valibot';
import { PLACES_FILE, parseJson, validateRecords } from './validate';
import type { DataFile, DataProblem } from './validate';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const placeSchema = v.object({
  id: v.pipe(text, v.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens')),
  name: text,
  lon: v.pipe(v.number(), v.minValue(-180, 'longitude must be at least -180'), v.maxValue(180, 'longitude must be at most 180')),
  lat: v.pipe(v.number(), v.minValue(-90, 'latitude must be at least -90'), v.maxValue(90, 'latitude must be at most 90')),
  capital: v.boolean(),
});
export type ReferencePlace = v.InferOutput<typeof placeSchema>;

/**
 * The places of a file's text, and every id it declares (valid or not); problems go to
 * `problems`, each costing only its record. A second record with an id already used is reported
 * and left out.
 */
export function readPlaces(source: string | { error: string }, problems: DataProblem[]): { places: ReferencePlace[]; declared: Set<string> } {
  const json = parseJson(PLACES_FILE, source, problems);
  if (json === undefined) return { places: [], declared: new Set() };
  if (!Array.isArray(json)) {
    problems.push({ file: PLACES_FILE, message: 'must be a JSON array of places' });
    return { places: [], declared: new Set() };
  }
  const { valid, declared } = validateRecords(PLACES_FILE, json, placeSchema, (r) => r.id, problems);
  return { places: valid.map((r) => r.value), declared };
}

/** The valid places of a file's text (see readPlaces). */
export function parsePlaces(source: string | { error: string }, problems: DataProblem[]): ReferencePlace[] {
  return readPlaces(source, problems).places;
}

/**
 * Checks that a translation file names every place and only places that exist: a place without a
 * name there would show its English name in that language. `names` is the file's `places` section
 * by place id; `declared`, the ids places.json declares even in broken records (default: those of
 * `places`), so a broken place is not reported a second time from each translation.
 */
export function checkPlaceNames(
  places: readonly ReferencePlace[], file: DataFile, names: ReadonlyMap<string, unknown>, problems: DataProblem[],
  declared: ReadonlySet<string> = new Set(places.map((p) => p.id)),
): void {
  for (const p of places) {
    if (!names.has(p.id)) problems.push({ file, record: `places.${p.id}`, field: 'name', message: `is missing: the place "${p.id}" of geodata/${PLACES_FILE} has no name in this language` });
  }
  for (const id of names.keys()) {
    if (!declared.has(id)) problems.push({ file, record: `places.${id}`, field: 'id', message: `names a place that is not in geodata/${PLACES_FILE}` });
  }
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlaceNames, parsePlaces, readPlaces } from '../../../src/data/places';
import { describeProblem } from '../../../src/data/validate';
import type { DataProblem } from '../../../src/data/validate';
import { parseContent } from '../../../src/data/content';
import { LANGUAGES } from '../../../src/i18n/languages';

const root = new URL('../../../', import.meta.url).pathname;
const shipped = readFileSync(`${root}geodata/places.json`, 'utf8');
const edited = (edit: (places: Record<string, unknown>[]) => void): string => {
  const places = JSON.parse(shipped) as Record<string, unknown>[];
  edit(places);
  return JSON.stringify(places);
};

describe('the reference places (geodata/places.json)', () => {
  it('the shipped file is valid and every translation names every place', () => {
    const problems: DataProblem[] = [];
    const places = parsePlaces(shipped, problems);
    expect(places.length).toBeGreaterThan(0);
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const content = parseContent(lang, readFileSync(`${root}geodata/i18n/${lang}.json`, 'utf8'), problems);
      checkPlaceNames(places, `i18n/${lang}.json`, content.places, problems);
    }
    expect(problems.map(describeProblem)).toEqual([]);
  });

  it('a second record with the same id is reported and left out', () => {
    const problems: DataProblem[] = [];
    const places = parsePlaces(edited((p) => (p[1]!.id = p[0]!.id)), problems);
    expect(problems).toEqual([{ file: 'places.json', record: JSON.parse(shipped)[0].id, field: 'id', message: 'this id is used by an earlier record; this one is left out' }]);
    expect(places).toHaveLength(JSON.parse(shipped).length - 1);
  });

  it.each([
    ['lat', 91, 'latitude must be at most 90'],
    ['lat', -90.5, 'latitude must be at least -90'],
    ['lon', 180.1, 'longitude must be at most 180'],
    ['lon', '21.0', 'should be number, not "21.0"'],
  ])('a coordinate out of range or of the wrong type is named: %s = %s', (field, value, message) => {
    const problems: DataProblem[] = [];
    const places = parsePlaces(edited((p) => (p[2]![field] = value)), problems);
    expect(problems).toEqual([{ file: 'places.json', record: JSON.parse(shipped)[2].id, field, message }]);
    expect(places.map((p) => p.id)).not.toContain(JSON.parse(shipped)[2].id);
  });

  it('a place with no name in a language is named by file, record and field; a name for no place too', () => {
    const problems: DataProblem[] = [];
    const { places, declared } = readPlaces(shipped, problems);
    const json = JSON.parse(readFileSync(`${root}geodata/i18n/tr.json`, 'utf8')) as { places: { id: string; name: string }[] };
    const [dropped] = json.places.splice(0, 1, { id: 'atlantis', name: 'Atlantis' });
    const content = parseContent('tr', JSON.stringify(json), problems);
    checkPlaceNames(places, 'i18n/tr.json', content.places, problems, declared);
    expect(problems.map(describeProblem)).toEqual([
      `geodata/i18n/tr.json, record "places.${dropped!.id}", field "name": is missing: the place "${dropped!.id}" of geodata/places.json has no name in this language`,
      'geodata/i18n/tr.json, record "places.atlantis", field "id": names a place that is not in geodata/places.json',
    ]);
  });

  it('a broken place is reported once, not again by each translation that names it', () => {
    const problems: DataProblem[] = [];
    const { places, declared } = readPlaces(edited((p) => (p[0]!.lat = 200)), problems);
    const content = parseContent('ro', readFileSync(`${root}geodata/i18n/ro.json`, 'utf8'), problems);
    checkPlaceNames(places, 'i18n/ro.json', content.places, problems, declared);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'places.json', field: 'lat' });
  });
});

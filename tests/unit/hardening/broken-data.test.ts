// For each data file, a syntax error, a missing field, a wrong type, an out-of-range coordinate
// and a dangling reference each give a message naming file, record and field, and every valid
// record is kept. A status or a dated event without a source is such an error too. The
// command-line validator says the same.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTourFile } from '../../../src/data/tour';
import { DATA_FILES, describeProblem } from '../../../src/data/validate';
import { validateDataset } from '../../../src/data/validate-all';
import type { RawFiles } from '../../../src/data/validate';
import { root } from '../helpers';

const TOUR = 'tours/briefing.json';
type File = (typeof DATA_FILES)[number] | typeof TOUR;
const ALL: File[] = [...DATA_FILES, TOUR];
const original = (f: File) => readFileSync(`${root}geodata/${f}`, 'utf8');

interface Case {
  file: File;
  kind: string;
  edit: (json: any) => void;
  /** The message, as the app and the CLI print it. */
  expected: string;
}

const cases: Case[] = [
  // Missing fields
  { file: 'sites.geojson', kind: 'missing field', edit: (j) => delete j.features[1].properties.status, expected: 'geodata/sites.geojson, record "redzikowo", field "properties.status": is missing' },
  { file: 'phases.json', kind: 'missing field', edit: (j) => delete j[0].interceptor, expected: 'geodata/phases.json, record "1", field "interceptor": is missing' },
  { file: 'statements.json', kind: 'missing field', edit: (j) => delete byId(j, 'plan-sites').date, expected: 'geodata/statements.json, record "plan-sites", field "date": is missing' },
  { file: 'sources.json', kind: 'missing field', edit: (j) => delete byId(j, 'aca-2011-09').publisher, expected: 'geodata/sources.json, record "aca-2011-09", field "publisher": is missing' },
  // A statement whose source is broken keeps its source id as written, and says once what is wrong.
  { file: 'statement-sources.json', kind: 'missing field', edit: (j) => delete byId(j, 'belta-2024-11-13-peskov').title, expected: 'geodata/statement-sources.json, record "belta-2024-11-13-peskov", field "title": is missing' },
  { file: 'corrections.json', kind: 'missing field', edit: (j) => delete byId(j, 'deveselu-credits').reason, expected: 'geodata/corrections.json, record "deveselu-credits", field "reason": is missing' },
  // Facts without a source
  { file: 'sites.geojson', kind: 'status without a source', edit: (j) => delete j.features[3].properties.statusSources, expected: 'geodata/sites.geojson, record "rota", field "properties.statusSources": is missing' },
  { file: 'sites.geojson', kind: 'status without a source', edit: (j) => (j.features[0].properties.statusSources = []), expected: 'geodata/sites.geojson, record "deveselu", field "properties.statusSources": needs at least one source' },
  { file: 'sites.geojson', kind: 'dated event without a source', edit: (j) => (j.features[1].properties.dates[4].sources = []), expected: 'geodata/sites.geojson, record "redzikowo", field "properties.dates[4].sources": needs at least one source' },
  { file: 'phases.json', kind: 'dated event without a source', edit: (j) => delete j[2].actual[0].sources, expected: 'geodata/phases.json, record "3", field "actual[0].sources": is missing' },
  { file: 'phases.json', kind: 'wording without a source', edit: (j) => delete j[2].plannedSources.sensors, expected: 'geodata/phases.json, record "3", field "plannedSources.sensors": must be given exactly when the phase has sensors' },
  { file: TOUR, kind: 'missing field', edit: (j) => delete j.steps[4].title, expected: 'geodata/tours/briefing.json, record "phase-2", field "title": is missing' },
  { file: 'glossary.json', kind: 'missing field', edit: (j) => delete j[1].definition, expected: 'geodata/glossary.json, record "aegis-ashore", field "definition": is missing' },
  { file: 'ranges.json', kind: 'missing field', edit: (j) => delete j[0].km, expected: 'geodata/ranges.json, record "sm3-iia", field "km": is missing' },
  // Wrong types
  { file: 'sites.geojson', kind: 'wrong type', edit: (j) => (j.features[0].properties.name = 42), expected: 'geodata/sites.geojson, record "deveselu", field "properties.name": should be string, not 42' },
  { file: 'phases.json', kind: 'wrong type', edit: (j) => (j[1].plannedYear = '2015'), expected: 'geodata/phases.json, record "2", field "plannedYear": should be number, not "2015"' },
  { file: 'statements.json', kind: 'wrong type', edit: (j) => (byId(j, 'agreement').sites = 'deveselu'), expected: 'geodata/statements.json, record "agreement", field "sites": should be Array, not "deveselu"' },
  { file: 'sources.json', kind: 'wrong type', edit: (j) => (j[0].url = 'ftp://example'), expected: 'geodata/sources.json, record "spacenews-2012-01-12", field "url": must be an http(s) address' },
  { file: 'statement-sources.json', kind: 'wrong type', edit: (j) => (byId(j, 'kremlin-2011-11-23').date = '2011-11-31'), expected: 'geodata/statement-sources.json, record "kremlin-2011-11-23", field "date": is not a real calendar date' },
  { file: 'statement-sources.json', kind: 'duplicate id', edit: (j) => j.push({ id: 'aca-2011-09', title: 'Copy', publisher: 'Copy' }), expected: 'geodata/statement-sources.json, record "aca-2011-09", field "id": this id is used in geodata/sources.json; this one is left out' },
  { file: TOUR, kind: 'wrong type', edit: (j) => (j.steps[0].sites = null), expected: 'geodata/tours/briefing.json, record "title", field "sites": should be Array, not null' },
  { file: 'glossary.json', kind: 'wrong type', edit: (j) => (j[0].match = 'EPAA'), expected: 'geodata/glossary.json, record "epaa", field "match": should be Array, not "EPAA"' },
  { file: 'corrections.json', kind: 'wrong type', edit: (j) => (byId(j, 'redzikowo-credits').date = 'last week'), expected: 'geodata/corrections.json, record "redzikowo-credits", field "date": must be a date like 2016, 2016-05 or 2016-05-12' },
  { file: 'sites.geojson', kind: 'wrong type', edit: (j) => (j.features[2].properties.positionCertainty.kind = 'probably'), expected: 'geodata/sites.geojson, record "kurecik", field "properties.positionCertainty.kind": should be ("single-source" | "sources-differ" | "unconfirmed"), not "probably"' },
  { file: 'ranges.json', kind: 'wrong type', edit: (j) => (j[1].group = 'friend'), expected: 'geodata/ranges.json, record "an-tpy-2", field "group": should be ("defence" | "threat"), not "friend"' },
  { file: 'ranges.json', kind: 'out-of-range coordinate', edit: (j) => (j[2].centre.lat = 95), expected: 'geodata/ranges.json, record "shahab-3", field "centre.lat": latitude must be at most 90' },
  // Out-of-range coordinates (the files that hold coordinates or numbers with a range)
  { file: 'sites.geojson', kind: 'out-of-range coordinate', edit: (j) => (j.features[4].geometry.coordinates[0] = 200), expected: 'geodata/sites.geojson, record "ramstein", field "geometry.coordinates[0]": longitude must be at most 180' },
  { file: TOUR, kind: 'out-of-range coordinate', edit: (j) => (j.steps[3].camera.lon = -999), expected: 'geodata/tours/briefing.json, record "kurecik", field "camera.lon": should be >=-180, not -999' },
  { file: 'phases.json', kind: 'out-of-range number', edit: (j) => (j[2].plannedYear = 1066), expected: 'geodata/phases.json, record "3", field "plannedYear": should be >=1990, not 1066' },
  // Dangling references
  { file: 'sites.geojson', kind: 'dangling reference', edit: (j) => (j.features[2].properties.sources = ['nowhere']), expected: 'geodata/sites.geojson, record "kurecik", field "properties.sources[0]": names source "nowhere", which is not in geodata/sources.json' },
  { file: 'phases.json', kind: 'dangling reference', edit: (j) => (j[3].actual[0].sources = ['gone']), expected: 'geodata/phases.json, record "4", field "actual[0].sources[0]": names source "gone", which is not in geodata/sources.json' },
  { file: 'phases.json', kind: 'dangling reference', edit: (j) => (j[0].actual[1].site = 'atlantis'), expected: 'geodata/phases.json, record "1", field "actual[1].site[0]": names site "atlantis", which is not in geodata/sites.geojson' },
  { file: 'phases.json', kind: 'dangling reference', edit: (j) => (j[1].plannedSources.interceptor = ['whitehouse-2029']), expected: 'geodata/phases.json, record "2", field "plannedSources.interceptor[0]": names source "whitehouse-2029", which is not in geodata/sources.json' },
  { file: 'sites.geojson', kind: 'dangling reference', edit: (j) => (j.features[4].properties.statusSources = ['mdaa-washington-2024', 'hearsay']), expected: 'geodata/sites.geojson, record "ramstein", field "properties.statusSources[1]": names source "hearsay", which is not in geodata/sources.json' },
  { file: 'statements.json', kind: 'dangling reference', edit: (j) => (byId(j, 'all-four-parts').certainty.sources = ['rumour']), expected: 'geodata/statements.json, record "all-four-parts", field "certainty.sources[0]": names source "rumour", which is not in geodata/sources.json' },
  { file: 'statements.json', kind: 'dangling reference', edit: (j) => (byId(j, 'all-four-parts').phases = [1, 9]), expected: 'geodata/statements.json, record "all-four-parts", field "phases[1]": names phase "9", which is not in geodata/phases.json' },
  { file: TOUR, kind: 'dangling reference', edit: (j) => (j.steps[1].statements = ['made-up']), expected: 'geodata/tours/briefing.json, record "the-plan", field "statements[0]": names statement "made-up", which is not in geodata/statements.json' },
  { file: 'glossary.json', kind: 'dangling reference', edit: (j) => (j[2].sources = ['nowhere']), expected: 'geodata/glossary.json, record "sm-3", field "sources[0]": names source "nowhere", which is not in geodata/sources.json' },
  { file: 'ranges.json', kind: 'dangling reference', edit: (j) => (j[0].centre.site = 'atlantis'), expected: 'geodata/ranges.json, record "sm3-iia", field "centre.site[0]": names site "atlantis", which is not in geodata/sites.geojson' },
];

function byId(records: { id: string }[], id: string): any {
  return records.find((r) => r.id === id);
}

function filesWith(file: File, text: string): Record<File, string> {
  return { ...(Object.fromEntries(ALL.map((f) => [f, original(f)])) as Record<File, string>), [file]: text };
}

function check(files: Record<File, string>) {
  const data = validateDataset(files as RawFiles);
  const tour = validateTourFile(TOUR, files[TOUR], data);
  return { data, tour, messages: [...data.problems, ...tour.problems].map(describeProblem) };
}

const counts = (r: ReturnType<typeof check>) =>
  r.data.sites.length + r.data.phases.length + r.data.statements.length + r.data.sources.length + r.tour.steps.length;
const full = counts(check(filesWith('sites.geojson', original('sites.geojson'))));

describe('broken data, file by file', () => {
  it.each(ALL)('%s with a syntax error: one message naming the file; the other files all load', (file) => {
    const r = check(filesWith(file, original(file).replace(/\}\s*\]?\s*\}?\s*$/, '')));
    expect(r.messages[0]).toMatch(new RegExp(`^geodata/${file.replace('.', '\\.')}: is not valid JSON`));
    expect(r.messages).toHaveLength(1);
  });

  it.each(cases.map((c) => [c.file, c.kind, c] as const))('%s, %s', (_f, _k, c) => {
    const json = JSON.parse(original(c.file));
    c.edit(json);
    const r = check(filesWith(c.file, JSON.stringify(json)));
    expect(r.messages).toEqual([c.expected]);
    // Everything valid stays: at most the broken record is gone.
    expect(counts(r)).toBeGreaterThanOrEqual(full - 1);
  });

  it('covers every file with every kind of breakage it can have', () => {
    for (const f of ALL) {
      const kinds = new Set(cases.filter((c) => c.file === f).map((c) => c.kind));
      expect(kinds.has('missing field') && kinds.has('wrong type'), f).toBe(true);
      // Sources and corrections name no other record.
      if (f !== 'sources.json' && f !== 'statement-sources.json' && f !== 'corrections.json') expect(kinds.has('dangling reference'), f).toBe(true);
    }
  });
});

describe('npm run validate', () => {
  const run = (dir: string) => {
    try {
      return { code: 0, out: execFileSync('node', [`${root}scripts/validate.mjs`, dir], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (e) {
      const err = e as { status: number; stderr: string };
      return { code: err.status, out: err.stderr };
    }
  };

  it('passes the shipped data', () => {
    const r = run(`${root}geodata`);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/all valid \(5 sites, 4 phases/);
  });

  it('prints the same messages as the app and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'epaa-validate-'));
    try {
      const picked = [cases[1]!, cases[13]!, cases[16]!];
      const edited = new Map<File, any>();
      for (const c of picked) {
        const json = edited.get(c.file) ?? JSON.parse(original(c.file));
        c.edit(json);
        edited.set(c.file, json);
      }
      mkdirSync(join(dir, 'tours'));
      for (const f of ALL) writeFileSync(join(dir, f), edited.has(f) ? JSON.stringify(edited.get(f)) : original(f));
      const r = run(dir);
      expect(r.code).toBe(1);
      for (const c of picked) expect(r.out).toContain(c.expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('checks the reference places and their names in every translation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'epaa-validate-'));
    try {
      cpSync(`${root}geodata`, dir, { recursive: true });
      const places = JSON.parse(readFileSync(`${root}geodata/places.json`, 'utf8'));
      places[1].id = places[0].id;
      places[2].lon = 200;
      writeFileSync(join(dir, 'places.json'), JSON.stringify(places));
      const pl = JSON.parse(readFileSync(`${root}geodata/i18n/pl.json`, 'utf8'));
      const [dropped] = pl.places.splice(3, 1);
      writeFileSync(join(dir, 'i18n/pl.json'), JSON.stringify(pl));
      const r = run(dir);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`geodata/places.json, record "${places[0].id}", field "id": this id is used by an earlier record`);
      expect(r.out).toContain(`geodata/places.json, record "${places[2].id}", field "lon": longitude must be at most 180`);
      expect(r.out).toContain(`geodata/i18n/pl.json, record "places.${dropped.id}", field "name": is missing`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src/data/validate';
import { validateDataset } from '../../../src/data/validate-all';
import { realFiles, withEdited } from '../helpers';


/** A record of a data file by its id. */
const record = (records: { id: string }[], id: string): any => records.find((r) => r.id === id);
describe('the shipped geodata', () => {
  const data = validateDataset(realFiles());

  it('validates without a single problem', () => {
    expect(data.problems.map(describeProblem)).toEqual([]);
  });

  it('has the five sites, four phases, and statements that all cite a known source', () => {
    expect(data.sites.map((s) => s.id).sort()).toEqual(['deveselu', 'kurecik', 'ramstein', 'redzikowo', 'rota']);
    expect(data.phases.map((p) => p.id)).toEqual([1, 2, 3, 4]);
    const sourceIds = new Set(data.sources.map((s) => s.id));
    for (const s of data.statements) expect(sourceIds.has(s.source)).toBe(true);
  });

  it('links statements to sites and to phases', () => {
    expect(data.statements.some((s) => s.phases.length > 0)).toBe(true);
    expect(data.statements.some((s) => s.sites.length > 0)).toBe(true);
  });
});

describe('broken data keeps the valid records and names file, record and field', () => {
  it('a syntax error names the file and keeps the other files', () => {
    const files = { ...realFiles(), 'statements.json': '[{"id": "x",' };
    const data = validateDataset(files);
    expect(data.problems).toHaveLength(1);
    expect(describeProblem(data.problems[0]!)).toMatch(/^geodata\/statements\.json: is not valid JSON/);
    expect(data.statements).toEqual([]);
    expect(data.sites).toHaveLength(5);
  });

  it('a file that could not be fetched is reported, not thrown', () => {
    const data = validateDataset({ ...realFiles(), 'phases.json': { error: 'HTTP 404' } });
    expect(describeProblem(data.problems[0]!)).toBe('geodata/phases.json: could not be loaded (HTTP 404)');
    // Sites still name their phases: with phases.json gone they are not reported one by one.
    expect(data.problems).toHaveLength(1);
    expect(data.sites).toHaveLength(5);
  });

  it('a missing field drops that record only', () => {
    const data = validateDataset(withEdited('statements.json', (s) => delete record(s, 'agreement').quote));
    expect(data.problems).toEqual([
      { file: 'statements.json', record: 'agreement', field: 'quote', message: 'is missing' },
    ]);
    expect(data.statements.map((s) => s.id)).not.toContain('agreement');
    expect(data.statements.length).toBe(JSON.parse(realFiles()['statements.json'] as string).length - 1);
  });

  it('a wrong type in a site names the nested field', () => {
    const data = validateDataset(withEdited('sites.geojson', (fc) => (fc.features[2].properties.phases = 'one')));
    expect(data.problems.map(describeProblem)).toEqual(['geodata/sites.geojson, record "kurecik", field "properties.phases": ' + data.problems[0]!.message]);
    expect(data.sites.map((s) => s.id)).toEqual(['deveselu', 'redzikowo', 'rota', 'ramstein']);
  });

  it('an out-of-range coordinate is rejected with a readable message', () => {
    const data = validateDataset(withEdited('sites.geojson', (fc) => (fc.features[0].geometry.coordinates = [24.4, 144.1])));
    expect(data.problems).toEqual([
      { file: 'sites.geojson', record: 'deveselu', field: 'geometry.coordinates[1]', message: 'latitude must be at most 90' },
    ]);
  });

  it('an impossible date is rejected', () => {
    const data = validateDataset(withEdited('phases.json', (p) => (p[3].actual[0].date = '2013-02-30')));
    expect(data.problems).toEqual([{ file: 'phases.json', record: '4', field: 'actual[0].date', message: 'is not a real calendar date' }]);
  });

  it('an event that starts a state of the wrong kind is rejected, naming the field', () => {
    const sites = validateDataset(withEdited('sites.geojson', (fc) => (fc.features[0].properties.dates[0].starts = 'done')));
    expect(sites.problems).toHaveLength(1);
    expect(sites.problems[0]).toMatchObject({ file: 'sites.geojson', record: 'deveselu', field: 'properties.dates[0].starts' });
    const phases = validateDataset(withEdited('phases.json', (p) => (p[3].actual[0].starts = 'operational')));
    expect(phases.problems).toHaveLength(1);
    expect(phases.problems[0]).toMatchObject({ file: 'phases.json', record: '4', field: 'actual[0].starts' });
  });

  it('a statement naming an unknown site is an error; the statement stays, without that link', () => {
    const data = validateDataset(withEdited('statements.json', (s) => (record(s, 'plan-sites').sites = ['deveselu', 'atlantis'])));
    expect(data.problems.map(describeProblem)).toEqual([
      'geodata/statements.json, record "plan-sites", field "sites[1]": names site "atlantis", which is not in geodata/sites.geojson',
    ]);
    expect(data.statements.find((s) => s.id === 'plan-sites')?.sites).toEqual(['deveselu']);
  });

  it('an unknown source on a site date is an error', () => {
    const data = validateDataset(withEdited('sites.geojson', (fc) => (fc.features[1].properties.dates[0].sources = ['nowhere'])));
    expect(data.problems[0]).toMatchObject({ file: 'sites.geojson', record: 'redzikowo', field: 'properties.dates[0].sources[0]' });
  });

  it('a status without a source is an error naming the field; the other sites still show', () => {
    const data = validateDataset(withEdited('sites.geojson', (fc) => delete fc.features[2].properties.statusSources));
    expect(data.problems.map(describeProblem)).toEqual(['geodata/sites.geojson, record "kurecik", field "properties.statusSources": is missing']);
    expect(data.sites.map((s) => s.id)).toEqual(['deveselu', 'redzikowo', 'rota', 'ramstein']);
    expect(data.phases).toHaveLength(4);
  });

  it('a span that ends before it starts is an error', () => {
    const data = validateDataset(withEdited('sites.geojson', (fc) => (fc.features[1].properties.dates[0].to = '2009-01')));
    expect(data.problems).toEqual([{ file: 'sites.geojson', record: 'redzikowo', field: 'properties.dates[0].to', message: 'must be later than date' }]);
  });

  it("a phase event's link to an unknown site is dropped, the event kept", () => {
    const data = validateDataset(withEdited('phases.json', (p) => (p[2].actual[1].site = 'atlantis')));
    expect(data.problems.map(describeProblem)).toEqual([
      'geodata/phases.json, record "3", field "actual[1].site[0]": names site "atlantis", which is not in geodata/sites.geojson',
    ]);
    const event = data.phases[2]!.actual[1]!;
    expect(event.site).toBeUndefined();
    expect(event.sources.length).toBeGreaterThan(0);
  });

  it('corrections are listed newest first; a broken one costs only itself', () => {
    const data = validateDataset(
      withEdited('corrections.json', (c) => {
        c.push({ id: 'later', date: '2027-01-05', change: 'A later change.', reason: 'A later reason.' });
        c.push({ id: 'broken', date: '2027-02-01', change: 'No reason given.' });
      }),
    );
    expect(data.problems.map(describeProblem)).toEqual(['geodata/corrections.json, record "broken", field "reason": is missing']);
    expect(data.corrections[0]!.id).toBe('later');
    expect(data.corrections.map((c) => c.id)).not.toContain('broken');
  });

  it('a quote without a speaker is an error; a report without one is fine', () => {
    const data = validateDataset(
      withEdited('statements.json', (s) => {
        delete record(s, 'agreement').speaker;
        delete record(s, 'plan-sites').speaker;
      }),
    );
    expect(data.problems).toEqual([{ file: 'statements.json', record: 'agreement', field: 'speaker', message: 'a quote needs a speaker' }]);
  });

  it('a duplicate id keeps the first record', () => {
    const data = validateDataset(withEdited('sources.json', (s) => s.push({ ...s[0], title: 'Copy' })));
    expect(data.problems).toMatchObject([{ file: 'sources.json', record: s0(), field: 'id' }]);
    expect(data.sources.find((s) => s.id === s0())?.title).not.toBe('Copy');
  });

  it('a record that is not an object is labelled by its position', () => {
    const data = validateDataset(withEdited('phases.json', (p) => p.push(42)));
    expect(data.problems[0]).toMatchObject({ file: 'phases.json', record: '#5' });
  });

  it('a sites file that is not a FeatureCollection says so', () => {
    const data = validateDataset({ ...realFiles(), 'sites.geojson': '{"type": "Feature"}' });
    expect(describeProblem(data.problems[0]!)).toBe('geodata/sites.geojson: must be a GeoJSON FeatureCollection with a "features" array');
  });
});

function s0(): string {
  return JSON.parse(realFiles()['sources.json'] as string)[0].id;
}

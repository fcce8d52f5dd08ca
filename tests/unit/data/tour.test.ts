import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTour } from '../../../src/data/tour';
import { describeProblem, validateDataset } from '../../../src/data/validate';
import { realFiles, root } from '../helpers';

const data = validateDataset(realFiles());
const raw = readFileSync(`${root}geodata/tour.json`, 'utf8');
const edited = (edit: (steps: any[]) => void) => {
  const steps = JSON.parse(raw);
  edit(steps);
  return JSON.stringify(steps);
};

describe('the briefing tour', () => {
  it('the shipped tour is valid, opens with a title step and closes with a closing one', () => {
    const tour = validateTour(raw, data);
    expect(tour.problems.map(describeProblem)).toEqual([]);
    expect(tour.steps.length).toBeGreaterThanOrEqual(6);
    expect(tour.steps[0]!.sites).toEqual([]);
    expect(tour.steps.at(-1)!.statements.length).toBeGreaterThan(0);
    // It walks every phase and every site.
    expect(new Set(tour.steps.map((s) => s.phase).filter((p) => p !== null))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(tour.steps.flatMap((s) => s.sites))).toEqual(new Set(data.sites.map((s) => s.id)));
  });

  it('a step naming an unknown site is a clear error, and the step stays without it', () => {
    const tour = validateTour(edited((s) => (s[1].sites = ['deveselu', 'atlantis'])), data);
    expect(tour.problems.map(describeProblem)).toEqual([
      'geodata/tour.json, record "the-plan", field "sites[1]": names site "atlantis", which is not in geodata/sites.geojson',
    ]);
    expect(tour.steps[1]!.sites).toEqual(['deveselu']);
  });

  it('an unknown statement or phase is an error too', () => {
    const tour = validateTour(
      edited((s) => {
        s[2].statements = ['nope'];
        s[3].phase = 7;
      }),
      data,
    );
    expect(tour.problems.map(describeProblem)).toEqual([
      'geodata/tour.json, record "phase-1", field "statements[0]": names statement "nope", which is not in geodata/statements.json',
      'geodata/tour.json, record "kurecik", field "phase": names phase "7", which is not in geodata/phases.json',
    ]);
    expect(tour.steps[3]!.phase).toBeNull();
  });

  it('a step without notes is left out, named', () => {
    const tour = validateTour(edited((s) => delete s[0].notes), data);
    expect(tour.problems).toEqual([{ file: 'tour.json', record: 'title', field: 'notes', message: 'is missing' }]);
    expect(tour.steps[0]!.id).toBe('the-plan');
  });

  it('a camera out of range is rejected', () => {
    const tour = validateTour(edited((s) => (s[3].camera.lat = 95)), data);
    expect(tour.problems[0]).toMatchObject({ record: 'kurecik', field: 'camera.lat' });
  });

  it('a broken or empty file says so', () => {
    expect(describeProblem(validateTour('[', data).problems[0]!)).toMatch(/^geodata\/tour\.json: is not valid JSON/);
    expect(describeProblem(validateTour('[]', data).problems[0]!)).toBe('geodata/tour.json: has no steps');
  });
});

describe('a step on a date', () => {
  it('the shipped tour has a step that shows the map on a month', () => {
    const tour = validateTour(raw, data);
    expect(tour.steps.filter((s) => s.date !== undefined).length).toBeGreaterThanOrEqual(1);
  });
  it.each(['2016', '2016-13', '2016-05-12', 'May 2016', 201605])('a step dated %s is left out, named', (date) => {
    const tour = validateTour(
      edited((s) => (s[1].date = date)),
      data,
    );
    expect(tour.problems[0]).toMatchObject({ record: 'the-plan', field: 'date' });
  });
});

describe('a step with a table', () => {
  it('the shipped tour has the plan-versus-actual table on one step', () => {
    const tour = validateTour(raw, data);
    expect(tour.steps.filter((s) => s.table === 'plan-vs-actual').length).toBe(1);
  });
  it.each(['timeline', '', 1, true])('a step asking for table %j is left out, named', (table) => {
    const tour = validateTour(
      edited((s) => (s[1].table = table)),
      data,
    );
    expect(tour.problems[0]).toMatchObject({ record: 'the-plan', field: 'table' });
    expect(tour.steps.map((s) => s.id)).not.toContain('the-plan');
  });
});

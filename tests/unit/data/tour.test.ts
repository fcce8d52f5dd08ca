import { describe, expect, it } from 'vitest';
import { NEW_TOUR_ID, TOUR_FILE_MAX_BYTES, checkShippedId, validateTourFile } from '../../../src/data/tour';
import { DRAFT_TOUR, packageTourUrlId } from '../../../src/data/tour-id';
import { describeProblem } from '../../../src/data/validate';
import { validateDataset } from '../../../src/data/validate-all';
import { realFiles, shippedTours, tourIds, tourText } from '../helpers';

const data = validateDataset(realFiles());
const validateTour = (raw: string) => validateTourFile('tours/briefing.json', raw, data);
const briefing = JSON.parse(tourText('briefing'));
// The default tour's steps in the old format, a bare array: both formats are read the same way.
const raw = JSON.stringify(briefing.steps);
const edited = (edit: (steps: any[]) => void) => {
  const steps = JSON.parse(raw);
  edit(steps);
  return JSON.stringify({ ...briefing, steps });
};

describe('the shipped tours', () => {
  it('geodata/tours/ holds the default tour and a second one', () => {
    expect(tourIds()).toEqual(['briefing', 'planned-against-built']);
  });
  it.each(shippedTours(data).map(({ id, tour }) => [id, tour] as const))('%s is valid, in English, and carries its own id', (id, tour) => {
    expect(tour.problems.map(describeProblem)).toEqual([]);
    expect(tour.info).toMatchObject({ id, lang: 'en' });
    expect(tour.steps.length).toBeGreaterThanOrEqual(4);
  });
});

describe('the default tour', () => {
  it('is valid, opens with a title step and closes with a closing one', () => {
    const tour = validateTour(JSON.stringify(briefing));
    expect(tour.problems.map(describeProblem)).toEqual([]);
    expect(tour.steps.length).toBeGreaterThanOrEqual(6);
    expect(tour.steps[0]!.sites).toEqual([]);
    expect(tour.steps.at(-1)!.statements.length).toBeGreaterThan(0);
    // It walks every phase and every site.
    expect(new Set(tour.steps.map((s) => s.phase).filter((p) => p !== null))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(tour.steps.flatMap((s) => s.sites))).toEqual(new Set(data.sites.map((s) => s.id)));
  });

  it('a step naming an unknown site is a clear error, and the step stays without it', () => {
    const tour = validateTour(edited((s) => (s[1].sites = ['deveselu', 'atlantis'])));
    expect(tour.problems.map(describeProblem)).toEqual([
      'geodata/tours/briefing.json, record "the-plan", field "sites[1]": names site "atlantis", which is not in geodata/sites.geojson',
    ]);
    expect(tour.steps[1]!.sites).toEqual(['deveselu']);
  });

  it('an unknown statement or phase is an error too', () => {
    const tour = validateTour(edited((s) => {
        s[2].statements = ['nope'];
        s[3].phase = 7;
      }));
    expect(tour.problems.map(describeProblem)).toEqual([
      'geodata/tours/briefing.json, record "phase-1", field "statements[0]": names statement "nope", which is not in geodata/statements.json',
      'geodata/tours/briefing.json, record "kurecik", field "phase": names phase "7", which is not in geodata/phases.json',
    ]);
    expect(tour.steps[3]!.phase).toBeNull();
  });

  it('a step without notes, or with empty ones, is kept: speaker notes are the presenter\'s choice', () => {
    const tour = validateTour(edited((s) => {
      delete s[0].notes;
      s[1].notes = '';
    }));
    expect(tour.problems).toEqual([]);
    expect(tour.steps[0]!.id).toBe('title');
    expect(tour.steps[0]!.notes).toBeUndefined();
  });

  it('a camera out of range is rejected', () => {
    const tour = validateTour(edited((s) => (s[3].camera.lat = 95)));
    expect(tour.problems[0]).toMatchObject({ record: 'kurecik', field: 'camera.lat' });
  });

  it('a broken or empty file says so', () => {
    expect(describeProblem(validateTour('[').problems[0]!)).toMatch(/^geodata\/tours\/briefing\.json: is not valid JSON/);
    expect(describeProblem(validateTour('[]').problems[0]!)).toBe('geodata/tours/briefing.json: has no steps');
  });
});

describe('a step on a date', () => {
  it('the default tour has a step that shows the map on a month', () => {
    const tour = validateTour(raw);
    expect(tour.steps.filter((s) => s.date !== undefined).length).toBeGreaterThanOrEqual(1);
  });
  it.each(['2016', '2016-13', '2016-05-12', 'May 2016', 201605])('a step dated %s is left out, named', (date) => {
    const tour = validateTour(edited((s) => (s[1].date = date)));
    expect(tour.problems[0]).toMatchObject({ record: 'the-plan', field: 'date' });
  });
});

describe('a step with a table', () => {
  it('the default tour has the plan-versus-actual table on one step', () => {
    const tour = validateTour(raw);
    expect(tour.steps.filter((s) => s.table === 'plan-vs-actual').length).toBe(1);
  });
  it.each(['timeline', '', 1, true])('a step asking for table %j is left out, named', (table) => {
    const tour = validateTour(edited((s) => (s[1].table = table)));
    expect(tour.problems[0]).toMatchObject({ record: 'the-plan', field: 'table' });
    expect(tour.steps.map((s) => s.id)).not.toContain('the-plan');
  });
});

describe('a tour file', () => {
  const file = 'file:my talk.json' as const;
  const steps = () => JSON.parse(raw) as any[];
  const tourFile = (edit: (t: any) => void = () => {}) => {
    const t = { id: 'my-talk', title: 'My talk', lang: 'pl', steps: steps() };
    edit(t);
    return JSON.stringify(t);
  };
  const read = (text: string) => validateTourFile(file, text, data);
  const messages = (text: string) => read(text).problems.map(describeProblem);

  it('a whole tour file gives its id, title and language, and every step', () => {
    const tour = read(tourFile());
    expect(tour.problems).toEqual([]);
    expect(tour.info).toEqual({ id: 'my-talk', title: 'My talk', lang: 'pl' });
    expect(tour.steps.length).toBe(steps().length);
  });

  it('a shipped tour whose id is not its file name is named', () => {
    const tour = validateTourFile('tours/other.json', tourText('briefing'), data);
    checkShippedId(tour, 'tours/other.json', 'other');
    expect(tour.problems.map(describeProblem)).toEqual(['geodata/tours/other.json, field "id": is "briefing", but the file is named for "other"']);
    expect(tour.info!.id).toBe('other');
  });

  it("a reader's own file is named by its name, not as a file of the project", () => {
    expect(messages('{')[0]).toMatch(/^my talk\.json: is not valid JSON/);
    expect(describeProblem({ file: 'tours/briefing.json', message: 'x' })).toBe('geodata/tours/briefing.json: x');
  });

  it('a file over 1 MB is refused before it is read, and says so', () => {
    const big = tourFile((t) => (t.steps[0].notes = 'x'.repeat(TOUR_FILE_MAX_BYTES)));
    const tour = read(big);
    expect(tour.info).toBeNull();
    expect(tour.steps).toEqual([]);
    expect(tour.problems.map(describeProblem)).toEqual([expect.stringMatching(/^my talk\.json: is too large for a tour file \([\d,]+ bytes; at most 1,000,000\)$/)]);
  });

  it('the limit counts bytes, not characters', () => {
    // 400,000 Cyrillic letters are 800,000 bytes: under the limit; 600,000 are over it.
    expect(read(tourFile((t) => (t.steps[0].notes = 'я'.repeat(400_000)))).problems).toEqual([]);
    expect(messages(tourFile((t) => (t.steps[0].notes = 'я'.repeat(600_000))))[0]).toMatch(/is too large/);
  });

  it.each([
    ['not JSON', 'Hello, this is my tour', /^my talk\.json: is not valid JSON/],
    ['a number', '42', /^my talk\.json: must be a tour/],
    ['an object without steps', '{"id":"x","title":"x","lang":"en"}', /^my talk\.json: must be a tour/],
    ['null', 'null', /^my talk\.json: must be a tour/],
  ])('a file that is %s gives a clear message and no steps', (_, text, message) => {
    const tour = read(text);
    expect(tour.info).toBeNull();
    expect(tour.steps).toEqual([]);
    expect(tour.problems.map(describeProblem)).toEqual([expect.stringMatching(message)]);
  });

  it('the old format, a bare array of steps, is still read: it becomes "my-tour" in English, titled by its first step', () => {
    const tour = read(raw);
    expect(tour.problems).toEqual([]);
    expect(tour.info).toEqual({ id: 'my-tour', title: steps()[0].title, lang: 'en' });
    expect(tour.steps.length).toBe(steps().length);
  });

  it('unknown sites, statements and phases name the step and the field; the rest of the step and every other step still load', () => {
    const tour = read(
      tourFile((t) => {
        t.steps[1].sites = ['deveselu', 'atlantis'];
        t.steps[2].statements = ['nope'];
        t.steps[3].phase = 7;
      }),
    );
    expect(tour.problems.map(describeProblem)).toEqual([
      'my talk.json, record "the-plan", field "sites[1]": names site "atlantis", which is not in geodata/sites.geojson',
      'my talk.json, record "phase-1", field "statements[0]": names statement "nope", which is not in geodata/statements.json',
      'my talk.json, record "kurecik", field "phase": names phase "7", which is not in geodata/phases.json',
    ]);
    expect(tour.steps.length).toBe(steps().length);
    expect(tour.steps[1]!.sites).toEqual(['deveselu']);
    expect(tour.steps[2]!.statements).toEqual([]);
    expect(tour.steps[3]!.phase).toBeNull();
  });

  it('a broken step is left out, named by step and field; the valid steps are kept', () => {
    const tour = read(tourFile((t) => (t.steps[2].camera = { zoom: 3, lat: 'north', lon: 10 })));
    expect(tour.problems.map(describeProblem)).toEqual(['my talk.json, record "phase-1", field "camera.lat": should be number, not "north"']);
    expect(tour.steps.map((s) => s.id)).toEqual(steps().map((s) => s.id).filter((id) => id !== 'phase-1'));
  });

  it.each([
    ['id', 'My Talk!', 'must be 1 to 40 lower-case letters, digits and dashes'],
    ['id', 'a'.repeat(41), 'must be 1 to 40 lower-case letters, digits and dashes'],
    ['title', '   ', 'must not be empty'],
    ['lang', 'de', 'must be one of: en, ro, pl, tr, ru'],
    ['lang', undefined, 'is missing'],
  ])('a header whose %s is %j is named; the steps still load', (field, value, message) => {
    const tour = read(tourFile((t) => (t[field] = value)));
    expect(tour.problems.map(describeProblem)).toEqual([`my talk.json, field "${field}": ${message}`]);
    expect(tour.steps.length).toBe(steps().length);
    expect(tour.info).not.toBeNull();
  });

  it('text written as HTML is kept as the plain text it is: nothing is removed or interpreted', () => {
    const html = '<img src=x onerror="alert(1)"><b>Deveselu</b> &amp; <script>alert(2)</script>';
    const tour = read(
      tourFile((t) => {
        t.title = html;
        t.steps[0].title = html;
        t.steps[0].text = html;
        t.steps[0].notes = html;
      }),
    );
    expect(tour.problems).toEqual([]);
    expect(tour.info!.title).toBe(html);
    expect(tour.steps[0]).toMatchObject({ title: html, text: html, notes: html });
  });

  it("a package's own tour is played by its id, unless that is the draft's", () => {
    expect(packageTourUrlId('my-talk')).toBe('my-talk');
    expect(packageTourUrlId(DRAFT_TOUR)).toBe(NEW_TOUR_ID);
  });

  it('a tour with no steps says so', () => {
    expect(messages(tourFile((t) => (t.steps = [])))).toEqual(['my talk.json: has no steps']);
  });
});

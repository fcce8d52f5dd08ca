import { describe, expect, it } from 'vitest';
import { NEW_TOUR_ID, validateTourFile } from '../../../src/data/tour';
import { DRAFT_TOUR } from '../../../src/data/tour-id';
import { validateDataset } from '../../../src/data/validate-all';
import { arrangeTours, describeTourProblem, playable } from '../../../src/tour-package/tour-sources';
import type { TourSource } from '../../../src/tour-package/tour-sources';
import { packageTourIdOf } from '../../../src/tour-package/package-tour';
import { realFiles, shippedTours, tourText } from '../helpers';

const data = validateDataset(realFiles());
const shipped: TourSource[] = shippedTours(data).map(({ id, tour }) => ({ id, kind: 'shipped', tour }));
const briefing = JSON.parse(tourText('briefing'));
/** A package's tour from its file's text, named as the package names it. */
const carried = (json: unknown): TourSource => {
  const raw = JSON.stringify(json);
  return { id: packageTourIdOf(raw)!, kind: 'embedded', tour: validateTourFile('file:the tour in this file', raw, data) };
};
const ids = (list: TourSource[]) => list.map((s) => `${s.kind}:${s.id}`);

describe("a package's own tour among the shipped ones", () => {
  it('with steps to play, takes the place of the shipped tour of its id', () => {
    const own = carried({ ...briefing, title: 'My briefing' });
    expect(ids(arrangeTours(own, shipped))).toEqual(['embedded:briefing', 'shipped:planned-against-built']);
  });

  it('with none, leaves the shipped tour in its place and is kept under an id of its own, with its problems', () => {
    const broken = carried({ ...briefing, steps: [{ id: 'x' }] });
    expect(playable(broken)).toBe(false);
    const list = arrangeTours(broken, shipped);
    expect(ids(list)).toEqual(['embedded:briefing-in-file', 'shipped:briefing', 'shipped:planned-against-built']);
    expect(list[0]!.tour.problems.length).toBeGreaterThan(0);
    expect(list.filter(playable).map((s) => s.id)).toEqual(['briefing', 'planned-against-built']);
  });

  it('the renamed id is a valid one, and free', () => {
    const long = 'a'.repeat(40);
    const taken: TourSource[] = [long, `${'a'.repeat(32)}-in-file`].map((id) => ({ id, kind: 'shipped', tour: shipped[0]!.tour }));
    const broken: TourSource = { id: long, kind: 'embedded', tour: { info: null, steps: [], problems: [] } };
    const [first] = arrangeTours(broken, taken);
    expect(first!.id).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
    expect(taken.map((t) => t.id)).not.toContain(first!.id);
  });

  it('of another id, comes first, whether it plays or not', () => {
    expect(ids(arrangeTours(carried({ ...briefing, id: 'my-talk' }), shipped))[0]).toBe('embedded:my-talk');
    expect(ids(arrangeTours(carried({ ...briefing, id: 'my-talk', steps: [] }), shipped))[0]).toBe('embedded:my-talk');
  });
});

describe("the package's tour id: the one the first view opens is the one the briefing lists", () => {
  it.each([
    ['its own id', { ...briefing, id: 'my-talk' }, 'my-talk'],
    ['the old format, a bare array of steps', briefing.steps, NEW_TOUR_ID],
    ['a tour with no id', { ...briefing, id: undefined }, NEW_TOUR_ID],
    ['a tour with a malformed id', { ...briefing, id: 'My Talk!' }, NEW_TOUR_ID],
    ["the draft's id", { ...briefing, id: DRAFT_TOUR }, NEW_TOUR_ID],
  ])('%s', (_what, json, id) => {
    const raw = JSON.stringify(json);
    expect(packageTourIdOf(raw)).toBe(id);
    const info = validateTourFile('file:the tour in this file', raw, data).info!;
    expect(info.id === DRAFT_TOUR ? NEW_TOUR_ID : info.id).toBe(id);
  });

  it('none for what is not a tour', () => {
    expect(packageTourIdOf('{')).toBeNull();
    expect(packageTourIdOf('{"id":"x"}')).toBeNull();
    expect(packageTourIdOf('null')).toBeNull();
  });
});

describe("a tour's problems as the briefing lists them", () => {
  it('name the draft and the package\'s tour in the reader\'s language, and any other file as it is', async () => {
    const { ro } = await import('../../../src/i18n/messages/ro');
    const draft = { file: 'file:the draft kept in this browser', record: 's1', field: 'title', message: 'must not be empty' } as const;
    expect(describeTourProblem(draft, ro.tourFiles)).toBe(`${ro.tourFiles.draft}, record "s1", field "title": must not be empty`);
    expect(describeTourProblem({ file: 'file:the tour in this file', message: 'has no steps' }, ro.tourFiles)).toBe(`${ro.tourFiles.embedded}: has no steps`);
    expect(describeTourProblem({ file: 'tours/briefing.json', message: 'has no steps' }, ro.tourFiles)).toBe('geodata/tours/briefing.json: has no steps');
  });
});

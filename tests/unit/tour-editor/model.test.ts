import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, editorReducer, emptyStep, freeId, initialState, toggled } from '../../../src/tour-editor/model';
import type { EditorAction, EditorState, TourDraft } from '../../../src/tour-editor/model';

const step = (id: string, title = id) => ({ ...emptyStep(id), title, notes: `${title} notes` });
const tour = (...ids: string[]): TourDraft => ({ id: 't', title: 'T', lang: 'en', steps: ids.map((id) => step(id)) });
const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const ids = (s: EditorState) => s.tour.steps.map((x) => x.id);

describe('the tour editor model', () => {
  it('starts with one empty step when the tour has none', () => {
    const s = initialState(tour());
    expect(s.tour.steps).toEqual([emptyStep()]);
    expect(s.selected).toBe(0);
  });

  it('adds an empty step after the selected one, with a free id, and selects it', () => {
    const s = run(initialState(tour('a', 'step-4', 'c')), { type: 'select', index: 0 }, { type: 'add' });
    expect(ids(s)).toEqual(['a', 'step-4-2', 'step-4', 'c']);
    expect(s.selected).toBe(1);
    expect(s.tour.steps[1]).toMatchObject({ title: '', notes: '', sites: [], statements: [], phase: null });
  });

  it('removes a step, keeping the selection on a step', () => {
    const start = initialState(tour('a', 'b', 'c'));
    expect(ids(run(start, { type: 'select', index: 2 }, { type: 'remove', index: 0 }))).toEqual(['b', 'c']);
    expect(run(start, { type: 'select', index: 2 }, { type: 'remove', index: 0 }).selected).toBe(1);
    // The last step removed while selected: the one before is selected.
    expect(run(start, { type: 'select', index: 2 }, { type: 'remove', index: 2 }).selected).toBe(1);
    // The selected one removed: the next takes its place.
    expect(run(start, { type: 'select', index: 1 }, { type: 'remove', index: 1 }).selected).toBe(1);
    // Removing another step after the selection leaves it where it was.
    expect(run(start, { type: 'remove', index: 2 }).selected).toBe(0);
  });

  it('never leaves the tour without a step', () => {
    const s = run(initialState(tour('a')), { type: 'remove', index: 0 });
    expect(s.tour.steps).toEqual([emptyStep()]);
  });

  it('duplicates a step right after it, as a copy with its own id and lists', () => {
    const start = initialState({ ...tour('a', 'b'), steps: [{ ...step('a'), sites: ['x'] }, step('b')] });
    const s = run(start, { type: 'duplicate', index: 0 });
    expect(ids(s)).toEqual(['a', 'a-copy', 'b']);
    expect(s.tour.steps[1]).toMatchObject({ title: 'a', sites: ['x'] });
    expect(s.tour.steps[1]!.sites).not.toBe(s.tour.steps[0]!.sites);
    expect(s.selected).toBe(1);
    expect(ids(run(s, { type: 'duplicate', index: 0 }))).toEqual(['a', 'a-copy-2', 'a-copy', 'b']);
  });

  it('moves steps up, down and by drag, the selection following its step', () => {
    const start = initialState(tour('a', 'b', 'c', 'd'));
    const down = run(start, { type: 'move', from: 0, to: 1 });
    expect(ids(down)).toEqual(['b', 'a', 'c', 'd']);
    expect(down.selected).toBe(1);
    const dragged = run(start, { type: 'select', index: 2 }, { type: 'move', from: 0, to: 3 });
    expect(ids(dragged)).toEqual(['b', 'c', 'd', 'a']);
    expect(dragged.tour.steps[dragged.selected]!.id).toBe('c');
    const up = run(start, { type: 'select', index: 1 }, { type: 'move', from: 3, to: 0 });
    expect(ids(up)).toEqual(['d', 'a', 'b', 'c']);
    expect(up.tour.steps[up.selected]!.id).toBe('b');
    // Past the ends: nothing moves, and nothing is recorded.
    expect(run(start, { type: 'move', from: 0, to: -1 })).toBe(start);
    expect(ids(run(start, { type: 'move', from: 3, to: 9 }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('edits fields, leaving optional ones out of the step when emptied', () => {
    let s = run(initialState(tour('a')), { type: 'edit-step', index: 0, change: { text: 'Caption', date: '2016-05', camera: { zoom: 5, lat: 50, lon: 20 }, phase: 2 } });
    expect(s.tour.steps[0]).toMatchObject({ text: 'Caption', date: '2016-05', camera: { zoom: 5, lat: 50, lon: 20 }, phase: 2 });
    s = run(s, { type: 'edit-step', index: 0, change: { text: '', date: '', camera: undefined } });
    expect(Object.keys(s.tour.steps[0]!).sort()).toEqual(['id', 'notes', 'phase', 'sites', 'statements', 'title']);
    s = run(s, { type: 'edit-tour', change: { title: 'New', lang: 'ro' } });
    expect(s.tour).toMatchObject({ title: 'New', lang: 'ro' });
  });

  it('undoes and redoes every kind of change, and a new change forgets what was undone', () => {
    const start = initialState(tour('a', 'b'));
    const changed = run(start, { type: 'add' }, { type: 'move', from: 0, to: 2 }, { type: 'edit-step', index: 0, change: { sites: ['x'] } }, { type: 'remove', index: 1 });
    let s = changed;
    for (let i = 0; i < 4; i++) s = run(s, { type: 'undo' });
    expect(s.tour).toEqual(start.tour);
    expect(run(s, { type: 'undo' })).toBe(s);
    for (let i = 0; i < 4; i++) s = run(s, { type: 'redo' });
    expect(s.tour).toEqual(changed.tour);
    expect(run(s, { type: 'redo' })).toBe(s);
    const branched = run(changed, { type: 'undo' }, { type: 'duplicate', index: 0 });
    expect(branched.future).toEqual([]);
  });

  it('makes typing into one field one change, and a step loaded from a file undoable', () => {
    let s = initialState(tour('a'));
    for (const title of ['W', 'Wo', 'Wor', 'Word']) s = run(s, { type: 'edit-step', index: 0, change: { title } });
    s = run(s, { type: 'edit-step', index: 0, change: { notes: 'N' } });
    expect(s.past).toHaveLength(2);
    expect(run(s, { type: 'undo' }).tour.steps[0]!.title).toBe('Word');
    expect(run(s, { type: 'undo' }, { type: 'undo' }).tour.steps[0]!.title).toBe('a');
    const loaded = run(s, { type: 'load', tour: tour('x', 'y') });
    expect(ids(loaded)).toEqual(['x', 'y']);
    expect(ids(run(loaded, { type: 'undo' }))).toEqual(['a']);
  });

  it('keeps at most HISTORY_LIMIT changes', () => {
    let s = initialState(tour('a'));
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) s = run(s, { type: 'edit-step', index: 0, change: { phase: (i % 4) + 1 } });
    expect(s.past).toHaveLength(HISTORY_LIMIT);
  });

  it('ignores actions on steps that do not exist', () => {
    const start = initialState(tour('a'));
    for (const action of [{ type: 'remove', index: 3 }, { type: 'duplicate', index: -1 }, { type: 'edit-step', index: 5, change: { title: 'x' } }, { type: 'select', index: 4 }] as EditorAction[]) {
      expect(run(start, action)).toBe(start);
    }
  });
});

describe('freeId and toggled', () => {
  it('finds the first free id', () => {
    expect(freeId([step('a')], 'b')).toBe('b');
    expect(freeId([step('a'), step('a-2')], 'a')).toBe('a-3');
  });
  it('toggles an id, new ones at the end', () => {
    expect(toggled(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggled(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
  });
});

import { describe, expect, it } from 'vitest';
import { validateTourFile } from '../../../src/data/tour';
import { validateDataset } from '../../../src/data/validate-all';
import { realFiles } from '../helpers';
import { emptyStep } from '../../../src/tour-editor/model';
import type { TourDraft } from '../../../src/tour-editor/model';
import { DRAFT_KEY, NEW_TOUR_ID, readDraft, readSaved, store, storeDraft, tourFileJson, tourFileName } from '../../../src/tour-editor/tour-file';
import { DRAFT_SAVED_EVENT } from '../../../src/tour-package/tour-sources';
import { SHIPPED_TOURS } from '../../../src/data/load';

const data = validateDataset(realFiles());
const site = data.sites[0]!.id;
const statement = data.statements[0]!.id;
const phase = data.phases[1]!.id;

const draft: TourDraft = {
  id: 'my-tour',
  title: ' My tour ',
  lang: 'ro',
  steps: [
    { ...emptyStep('one'), title: 'First ', notes: ' Say this', text: '  ', sites: [site], phase, camera: { zoom: 4, lat: 50, lon: 20 }, date: '2016-05' },
    { ...emptyStep('two'), title: 'Second', notes: 'And this', statements: [statement] },
  ],
};

describe('the tour file the editor writes', () => {
  it('is pretty JSON in the documented order, trimmed, empty optional fields left out', () => {
    const json = tourFileJson(draft);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "steps": [\n    {\n      "id": "one",');
    const file = JSON.parse(json);
    expect(file).toEqual({
      id: 'my-tour',
      title: 'My tour',
      lang: 'ro',
      steps: [
        { id: 'one', title: 'First', camera: { zoom: 4, lat: 50, lon: 20 }, phase, sites: [site], statements: [], notes: 'Say this', date: '2016-05' },
        { id: 'two', title: 'Second', phase: null, sites: [], statements: [statement], notes: 'And this' },
      ],
    });
    expect(Object.keys(file.steps[0])).toEqual(['id', 'title', 'camera', 'phase', 'sites', 'statements', 'notes', 'date']);
    expect(tourFileName(draft)).toBe('my-tour.json');
  });

  it('reads back through the same validation as the shipped tours, with no problems', () => {
    const tour = validateTourFile('file:my-tour.json', tourFileJson(draft), data);
    expect(tour.problems).toEqual([]);
    expect(tour.info).toEqual({ id: 'my-tour', title: 'My tour', lang: 'ro' });
    expect(tour.steps.map((s) => s.id)).toEqual(['one', 'two']);
  });

  it('writes a step without speaker notes without them, and it reads back with no problems: notes are the presenter\'s choice', () => {
    const bare = { ...draft, steps: [...draft.steps, { ...emptyStep('three'), title: 'Third', notes: '  ' }] };
    const file = JSON.parse(tourFileJson(bare));
    expect(Object.keys(file.steps[2])).toEqual(['id', 'title', 'phase', 'sites', 'statements']);
    const tour = validateTourFile('file:my-tour.json', tourFileJson(bare), data);
    expect(tour.problems).toEqual([]);
    expect(tour.steps.map((s) => s.id)).toEqual(['one', 'two', 'three']);
    // The editor's own draft keeps an empty field as it was left, and plays as it is.
    const kept = { id: 'my-tour', title: 'My tour', lang: 'en', steps: [{ ...emptyStep('one'), title: 'One', notes: '' }] };
    expect(validateTourFile('file:draft', JSON.stringify(kept), data).problems).toEqual([]);
  });

  it('is read back as a draft as it was left, unfinished steps included', () => {
    const unfinished = { ...draft, steps: [...draft.steps, emptyStep('three')] };
    const back = readDraft(tourFileJson(unfinished));
    expect(back?.steps.map((s) => [s.id, s.title])).toEqual([['one', 'First'], ['two', 'Second'], ['three', '']]);
    expect(back?.steps[0]?.camera).toEqual({ zoom: 4, lat: 50, lon: 20 });
    expect(back?.lang).toBe('ro');
  });

  it('writes out what it reads back unchanged: an editor that loads another tab\'s draft holds that very text', () => {
    const written = tourFileJson({ ...draft, title: '  My tour ', steps: [...draft.steps, { ...emptyStep('three'), text: '  ', notes: ' n ' }] });
    expect(tourFileJson(readDraft(written)!)).toBe(written);
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{'],
    ['not a tour', '[1, 2]'],
    ['steps not a list', '{"steps": 3}'],
  ])('reads no draft from %s', (_, json) => {
    expect(readDraft(json)).toBeNull();
  });

  it('reads a damaged draft field by field', () => {
    const back = readDraft(JSON.stringify({ id: 'Bad Id!', lang: 'xx', steps: [{ title: 3, sites: ['a', 4], phase: 'two', camera: { zoom: 'x' } }, null] }));
    expect(back).toEqual({ id: NEW_TOUR_ID, title: '', lang: 'en', steps: [{ ...emptyStep('step-1'), sites: ['a'] }] });
    // The same id rule as every tour file (a URL must carry it): no leading dash.
    expect(readDraft(JSON.stringify({ id: '-draft', steps: [] }))?.id).toBe(NEW_TOUR_ID);
    expect(readDraft(JSON.stringify({ id: 'a-draft', steps: [] }))?.id).toBe('a-draft');
  });

  it('reads the record of the last download, or nothing', () => {
    expect(readSaved(JSON.stringify({ file: 'a.json', at: 5, json: '{}' }))).toEqual({ file: 'a.json', at: 5, json: '{}' });
    expect(readSaved('{"file": 1}')).toBeNull();
    expect(readSaved('nope')).toBeNull();
  });

  it('says when the browser refuses storage', () => {
    const refusing = { setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    expect(store('k', 'v', refusing)).toBe(false);
    expect(store('k', 'v', null)).toBe(false);
    const kept = new Map<string, string>();
    expect(store('k', 'v', { setItem: (k, v) => kept.set(k, v), removeItem: (k) => kept.delete(k) })).toBe(true);
    expect(kept.get('k')).toBe('v');
  });

  it('tells a briefing in this page each time it keeps the draft, and not when refused', () => {
    const page = new EventTarget();
    let heard = 0;
    page.addEventListener(DRAFT_SAVED_EVENT, () => heard++);
    const kept = new Map<string, string>();
    const storage = { setItem: (k: string, v: string) => void kept.set(k, v), removeItem: (k: string) => void kept.delete(k) };
    expect(storeDraft('{"a":1}', storage, page)).toBe(true);
    expect(kept.get(DRAFT_KEY)).toBe('{"a":1}');
    expect(heard).toBe(1);
    expect(storeDraft('{"a":2}', storage, page)).toBe(true);
    expect(heard).toBe(2);
    expect(storeDraft('{"a":3}', null, page)).toBe(false);
    expect(heard).toBe(2);
  });

  it("never writes a shipped tour's id: a copy of one is written as a new tour", () => {
    expect(SHIPPED_TOURS.length).toBeGreaterThan(0);
    for (const id of SHIPPED_TOURS) {
      const copy = { ...draft, id };
      expect(JSON.parse(tourFileJson(copy)).id).toBe(NEW_TOUR_ID);
      expect(tourFileName(copy)).toBe(`${NEW_TOUR_ID}.json`);
    }
    expect(JSON.parse(tourFileJson({ ...draft, id: 'kept-id' })).id).toBe('kept-id');
  });
});

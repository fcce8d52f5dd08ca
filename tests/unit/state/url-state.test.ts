import { describe, expect, it } from 'vitest';
import { DEFAULT_TOUR, EMPTY_STATE, EMPTY_VIEW, formatBounds, formatTourRef, parseBounds, parseTourRef, parseCamera, parseHashState, sameCamera, serializeHashState, withHashKeys } from '../../../src/state/url-state';
import type { ViewState } from '../../../src/state/url-state';
import { viewAt as parseHash } from '../helpers';

/** The briefing's keys of a hash: the tour and its step, and the speaker's window. */
const parseBriefingKeys = (hash: string) => {
  const { tour, presenter } = parseHashState(hash, null);
  return { tour, presenter };
};
/** A view written as the page writes it (the rest of the state at its defaults). */
const serializeView = (view: ViewState, previousHash = '') => serializeHashState({ ...EMPTY_STATE, ...view }, previousHash);

const known = { sites: new Set(['deveselu', 'redzikowo']), phases: new Set([1, 2, 3, 4]) };

describe('parseHash', () => {
  it('reads site, phase and camera', () => {
    expect(parseHash('#site=redzikowo&phase=3&map=4.5/50.1234/-6.5', known)).toEqual({
      site: 'redzikowo',
      phase: 3,
      camera: { zoom: 4.5, lat: 50.1234, lon: -6.5 },
    });
  });

  it('accepts a hash without the leading #', () => {
    expect(parseHash('phase=2', known).phase).toBe(2);
  });

  it('gives the empty view for an empty hash', () => {
    expect(parseHash('', known)).toEqual(EMPTY_VIEW);
    expect(parseHash('#', known)).toEqual(EMPTY_VIEW);
  });

  // One case per malformed value: each is ignored and the rest still applies.
  it.each([
    ['unknown site', '#site=atlantis&phase=2', { site: null, phase: 2 }],
    ['site with markup', '#site=%3Cscript%3E&phase=2', { site: null, phase: 2 }],
    ['empty site', '#site=&phase=2', { site: null, phase: 2 }],
    ['unknown phase', '#site=deveselu&phase=5', { site: 'deveselu', phase: null }],
    ['phase zero', '#phase=0&site=deveselu', { site: 'deveselu', phase: null }],
    ['negative phase', '#phase=-1&site=deveselu', { site: 'deveselu', phase: null }],
    ['fractional phase', '#phase=2.5&site=deveselu', { site: 'deveselu', phase: null }],
    ['phase with exponent', '#phase=2e0&site=deveselu', { site: 'deveselu', phase: null }],
    ['phase as words', '#phase=two&site=deveselu', { site: 'deveselu', phase: null }],
    ['bad percent-encoding', '#site=%E0%A4%A&phase=1', { site: null, phase: 1 }],
    ['key without value', '#site&phase=1', { site: null, phase: 1 }],
  ])('%s', (_name, hash, expected) => {
    expect(parseHash(hash, known)).toMatchObject({ ...expected, camera: null });
  });

  it('takes the first valid value of a repeated key', () => {
    expect(parseHash('#phase=9&phase=2&phase=3', known).phase).toBe(2);
    expect(parseHash('#site=deveselu&site=redzikowo', known).site).toBe('deveselu');
  });

  it('keys are case-sensitive; unknown keys are ignored', () => {
    expect(parseHash('#SITE=deveselu&foo=bar', known)).toEqual(EMPTY_VIEW);
  });
});

describe('parseCamera', () => {
  it.each([
    ['too few parts', '4/50'],
    ['too many parts', '4/50/10/0'],
    ['not numbers', 'a/b/c'],
    ['NaN', 'NaN/50/10'],
    ['Infinity', 'Infinity/50/10'],
    ['exponent', '1e1/50/10'],
    ['hex', '0x4/50/10'],
    ['negative zoom', '-1/50/10'],
    ['zoom too deep', '23/50/10'],
    ['latitude beyond the Mercator limit', '4/86/10'],
    ['longitude beyond 180', '4/50/181'],
    ['empty parts', '//'],
    ['spaces', ' 4/50/10'],
    ['huge number', '4/50/100000000000000000000'],
  ])('rejects %s', (_name, value) => {
    expect(parseCamera(value)).toBeNull();
  });

  it('accepts the limits', () => {
    expect(parseCamera('0/-85/-180')).toEqual({ zoom: 0, lat: -85, lon: -180 });
    expect(parseCamera('22/85/180')).toEqual({ zoom: 22, lat: 85, lon: 180 });
  });

  it('normalises negative zero', () => {
    expect(Object.is(parseCamera('4/-0/0')!.lat, 0)).toBe(true);
  });
});

describe('parseBounds', () => {
  it('reads west, south, east, north', () => {
    expect(parseBounds('-9.5,35.25,40,56.1')).toEqual([-9.5, 35.25, 40, 56.1]);
  });

  it.each([
    ['too few parts', '-9,35,40'],
    ['too many parts', '-9,35,40,56,1'],
    ['not numbers', 'a,b,c,d'],
    ['NaN', 'NaN,35,40,56'],
    ['Infinity', '-9,35,Infinity,56'],
    ['exponent', '-9,35,4e1,56'],
    ['hex', '0x1,35,40,56'],
    ['empty parts', ',,,'],
    ['spaces', ' -9,35,40,56'],
    ['west beyond 180', '-181,35,40,56'],
    ['east beyond 180', '-9,35,181,56'],
    ['north beyond the Mercator limit', '-9,35,40,86'],
    ['south beyond the Mercator limit', '-9,-86,40,56'],
    ['west not west of east', '40,35,-9,56'],
    ['south not south of north', '-9,56,40,35'],
    ['an empty box', '10,35,10,56'],
  ])('rejects %s', (_name, value) => {
    expect(parseBounds(value)).toBeNull();
  });

  it('is ignored when malformed, and the rest of the hash still applies', () => {
    const s = parseHashState('#site=deveselu&bounds=40,35,-9,56&phase=2', known);
    expect(s).toMatchObject({ site: 'deveselu', phase: 2, bounds: null, camera: null });
  });

  it('takes the first valid box of a repeated key', () => {
    expect(parseHashState('#bounds=x&bounds=1,2,3,4&bounds=5,6,7,8', known).bounds).toEqual([1, 2, 3, 4]);
  });

  it('is written rounded, after the view, and only without a camera', () => {
    expect(formatBounds([-9.123456, 35.00001, 40, 56.5])).toBe('-9.1235,35,40,56.5');
    expect(serializeHashState({ ...EMPTY_STATE, site: 'deveselu', bounds: [-9.123456, 35, 40, 56.5] })).toBe('#site=deveselu&bounds=-9.1235,35,40,56.5');
    expect(serializeHashState({ ...EMPTY_STATE, bounds: [-9, 35, 40, 56], camera: { zoom: 4, lat: 50, lon: 10 } })).toBe('#map=4/50/10');
  });

  it('round-trips', () => {
    const state = { ...EMPTY_STATE, phase: 3, bounds: [-9.5, 35.25, 40, 56.1] as [number, number, number, number] };
    expect(parseHashState(serializeHashState(state), known)).toEqual(state);
  });
});

describe('serializeHashState, for a view', () => {
  it('omits defaults', () => {
    expect(serializeView(EMPTY_VIEW)).toBe('');
    expect(serializeView({ ...EMPTY_VIEW, phase: 2 })).toBe('#phase=2');
  });

  it('writes site, phase and a rounded camera in MapLibre order', () => {
    expect(serializeView({ site: 'deveselu', phase: 2, camera: { zoom: 4.56789, lat: 44.077312, lon: 24.416449 } })).toBe(
      '#site=deveselu&phase=2&map=4.57/44.0773/24.4164',
    );
  });

  it('keeps keys it does not own, ahead of its own, and writes its own from the state alone', () => {
    expect(serializeView({ ...EMPTY_VIEW, site: 'redzikowo' }, '#embed=1&site=deveselu&phase=3&tour=2')).toBe('#embed=1&site=redzikowo');
  });

  it('round-trips', () => {
    const view = { site: 'redzikowo', phase: 3, camera: { zoom: 5.25, lat: 54.4789, lon: 17.1075 } };
    expect(parseHash(serializeView(view), known)).toEqual(view);
  });
});

describe('sameCamera', () => {
  it('compares at the precision the URL keeps', () => {
    expect(sameCamera({ zoom: 4.001, lat: 50.00001, lon: 10 }, { zoom: 4, lat: 50, lon: 10 })).toBe(true);
    expect(sameCamera({ zoom: 4.01, lat: 50, lon: 10 }, { zoom: 4, lat: 50, lon: 10 })).toBe(false);
    expect(sameCamera(null, null)).toBe(true);
    expect(sameCamera(null, { zoom: 4, lat: 50, lon: 10 })).toBe(false);
  });
});

describe('briefing keys', () => {
  it('reads the tour, its step and the presenter flag', () => {
    expect(parseBriefingKeys('#tour=planned-against-built:3&presenter=1')).toEqual({ tour: { id: 'planned-against-built', step: 3 }, presenter: true });
    expect(parseBriefingKeys('#tour=draft:1')).toEqual({ tour: { id: 'draft', step: 1 }, presenter: false });
    expect(parseBriefingKeys('#site=deveselu')).toEqual({ tour: null, presenter: false });
  });
  it('an old link with only a step opens the default tour at that step', () => {
    expect(parseBriefingKeys('#tour=3')).toEqual({ tour: { id: DEFAULT_TOUR, step: 3 }, presenter: false });
    expect(parseTourRef('12')).toEqual({ id: DEFAULT_TOUR, step: 12 });
  });
  it('writes the tour with its id, the colon kept readable, and reads back what it wrote', () => {
    const state = { ...EMPTY_STATE, tour: { id: 'planned-against-built', step: 2 }, presenter: true };
    expect(serializeHashState(state)).toBe('#tour=planned-against-built:2&presenter=1');
    expect(serializeHashState({ ...EMPTY_STATE, tour: { id: DEFAULT_TOUR, step: 3 } })).toBe(`#tour=${DEFAULT_TOUR}:3`);
    expect(parseHashState(serializeHashState(state), null)).toEqual(state);
    expect(formatTourRef({ id: 'draft', step: 4 })).toBe('draft:4');
  });
  it.each([
    'tour=0', 'tour=-1', 'tour=1.5', 'tour=abc', 'tour=', 'tour=1e2', 'tour=99999', 'tour=briefing:0', 'tour=briefing:', 'tour=briefing',
    'tour=:3', 'tour=Briefing:3', 'tour=brief%20ing:3', 'tour=a:b:3', `tour=${'a'.repeat(41)}:1`, 'tour=-x:1', 'tour=%3Cscript%3E:1', 'tour=briefing:1000',
  ])('ignores %s', (hash) => {
    expect(parseBriefingKeys(hash).tour).toBeNull();
  });
  it('a percent-encoded colon reads as the colon', () => {
    expect(parseBriefingKeys('#tour=briefing%3A2').tour).toEqual({ id: DEFAULT_TOUR, step: 2 });
  });
  it('sets and removes keys, keeping the others', () => {
    expect(withHashKeys('#site=rota&tour=2', { tour: '3' })).toBe('#site=rota&tour=3');
    expect(withHashKeys('#site=rota&tour=2', { tour: null })).toBe('#site=rota');
    expect(withHashKeys('', { tour: '1' })).toBe('#tour=1');
    expect(withHashKeys('', { tour: 'draft:2' })).toBe('#tour=draft:2');
    expect(withHashKeys('#tour=1', { tour: null })).toBe('');
  });
});

describe('the date key', () => {
  const date = (hash: string) => parseHashState(hash, null).date;
  it('reads a month', () => {
    expect(date('#date=2016-05')).toBe('2016-05');
    expect(date('date=2009-09&site=deveselu')).toBe('2009-09');
  });
  it.each([
    ['no value', 'date='],
    ['a day', 'date=2016-05-12'],
    ['a year alone', 'date=2016'],
    ['month 00', 'date=2016-00'],
    ['month 13', 'date=2016-13'],
    ['a one-digit month', 'date=2016-5'],
    ['a two-digit year', 'date=16-05'],
    ['letters', 'date=may-2016'],
    ['a slash', 'date=2016/05'],
    ['spaces', 'date=%202016-05'],
    ['a sign', 'date=-2016-05'],
    ['a far year', 'date=0999-05'],
    ['bad percent-encoding', 'date=%E0%A4%A'],
  ])('ignores %s (%s), keeping the rest', (_, part) => {
    const s = parseHashState(`#phase=2&${part}`, null);
    expect(s.date).toBeNull();
    expect(s.phase).toBe(2);
  });
  it('takes the first valid value of a repeated key', () => {
    expect(date('date=2016-13&date=2014-06&date=2015-01')).toBe('2014-06');
  });
  it('is written after the view, left out when unset, and round-trips', () => {
    const state = { ...EMPTY_STATE, phase: 2, date: '2014-06' };
    expect(serializeHashState(state)).toBe('#phase=2&date=2014-06');
    expect(serializeHashState({ ...state, date: null })).toBe('#phase=2');
    expect(parseHashState(serializeHashState(state), null)).toEqual(state);
  });
});

describe('the tour editor key', () => {
  const edit = (hash: string) => parseHashState(hash, null).edit;
  it('reads edit=tour', () => {
    expect(edit('#edit=tour')).toBe(true);
    expect(edit('#phase=2&edit=tour')).toBe(true);
    expect(edit('')).toBe(false);
  });
  it.each([
    ['no value', 'edit='],
    ['another value', 'edit=1'],
    ['capitals', 'edit=Tour'],
  ])('ignores %s (%s), keeping the rest', (_, part) => {
    const s = parseHashState(`#phase=2&${part}`, null);
    expect(s.edit).toBe(false);
    expect(s.phase).toBe(2);
  });
  it('is written last, left out when closed, and round-trips', () => {
    const state = { ...EMPTY_STATE, phase: 2, edit: true };
    expect(serializeHashState(state)).toBe('#phase=2&edit=tour');
    expect(serializeHashState({ ...state, edit: false })).toBe('#phase=2');
    expect(parseHashState(serializeHashState(state), null)).toEqual(state);
  });
});

describe('the "who said what" keys', () => {
  const read = (hash: string) => parseHashState(hash, known);
  it('reads said=1 and the sides, with the shared site and phase: Moscow on Redzikowo', () => {
    const s = read('#said=1&sides=russia&site=redzikowo');
    expect(s.said).toBe(true);
    expect([...s.sides]).toEqual(['russia']);
    expect(s.site).toBe('redzikowo');
    expect([...read('#sides=nato,russia').sides]).toEqual(['nato', 'russia']);
  });
  it.each([
    ['no value', 'said=', false, []],
    ['another value', 'said=yes', false, []],
    ['an unknown side, the others kept', 'said=1&sides=russia,mars', true, ['russia']],
    ['capitals', 'said=1&sides=Russia', true, []],
    ['an empty list', 'said=1&sides=', true, []],
    ['a second sides key (the first wins)', 'said=1&sides=us&sides=iran', true, ['us']],
  ] as const)('ignores %s (%s), keeping the rest', (_, part, said, sides) => {
    const s = read(`#phase=2&${part}`);
    expect(s.said).toBe(said);
    expect([...s.sides]).toEqual(sides);
    expect(s.phase).toBe(2);
  });
  it('writes the sides in one order, leaves out the defaults, and round-trips', () => {
    const state = { ...EMPTY_STATE, site: 'redzikowo', said: true, sides: new Set(['russia', 'nato'] as const) };
    expect(serializeHashState(state)).toBe('#said=1&sides=nato,russia&site=redzikowo');
    expect(serializeHashState({ ...state, said: false, sides: new Set() })).toBe('#site=redzikowo');
    expect(parseHashState(serializeHashState(state), known)).toEqual(state);
  });
});

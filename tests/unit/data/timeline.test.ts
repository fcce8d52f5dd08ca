import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate-all';
import { changeMonths, monthOf, phaseStateAt, planAt, plannedSince, siteStateAt, timelineStart } from '../../../src/data/timeline';
import type { Phase, Site } from '../../../src/data/schema';
import { realFiles } from '../helpers';

const data = validateDataset(realFiles());
const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
const plan = (at: string) => planAt({ sites: data.sites, phases: data.phases, sourcesById }, at);

describe('the plan at a month, from the dated events in geodata/', () => {
  it('phase 3 is not late before its planned year is over: in progress in August 2018, late from January 2019', () => {
    expect(plan('2018-08').phases.get(3)).toBe('in-progress');
    expect(plan('2018-08').sites.get('redzikowo')?.late).toBe(false);
    expect(plan('2019-01').phases.get(3)).toBe('late');
  });

  it("phase 3 is done when the US Navy accepted Redzikowo (December 2023); the site is built and handed over until NATO's mission-ready", () => {
    expect(plan('2023-11').phases.get(3)).toBe('late');
    expect(plan('2023-12').phases.get(3)).toBe('done');
    expect(plan('2024-01').sites.get('redzikowo')).toEqual({ state: 'complete', late: false });
    expect(plan('2024-07').sites.get('redzikowo')?.state).toBe('operational');
  });

  it('Deveselu is under construction in June 2014 and operational in June 2016', () => {
    expect(plan('2014-06').sites.get('deveselu')).toEqual({ state: 'construction', late: false });
    expect(plan('2016-06').sites.get('deveselu')).toEqual({ state: 'operational', late: false });
    expect(plan('2016-07').sites.get('deveselu')?.state).toBe('nato-command');
  });

  it('Redzikowo in January 2019 is under construction and late against its plan; in 2025 under NATO command', () => {
    expect(plan('2018-12').sites.get('redzikowo')).toEqual({ state: 'construction', late: false });
    expect(plan('2019-01').sites.get('redzikowo')).toEqual({ state: 'construction', late: true });
    expect(plan('2019-01').phases.get(3)).toBe('late');
    expect(plan('2025-01').sites.get('redzikowo')).toEqual({ state: 'nato-command', late: false });
    expect(plan('2025-01').phases.get(3)).toBe('done');
  });

  it('phase 4 is planned until March 2013 and cancelled from then on', () => {
    expect(plan('2013-02').phases.get(4)).toBe('planned');
    expect(plan('2013-03').phases.get(4)).toBe('cancelled');
    expect(plan('2021-01').phases.get(4)).toBe('cancelled');
  });

  it('before the plan was announced nothing shows; a site shows from its first event that starts a state', () => {
    const start = timelineStart(data.phases, sourcesById)!;
    expect(start).toBe('2009-09');
    const before = plan('2009-08');
    expect([...before.phases.values()].every((s) => s === null)).toBe(true);
    expect(plan(start).phases.get(1)).toBe('planned');
    expect(plan('2011-08').sites.get('kurecik')).toEqual({ state: null, late: false });
    expect(plan('2011-09').sites.get('kurecik')?.state).toBe('agreed');
    expect(plan('2012-01').sites.get('kurecik')?.state).toBe('operational');
  });

  it("a site's working state never makes it late, even while a phase it serves is", () => {
    // Rota and Ramstein serve phase 3, late from 2019 to 2024, and worked all along.
    for (const id of ['rota', 'ramstein']) expect(plan('2020-01').sites.get(id)?.late).toBe(false);
  });

  it("agrees with each phase's outcome and each site's status when the facts were checked", () => {
    for (const site of data.sites) {
      const now = plan(monthOf(site.statusChecked));
      expect(['operational', 'nato-command'], site.id).toContain(now.sites.get(site.id)!.state);
      for (const phase of data.phases) {
        const state = now.phases.get(phase.id);
        const want = { done: ['done'], late: ['done', 'late'], cancelled: ['cancelled'], pending: ['planned', 'in-progress', 'late'] }[phase.outcome];
        expect(want, `phase ${phase.id}`).toContain(state);
      }
    }
  });
});

describe('the rules, on made-up records', () => {
  const phase = (over: Partial<Phase>): Phase =>
    ({ id: 7, plannedYear: 2015, plannedSources: { plannedYear: ['s'], interceptor: ['s'] }, actual: [], ...over }) as Phase;
  const site = (over: Partial<Site>): Site => ({ id: 'x', phases: [7], dates: [], ...over }) as Site;

  it('takes the latest event started by the month, whatever the order in the file; events starting nothing are skipped', () => {
    const s = site({
      dates: [
        { date: '2014-05-02', text: 't', sources: ['s'], starts: 'operational' },
        { date: '2012', text: 't', sources: ['s'], starts: 'agreed' },
        { date: '2014-05', text: 't', sources: ['s'] },
      ] as Site['dates'],
    });
    const none = new Map();
    expect(siteStateAt(s, '2011-12', none).state).toBeNull();
    expect(siteStateAt(s, '2012-01', none).state).toBe('agreed');
    expect(siteStateAt(s, '2014-04', none).state).toBe('agreed');
    expect(siteStateAt(s, '2014-05', none).state).toBe('operational');
  });

  it('a phase is late after the December of its planned year until done; done or cancelled end that', () => {
    const p = phase({ actual: [{ date: '2014-03', text: 't', sources: ['s'], starts: 'in-progress' }, { date: '2017-06-30', text: 't', sources: ['s'], starts: 'done' }] });
    expect(phaseStateAt(p, '2014-02', '2009-09')).toBe('planned');
    expect(phaseStateAt(p, '2015-12', '2009-09')).toBe('in-progress');
    expect(phaseStateAt(p, '2016-01', '2009-09')).toBe('late');
    expect(phaseStateAt(p, '2017-06', '2009-09')).toBe('done');
    expect(phaseStateAt(p, '2009-08', '2009-09')).toBeNull();
    expect(phaseStateAt(p, '2000-01', null)).toBe('planned');
  });

  it('a phase is planned from the month of the earliest dated source of its planned year', () => {
    const sources = new Map([
      ['a', { id: 'a', title: 't', publisher: 'p', date: '2011-09-15' }],
      ['b', { id: 'b', title: 't', publisher: 'p', date: '2009-09-17' }],
      ['c', { id: 'c', title: 't', publisher: 'p' }],
    ]);
    expect(plannedSince(phase({ plannedSources: { plannedYear: ['a', 'b', 'c'], interceptor: ['a'] } }), sources)).toBe('2009-09');
    expect(plannedSince(phase({ plannedSources: { plannedYear: ['c'], interceptor: ['a'] } }), sources)).toBeNull();
  });
});

describe('changeMonths', () => {
  it("lists each month an event starts a site's or a phase's state, once, in order, and no event that starts none", () => {
    const site = (dates: { date: string; starts?: string }[]) => ({ dates }) as unknown as Site;
    const phase = (actual: { date: string; starts?: string }[]) => ({ actual }) as unknown as Phase;
    const months = changeMonths({
      sites: [site([{ date: '2016-05-12', starts: 'operational' }, { date: '2013-10', starts: 'construction' }, { date: '2014-03-01' }])],
      phases: [phase([{ date: '2016-05', starts: 'done' }, { date: '2019', starts: 'cancelled' }])],
    });
    expect(months).toEqual(['2013-10', '2016-05', '2019-01']);
  });
});

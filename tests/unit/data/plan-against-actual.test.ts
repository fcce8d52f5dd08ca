import { describe, expect, it } from 'vitest';
import { milestoneOf, planAgainstActual } from '../../../src/data/plan-against-actual';
import type { Phase } from '../../../src/data/schema';

const phase = (id: number, plannedYear: number, outcome: Phase['outcome'], actual: Phase['actual']): Phase => ({
  id,
  name: `Phase ${id}`,
  plannedYear,
  interceptor: 'x',
  plannedSources: { plannedYear: ['s'], interceptor: ['s'] },
  outcome,
  outcomeSummary: 'y',
  actual,
});
const event = (date: string, starts?: 'in-progress' | 'done' | 'cancelled') => ({ date, text: date, sources: ['s'], ...(starts ? { starts } : {}) });

describe('the plan against what happened', () => {
  it('keeps one row per phase, in order, with only the events that change its state', () => {
    const rows = planAgainstActual([
      phase(1, 2011, 'done', [event('2012-01', 'done'), event('2012-05')]),
      phase(2, 2020, 'cancelled', [event('2013-03-15', 'cancelled')]),
    ]);
    expect(rows.map((r) => r.phase.id)).toEqual([1, 2]);
    expect(rows[0]!.changes.map((c) => [c.event.date, c.state])).toEqual([['2012-01', 'done']]);
    expect(rows[1]!.changes.map((c) => c.state)).toEqual(['cancelled']);
  });

  it('counts the years of delay only for a phase the data calls late, from the year it was done', () => {
    const rows = planAgainstActual([
      phase(1, 2011, 'done', [event('2012-01', 'done')]),
      phase(3, 2018, 'late', [event('2016-05-13', 'in-progress'), event('2024-07-10', 'done'), event('2024-11-13')]),
      phase(5, 2020, 'late', [event('2021-02', 'in-progress')]),
      phase(4, 2020, 'cancelled', [event('2013-03-15', 'cancelled')]),
      phase(6, 2030, 'pending', []),
    ]);
    expect(rows.map((r) => r.delayYears)).toEqual([null, 6, null, null, null]);
    expect(rows[1]!.changes.map((c) => c.state)).toEqual(['in-progress', 'done']);
    expect(rows[4]!.changes).toEqual([]);
  });
});

describe('milestoneOf', () => {
  it('names the milestone by the first clause of its text, without a closing parenthesis', () => {
    expect(milestoneOf('Deveselu declared technically capable')).toBe('Deveselu declared technically capable');
    expect(milestoneOf('Kürecik radar in operation (sources differ on the day)')).toBe('Kürecik radar in operation');
    expect(milestoneOf('Cancelled by Defense Secretary Hagel; funds moved to 14 more ground-based interceptors in Alaska')).toBe('Cancelled by Defense Secretary Hagel');
    expect(milestoneOf('NATO declares Redzikowo mission-ready (Washington Summit)')).toBe('NATO declares Redzikowo mission-ready');
  });
});

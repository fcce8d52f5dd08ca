import { describe, expect, it } from 'vitest';
import { addMonths, currentMonth, emphasisAt, isLater, monthsBetween } from '../../../src/state/timeline-context';
import type { TimelineView } from '../../../src/state/timeline-context';
import type { Site } from '../../../src/data/schema';

const view = (at: string, sites: Record<string, string | null> = {}): TimelineView => ({
  at,
  phases: new Map(),
  sites: new Map(Object.entries(sites).map(([id, state]) => [id, { state: state as never, late: false }])),
});

describe('months', () => {
  it('adds and counts months across years', () => {
    expect(addMonths('2009-09', 4)).toBe('2010-01');
    expect(addMonths('2011-01', -1)).toBe('2010-12');
    expect(addMonths('2011-01', 12)).toBe('2012-01');
    expect(monthsBetween('2009-09', '2011-01')).toBe(16);
    expect(monthsBetween('2011-01', '2009-09')).toBe(-16);
    expect(currentMonth(new Date(Date.UTC(2026, 11, 6)))).toBe('2026-12');
  });

  it('a thing is later when its month comes after the month shown, at the precision of its date', () => {
    expect(isLater('2016-05-12', view('2016-05'))).toBe(false);
    expect(isLater('2016-06', view('2016-05'))).toBe(true);
    expect(isLater('2017', view('2016-05'))).toBe(true);
    expect(isLater('2016', view('2016-05'))).toBe(false);
    expect(isLater('2030-01', null)).toBe(false);
  });

  it('on a date, a site that was nothing yet is hidden; the others keep their emphasis', () => {
    const site = (id: string) => ({ id }) as Site;
    const at = emphasisAt(view('2011-01', { a: 'agreed', b: null }), () => 'current');
    expect(at(site('a'))).toBe('current');
    expect(at(site('b'))).toBe('hidden');
    const today = () => 'normal' as const;
    expect(emphasisAt(null, today)).toBe(today);
  });
});

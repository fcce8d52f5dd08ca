import { describe, expect, it } from 'vitest';
import { generalStatements, siteEmphasis, sitesOfShownKinds, statementsForPhase, statementsForSite, stepEmphasis, statementsSaid } from '../../../src/data/select';
import { formatDate } from '../../../src/i18n/dates';
import type { Site, Statement } from '../../../src/data/select';

describe('siteEmphasis', () => {
  it('shows every site normally when no phase is chosen', () => {
    expect(siteEmphasis({ phases: [3] }, null)).toBe('normal');
  });
  it('marks sites of the chosen phase as current', () => {
    expect(siteEmphasis({ phases: [1, 2] }, 2)).toBe('current');
  });
  it('dims sites of earlier phases', () => {
    expect(siteEmphasis({ phases: [1] }, 3)).toBe('earlier');
    expect(siteEmphasis({ phases: [1, 2] }, 4)).toBe('earlier');
  });
  it('hides sites of later phases', () => {
    expect(siteEmphasis({ phases: [3] }, 2)).toBe('hidden');
  });
});

describe('statement queries', () => {
  const s = (id: string, sites: string[], phases: number[]): Statement => ({
    id, kind: 'quote', quote: 'q', lang: 'en', verification: 'verified', speaker: 'x', date: '2012-01-12', source: 'src', sites, phases,
  });
  const all = [s('a', ['deveselu'], []), s('b', [], [2]), s('c', [], []), s('d', ['deveselu'], [2])];
  it('finds by site, by phase, and those tied to neither', () => {
    expect(statementsForSite(all, 'deveselu').map((x) => x.id)).toEqual(['a', 'd']);
    expect(statementsForPhase(all, 2).map((x) => x.id)).toEqual(['b', 'd']);
    expect(generalStatements(all).map((x) => x.id)).toEqual(['c']);
  });
});

describe('formatDate', () => {
  it.each([
    ['2016-05-12', '12 May 2016'],
    ['2016-05', 'May 2016'],
    ['2016', '2016'],
    ['2012-01-01', '1 January 2012'],
  ])('%s -> %s', (iso, text) => expect(formatDate(iso)).toBe(text));

  it('keeps each language apart when the same date is asked for again', () => {
    // Formatted dates are kept per language and date: a second language must not get the first's.
    expect(formatDate('2016-05-12', 'en-GB')).toBe('12 May 2016');
    expect(formatDate('2016-05-12', 'ro-RO')).toBe('12 mai 2016');
    expect(formatDate('2016-05', 'ru-RU')).toBe(new Intl.DateTimeFormat('ru-RU', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2016, 4, 1)));
    expect(formatDate('2016-05-12', 'en-GB')).toBe('12 May 2016');
    expect(formatDate('2016-05-12', 'ro-RO')).toBe('12 mai 2016');
  });
});

describe('stepEmphasis', () => {
  const site = (id: string, phases: number[]) => ({ id, phases });
  it('follows the phase when a step names no site', () => {
    expect(stepEmphasis(site('a', [2]), { phase: 3, sites: [] })).toBe('earlier');
    expect(stepEmphasis(site('a', [3]), { phase: null, sites: [] })).toBe('normal');
  });
  it('makes the named sites stand out and dims the others', () => {
    expect(stepEmphasis(site('a', [2]), { phase: null, sites: ['a'] })).toBe('current');
    expect(stepEmphasis(site('b', [2]), { phase: null, sites: ['a'] })).toBe('earlier');
  });
  it('still hides sites of later phases', () => {
    expect(stepEmphasis(site('b', [3]), { phase: 1, sites: ['a'] })).toBe('hidden');
  });
});

describe('sitesOfShownKinds', () => {
  const sites = [{ id: 'a', kind: 'radar' }, { id: 'b', kind: 'naval' }, { id: 'c', kind: 'radar' }] as Site[];
  it('leaves out the kinds the legend hides, and keeps the array when it hides none', () => {
    expect(sitesOfShownKinds(sites, new Set(['radar'] as const)).map((s) => s.id)).toEqual(['b']);
    expect(sitesOfShownKinds(sites, new Set())).toBe(sites);
    expect(sitesOfShownKinds(sites, undefined)).toBe(sites);
  });
});

describe('who said what', () => {
  const s = (id: string, sides: Statement['sides'], sites: string[], phases: number[]): Statement => ({
    id, kind: 'quote', quote: 'q', lang: 'en', verification: 'verified', speaker: 'x', sides, date: '2012-01-12', source: 'src', sites, phases,
  });
  const all = [s('moscow-redzikowo', ['russia'], ['redzikowo'], [3]), s('joint', ['us', 'poland'], ['redzikowo'], [3]), s('ankara', ['turkey'], ['kurecik'], [1]), s('report', undefined, [], [1])];
  const ids = (f: Partial<Parameters<typeof statementsSaid>[1]>) => statementsSaid(all, { sides: new Set(), site: null, phase: null, ...f }).map((x) => x.id);
  it('keeps every statement with no filter', () => expect(ids({})).toEqual(['moscow-redzikowo', 'joint', 'ankara', 'report']));
  it('filters by side, a joint statement counting for each side, a report for none', () => {
    expect(ids({ sides: new Set(['russia']) })).toEqual(['moscow-redzikowo']);
    expect(ids({ sides: new Set(['poland']) })).toEqual(['joint']);
    expect(ids({ sides: new Set(['russia', 'turkey']) })).toEqual(['moscow-redzikowo', 'ankara']);
  });
  it('filters by site and phase together with the sides', () => {
    expect(ids({ sides: new Set(['russia']), site: 'redzikowo' })).toEqual(['moscow-redzikowo']);
    expect(ids({ site: 'kurecik', phase: 3 })).toEqual([]);
    expect(ids({ phase: 1 })).toEqual(['ankara', 'report']);
  });
});

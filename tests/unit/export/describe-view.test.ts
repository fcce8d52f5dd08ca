import { describe, expect, it } from 'vitest';
import { factsCheckedLine, viewCredits, viewDescription } from '../../../src/export/describe-view';
import { viewTitle } from '../../../src/export/describe-view';
import { en } from '../../../src/i18n/messages/en';
import { ru } from '../../../src/i18n/messages/ru';
import type { Source } from '../../../src/data/schema';

const phase = { name: 'Phase 3', interceptor: 'SM-3 Block IIA' };
const site = { name: 'Redzikowo, Poland' };
const article = { id: 'article', publisher: 'SpaceNews', date: '2012-01-12' } as Source;
const other = { id: 'other', publisher: 'GAO' } as Source;

describe('viewDescription', () => {
  it('names the phase with its interceptor and the selected site', () => {
    expect(viewDescription(en, phase, site)).toBe('Phase 3 (SM-3 Block IIA), Redzikowo, Poland selected');
    expect(viewDescription(en, phase, null)).toBe('Phase 3 (SM-3 Block IIA)');
  });

  it('says "all" when no phase is chosen, in the reader\'s language', () => {
    expect(viewDescription(en, null, null)).toBe('all sites, all phases');
    expect(viewDescription(en, null, site)).toBe('all sites, all phases, Redzikowo, Poland selected');
    expect(viewDescription(ru, null, null)).toBe(ru.share.viewAll);
  });
});

describe('factsCheckedLine', () => {
  it('gives the oldest check of all the sites, as a sentence', () => {
    const sites = [{ statusChecked: '2026-11-28' }, { statusChecked: '2026-10-03' }, { statusChecked: '2026-11-01' }];
    expect(factsCheckedLine(en, sites)).toBe('Facts checked on 3 October 2026.');
  });

  it('is empty with no sites', () => {
    expect(factsCheckedLine(en, [])).toBe('');
  });
});

describe('viewCredits', () => {
  it('credits the article and counts the other sources, then the date of the facts', () => {
    const text = viewCredits(en, article, { sources: [article, other, other], sites: [{ statusChecked: '2026-11-28' }] });
    expect(text).toBe(`${en.share.credits('SpaceNews, 12 January 2012', 2)} Facts checked on 28 November 2026.`);
    expect(text).toContain('SpaceNews, 12 January 2012');
  });

  it('leaves out the check with no sites, and never counts below zero', () => {
    expect(viewCredits(en, undefined, { sources: [], sites: [] })).toBe(en.share.credits('', 0));
  });

  it('follows the language', () => {
    const text = viewCredits(ru, article, { sources: [article, other], sites: [{ statusChecked: '2026-11-28' }] });
    expect(text).toContain('12 января 2012');
    expect(text).toContain(ru.editorial.factsChecked('28 ноября 2026 г.'));
  });
});

describe('viewTitle', () => {
  it("is the map's title, with the month shown when the map is on a date, in the reader's language", () => {
    expect(viewTitle(en, null)).toBe(en.title);
    expect(viewTitle(en, '2016-05')).toBe(`${en.title}, May 2016`);
    expect(viewTitle(ru, '2016-05')).toContain('2016');
    expect(viewTitle(ru, '2016-05')).toContain(ru.title);
  });
});

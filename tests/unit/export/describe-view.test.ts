import { describe, expect, it } from 'vitest';
import { factsCheckedLine, sourcesCredit, viewCaption, viewCredits, viewDescription, viewSourceIds, viewSources, viewTitle } from '../../../src/export/describe-view';
import { legendFor } from '../../../src/export/request';
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
  const position = { id: 'pos', publisher: 'OurAirports' } as Source;
  const byId = new Map([article, other, position].map((s) => [s.id, s]));

  it('credits the sources of what the view shows, then the date of the facts', () => {
    const sources = viewSources({ shown: [{ positionSources: ['pos'] }], site: { statusSources: ['other'] } }, byId);
    const text = viewCredits(en, sources, [{ statusChecked: '2026-11-28' }]);
    expect(text).toBe('Sources: GAO; OurAirports. Facts checked on 28 November 2026.');
  });

  it('credits the article only when the view quotes it, and counts no sources it does not name', () => {
    const plain = viewCredits(en, viewSources({ shown: [{ positionSources: ['pos'] }] }, byId), []);
    expect(plain).not.toContain('SpaceNews');
    expect(plain).not.toMatch(/other sources|more/);
    const quoting = viewCredits(en, viewSources({ shown: [], statements: [{ source: 'article' }] }, byId), []);
    expect(quoting).toBe('Sources: SpaceNews (12 January 2012).');
  });

  it('follows the language, with one full stop after a Russian date', () => {
    const text = viewCredits(ru, [article], [{ statusChecked: '2026-11-28' }]);
    expect(text).toContain('12 января 2012');
    expect(text).not.toContain('г..');
    expect(text).toContain(ru.editorial.factsChecked('28 ноября 2026 г.'));
  });
});

describe('viewCaption', () => {
  const redzikowo = { name: 'Redzikowo', country: 'Poland' };
  it('reads as a caption, not as the interface', () => {
    expect(viewCaption(en, phase, redzikowo)).toBe('Redzikowo, Poland: Phase 3 (SM-3 Block IIA)');
    expect(viewCaption(en, null, redzikowo)).toBe("Redzikowo, Poland, among the plan's sites");
    expect(viewCaption(en, phase, null)).toBe('Phase 3 (SM-3 Block IIA) and the sites it added');
    expect(viewCaption(en, null, null)).toBe("The plan's sites, in all its phases");
    for (const c of [viewCaption(en, phase, redzikowo), viewCaption(ru, phase, redzikowo)]) expect(c).not.toMatch(/selected|выбран/i);
  });
});

describe('the sources a view rests on', () => {
  const sites = [{ positionSources: ['ourairports'] }, { positionSources: ['wikipedia-rota', 'ourairports'] }];
  it('lists the article, the quotes, the phase, the site in focus and the positions drawn, each once', () => {
    const ids = viewSourceIds(
      {
        shown: sites,
        site: { statusSources: ['nato-2024'] },
        phase: { plannedSources: { plannedYear: ['wh-2009'], interceptor: ['wh-2009', 'wh-2011'] }, actual: [{ date: '2024-07', text: '', sources: ['nato-2024'] }] },
        statements: [{ source: 'article' }],
      },
      'article',
    );
    expect(ids).toEqual(['article', 'wh-2009', 'wh-2011', 'nato-2024', 'ourairports', 'wikipedia-rota']);
  });

  it('credits each publisher once, with the dates of its pieces', () => {
    const text = sourcesCredit(en, [
      { publisher: 'SpaceNews', date: '2012-01' },
      { publisher: 'OurAirports' },
      { publisher: 'Navy Times', date: '2022-08-17' },
      { publisher: 'Navy Times', date: '2022-06-20' },
    ]);
    expect(text).toBe('Sources: SpaceNews (January 2012); OurAirports; Navy Times (20 June 2022, 17 August 2022).');
    expect(text).not.toMatch(/other sources/);
    expect(sourcesCredit(en, [])).toBe('');
  });
});

describe('the legend of an image', () => {
  const at = (kind: 'interceptor' | 'radar', emphasis: 'current' | 'earlier' | 'hidden' | 'normal') => ({ site: { kind }, emphasis });
  it('names the kinds drawn, and explains the pale symbol when a site is dimmed, as what it means there', () => {
    expect(legendFor(en, [at('interceptor', 'current'), at('radar', 'hidden')], 'phase')).toEqual([{ kind: 'interceptor', label: en.kinds.interceptor }]);
    const legend = legendFor(en, [at('interceptor', 'current'), at('radar', 'earlier')], 'phase');
    expect(legend.at(-1)).toEqual({ kind: 'radar', label: en.exportDetails.dimmedPhase, dimmed: true });
    // An image of the map has no steps to speak of; a briefing's has.
    expect(legend.at(-1)!.label).not.toMatch(/step/);
    expect(legendFor(en, [at('radar', 'earlier')], 'step').at(-1)!.label).toBe(en.exportDetails.dimmedStep);
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

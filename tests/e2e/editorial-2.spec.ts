// Panels that agree with the chosen month, in a real browser: a site's panel says what the site
// was then and labels today's status as today's; a phase is called late only once its planned
// year is over, and its card does not repeat its state; Russian dates end in one full stop; the
// "not confirmed" mark of the article stands beside the date it qualifies.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeOffline, openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp } from './support/app';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => closeOffline(browser, baseUrl));

const defaultView = MapApp.sharedDefaultView(() => browser, baseUrl);
async function shared(hash: string): Promise<MapApp> {
  const app = await defaultView();
  if (hash) await app.goToView(hash);
  return app;
}

/** The label (dt) of a panel's fact, by the test id of its value (dd). */
const labelOf = (app: MapApp, testId: string) =>
  app.panel().getByTestId(testId).evaluate((dd) => (dd.previousElementSibling as HTMLElement | null)?.innerText ?? '');

describe('a site panel on a past month', () => {
  it('in June 2014 Deveselu is under construction, and its status today is labelled as today’s', async () => {
    const app = await shared('#site=deveselu&date=2014-06');
    const then = app.panel().getByTestId('site-status-then');
    await then.waitFor();
    expect(await then.innerText()).toBe('Under construction');
    expect(await labelOf(app, 'site-status-then')).toBe('Status in June 2014');
    expect(await labelOf(app, 'site-status')).toBe('Status today');
    // The list beside the map says the same as the panel.
    expect(await app.listItem('deveselu').innerText()).toContain('Under construction');
  });

  it('on today’s map the panel shows only the status, as before', async () => {
    const app = await shared('#site=deveselu');
    await app.panel().getByTestId('site-status').waitFor();
    expect(await app.panel().getByTestId('site-status-then').count()).toBe(0);
    expect(await labelOf(app, 'site-status')).toBe('Status');
  });
});

describe('a phase on a past month', () => {
  const card = (app: MapApp, n: number) => app.page.locator(`.phase-list button[data-phase="${n}"]`);

  it('phase 3 is in progress in August 2018, not late; late in January 2019', async () => {
    const app = await shared('#phase=3&date=2018-08');
    await app.panel().locator('[data-phase-details="3"]').waitFor();
    expect(await card(app, 3).locator('.phase-state').innerText()).toBe('In progress');
    // Its outcome today is there, labelled as today's.
    expect(await card(app, 3).getByTestId('phase-outcome').innerText()).toMatch(/^Today: Late /);
    const heading = app.panel().locator('[data-phase-details="3"] h3').nth(1);
    expect(await heading.innerText()).toBe('What happened: In progress');
    expect(await app.panel().locator('[data-phase-details="3"] .phase-state').innerText()).not.toMatch(/late/i);

    await app.goToView('#phase=3&date=2019-01');
    await card(app, 3).locator('.phase-state[data-phase-state="late"]').waitFor();
    expect(await heading.innerText()).toBe('What happened: Late');
  });

  it('the phase 4 card says “Cancelled” once, on a month after the cancellation and today', async () => {
    const app = await shared('#date=2014-01');
    await card(app, 4).locator('.phase-state[data-phase-state="cancelled"]').waitFor();
    const times = async () => ((await card(app, 4).innerText()).match(/Cancelled/g) ?? []).length;
    expect(await times()).toBe(1);
    await app.goToView('#lang=pl&date=2014-01');
    await app.page.locator('html[lang="pl"]').waitFor({ state: 'attached' });
    await card(app, 4).locator('.phase-state[data-phase-state="cancelled"]').waitFor();
    expect(((await card(app, 4).innerText()).match(/Anulowan/g) ?? []).length).toBe(1);
    await app.goToView('#lang=en');
    await app.page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    expect(await times()).toBe(1);
  });
});

describe('dates and their marks', () => {
  it('no Russian date in a panel or the list view ends in a double full stop', async () => {
    const app = await shared('#lang=ru&site=redzikowo');
    await app.page.locator('html[lang="ru"]').waitFor({ state: 'attached' });
    await app.panel().getByTestId('facts-checked').waitFor();
    const panel = await app.panel().innerText();
    expect(panel).toMatch(/\d{4} г\./);
    expect(panel).not.toContain('г..');
    const list = await app.openList();
    expect(await list.innerText()).not.toContain('г..');
    await app.goToView('#lang=en');
    await app.page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  });

  it('the article’s “not confirmed” mark stands beside its date, not after each quote', async () => {
    const app = await shared('#site=deveselu');
    const statement = app.panel().locator('[data-statement="sit-in-the-tent"] figcaption');
    await statement.waitFor();
    // The mark is inside the parenthesis that gives the article's publisher and date.
    const before = await statement.locator('.certainty-mark').evaluate((b) => {
      const range = document.createRange();
      range.setStart(b.closest('figcaption')!, 0);
      range.setEndBefore(b.closest('.certainty')!);
      return range.toString().trimEnd();
    });
    expect(before).toMatch(/\(SpaceNews, January 2012$/);
  });
});

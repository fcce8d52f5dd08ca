// The map on a date, in a real browser: the date control played by keyboard, each site's and
// phase's state then, the panel's later events greyed, the date in the URL, in what is shared,
// and axe-clean in both themes.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeOffline, openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { axeProblems } from './support/axe';
import { MapApp, STATE_TIMEOUT } from './support/app';
import { validateDataset } from '../../src/data/validate-all';
import { timelineStart } from '../../src/data/timeline';
import { realFiles } from '../unit/helpers';

const baseUrl = inject('baseUrl');
const data = validateDataset(realFiles());
const start = timelineStart(data.phases, new Map(data.sources.map((s) => [s.id, s])))!;

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser({ liveMap: false }); // the page, the URL and the panels: no live map needed
});
afterAll(() => closeOffline(browser, baseUrl));

const defaultView = MapApp.sharedDefaultView(() => browser, baseUrl);

const slider = (page: Page) => page.locator('#date-slider');
const shownMonth = async (page: Page) => (await page.getByTestId('date-value').getAttribute('data-month')) ?? '';
/** A site's state on the map's marker: agreed, construction, operational, nato-command; null when not drawn. */
async function markerState(app: MapApp, site: string): Promise<string | null> {
  const marker = app.marker(site);
  if ((await marker.count()) === 0) return null;
  return marker.locator('.site-marker-state').getAttribute('data-state');
}
const announced = (page: Page) => page.getByTestId('announcer').innerText();

/** Opens "Through time" by keyboard and puts focus on the slider. */
async function openDateControl(app: MapApp): Promise<void> {
  await app.page.getByRole('button', { name: 'Through time' }).focus();
  await app.page.keyboard.press('Enter');
  await slider(app.page).waitFor();
  await slider(app.page).focus();
}

describe('the map on a date', () => {
  it('plays from 2011 to 2016 by keyboard: Deveselu is built, then operational, and the URL follows', async () => {
    const app = await defaultView();
    await openDateControl(app);
    const { page } = app;
    await page.keyboard.press('Home');
    expect(await shownMonth(page)).toBe(start);
    // Nothing was there yet: Deveselu is not drawn.
    expect(await app.marker('deveselu').count()).toBe(0);
    // Four months on, then a year: January 2011, in words.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageUp');
    expect(await shownMonth(page)).toBe('2011-01');
    expect(await page.getByTestId('date-value').innerText()).toBe('January 2011');
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('January 2011');
    await expect.poll(() => announced(page)).toMatch(/^January 2011: /);
    expect(await markerState(app, 'deveselu')).toBeNull();

    // Space plays; the map passes through Deveselu's building years on its way to 2016.
    await page.keyboard.press(' ');
    await expect.poll(() => markerState(app, 'deveselu'), { timeout: STATE_TIMEOUT }).toBe('construction');
    await page.waitForFunction(() => (document.querySelector('[data-testid="date-value"]')?.getAttribute('data-month') ?? '') >= '2016-01', undefined, {
      timeout: STATE_TIMEOUT,
    });
    await page.keyboard.press(' ');
    const paused = await shownMonth(page);
    expect(paused >= '2016-01' && paused < '2017-01', paused).toBe(true);
    // Stopped: it stays where it was.
    await expect.poll(() => shownMonth(page)).toBe(paused);

    // To June 2016 by the arrows, from wherever play stopped.
    const key = paused < '2016-06' ? 'ArrowRight' : 'ArrowLeft';
    while ((await shownMonth(page)) !== '2016-06') await page.keyboard.press(key);
    expect(await markerState(app, 'deveselu')).toBe('operational');
    await app.expectHash().toBe('#date=2016-06');
    // The phases at that date: the second done, the fourth cancelled, the third under way.
    const phaseState = (n: number) => page.locator(`.phase-list button[data-phase="${n}"] .phase-state`).getAttribute('data-phase-state');
    expect(await phaseState(2)).toBe('done');
    expect(await phaseState(3)).toBe('in-progress');
    expect(await phaseState(4)).toBe('cancelled');

    // One more month: the live region says what changed.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announced(page)).toContain('Deveselu: Under NATO command');
    expect(await markerState(app, 'deveselu')).toBe('nato-command');
    await page.keyboard.press('End');
    await page.getByRole('button', { name: "Today's map" }).click();
    await app.expectHash().toBe('');
    expect(await page.locator('.site-marker-state').count()).toBe(0);
  });

  it("a link's date shows the plan then: later events are greyed and marked, and shared links and embeds carry it", async () => {
    const app = await defaultView();
    await app.goToView('#site=deveselu&date=2014-06');
    await app.panel().waitFor();
    await expect.poll(() => markerState(app, 'deveselu')).toBe('construction');
    // Redzikowo was agreed long before; Kürecik was already working.
    expect(await markerState(app, 'kurecik')).toBe('nato-command');
    const events = app.panel().locator('.events li');
    const later = app.panel().locator('.events li.later');
    const deveselu = data.sites.find((s) => s.id === 'deveselu')!;
    expect(await events.count()).toBe(deveselu.dates.length);
    expect(await later.count()).toBe(deveselu.dates.filter((e) => e.date.slice(0, 7) > '2014-06').length);
    expect(await later.first().locator('.later-tag').innerText()).toMatch(/later/i);
    // The statements made after that month are later too, and only those.
    expect(await app.panel().locator('.statement.later').count()).toBe(data.statements.filter((s) => s.sites.includes('deveselu') && s.date.slice(0, 7) > '2014-06').length);

    await app.openShare();
    expect(await app.shareField('share-link')).toContain('date=2014-06');
    expect(await app.shareField('share-snippet')).toContain('date=2014-06');
  });

  it("on a date, the month is on the map itself, in a phone's first screen, and the slider marks the years and the months the map changes", async () => {
    const phone = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, liveMap: false });
    try {
      const app = await MapApp.open(phone, baseUrl, '#date=2019-01');
      const chip = app.page.getByTestId('map-date');
      await chip.waitFor();
      expect(await chip.textContent()).toBe('As of January 2019');
      const box = (await chip.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(844);
      const area = (await app.page.locator('.map-area').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(area.y);
      // Today's map has no month on it.
      await app.goToView('#');
      await expect.poll(() => chip.count()).toBe(0);
      await app.goToView('#date=2019-01');
      // A map of a date opens "Through time" (else it is opened as a reader would).
      if (!(await slider(app.page).isVisible())) await openDateControl(app);
      const marks = app.page.getByTestId('date-marks');
      const years = await marks.locator('.date-mark-year').evaluateAll((els) => els.map((e) => [e.getAttribute('data-year'), e.textContent]));
      const thisYear = new Date().getUTCFullYear();
      // A tick every January from the year after the first month to this year; this year named.
      expect(years.map(([y]) => Number(y))).toEqual(Array.from({ length: thisYear - Number(start.slice(0, 4)) }, (_, i) => Number(start.slice(0, 4)) + 1 + i));
      expect(years.at(-1)![1]).toBe(String(thisYear));
      expect(years.filter(([, text]) => text).length).toBeGreaterThanOrEqual(3);
      // Deveselu's and Redzikowo's works began in May 2016 and October 2013: the map changes then.
      const changes = await marks.locator('.date-mark-change').evaluateAll((els) => els.map((e) => e.getAttribute('data-month')));
      expect(changes).toEqual(expect.arrayContaining(['2013-10', '2016-05']));
      // Each mark sits under its month on the slider: its share of the width is its month's share of the range.
      const share = await marks.evaluate((el) => {
        const m = el.querySelector('[data-month="2016-05"]')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return (m.left + m.width / 2 - r.left) / r.width;
      });
      const total = (Number(new Date().toISOString().slice(0, 4)) - Number(start.slice(0, 4))) * 12 + new Date().getUTCMonth() + 1 - Number(start.slice(5, 7));
      const months = (2016 - Number(start.slice(0, 4))) * 12 + 5 - Number(start.slice(5, 7));
      expect(share).toBeCloseTo(months / total, 2);
      expect(await axeProblems(app.page)).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('a date outside the plan, or malformed, is ignored', async () => {
    const app = await defaultView();
    await app.goToView('#phase=2&date=2003-01');
    await app.page.locator('.phase-list button[data-phase="2"][aria-pressed="true"]').waitFor();
    expect(await app.page.locator('.site-marker-state, .phase-state').count()).toBe(0);
    await app.goToView('#phase=2&date=2016-13');
    await app.expectHash().toBe('#phase=2');
  });

  it('axe finds nothing serious with the control open on a date, light and dark', async () => {
    const app = await defaultView();
    await app.goToView('#date=2019-01&phase=3');
    await slider(app.page).waitFor();
    await app.page.locator('.site-marker-state').first().waitFor();
    expect(await axeProblems(app.page)).toEqual([]);
    await app.page.getByTestId('theme').selectOption('dark');
    expect(await axeProblems(app.page)).toEqual([]);
    await app.page.getByTestId('theme').selectOption('system');
  });
});

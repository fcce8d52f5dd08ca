// A handful of checks of what matters most, for `npm run test:quick` while editing: the live map
// with its sites and a panel, the URL's view, the list, the briefing and the embed. The full suite
// runs them too; each is covered in depth by its own spec file.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeOffline, openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp } from './support/app';
import { Briefing } from './support/briefing';

const baseUrl = inject('baseUrl');
let live: Browser;
let still: Browser;
beforeAll(async () => {
  [live, still] = await Promise.all([openBrowser(), openBrowser({ liveMap: false })]);
});
afterAll(async () => {
  await closeOffline(live, baseUrl);
  await closeOffline(still, baseUrl);
});

describe('smoke', () => {
  it('draws the live map with every site; a site opens its panel with its statements', async () => {
    const app = await MapApp.open(live, baseUrl);
    await app.waitForMapIdle();
    expect((await app.markerIds()).sort()).toEqual(['deveselu', 'kurecik', 'ramstein', 'redzikowo', 'rota']);
    await app.marker('redzikowo').click();
    expect(await app.panelTitle()).toBe('Redzikowo, Poland');
    expect((await app.panelQuotes()).length).toBeGreaterThan(0);
    await app.expectHash().toBe('#site=redzikowo');
    await app.page.close();
  });

  it("opens the view a link names, and the list view's row selects its site", async () => {
    const app = await MapApp.open(still, baseUrl, '#site=rota&phase=2');
    await app.waitForMapIdle();
    expect(await app.panelTitle()).toBe('Rota, Spain');
    const list = await app.openList();
    await list.locator('[data-list-site="kurecik"] button').first().click();
    await app.expectHash().toContain('site=kurecik');
    await app.page.close();
  });

  it('steps the briefing with the keyboard', async () => {
    const b = await Briefing.open(still, baseUrl, '#tour=briefing:1');
    await b.page.keyboard.press('ArrowRight');
    await b.waitForStep(2);
    await b.page.close();
  });

  it('shows an embed with its sites and credit line, and no page chrome', async () => {
    const app = await MapApp.open(still, baseUrl, '#embed=1');
    await app.page.locator('.embed .site-marker').first().waitFor();
    expect(await app.page.locator('.embed .site-marker').count()).toBe(5);
    expect(await app.page.locator('.embed-credit').textContent()).toContain('Natural Earth');
    expect(await app.page.locator('.site-list').count()).toBe(0);
    await app.page.close();
  });
});

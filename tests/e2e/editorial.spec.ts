// Editorial trust, in a real browser: when the facts were checked (panel, list view, citation,
// exported image, embed), the corrections reached from every credit line, and the marks of
// uncertainty, explained on hover and on focus (as accessible descriptions) and clean under axe.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeOffline, openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { axeProblems } from './support/axe';
import { MapApp } from './support/app';
import { validateDataset } from '../../src/data/validate-all';
import { realFiles } from '../unit/helpers';
import { en } from '../../src/i18n/messages/en';

const baseUrl = inject('baseUrl');
const data = validateDataset(realFiles());
// The map's check date is the oldest of the sites' (all the same today).
const checked = data.sites.map((s) => s.statusChecked).sort()[0]!;
const dayIn = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const checkedLine = `Facts checked on ${dayIn('en-GB', checked)}.`;

let browser: Browser;
/** The same browser with the live map held back: for tests of the page, not of the drawn map. */
let still: Browser;
beforeAll(async () => {
  browser = await openBrowser({ acceptDownloads: true });
  still = await openBrowser({ acceptDownloads: true, liveMap: false });
});
afterAll(async () => {
  await closeOffline(still, baseUrl);
  await closeOffline(browser, baseUrl);
});

// One page for the tests that read the full map: each takes it back to the default view, then to
// its own view through the hash, as a link would. Embeds and the corrections link open their own.
const defaultView = MapApp.sharedDefaultView(() => browser, baseUrl);
const stillView = MapApp.sharedDefaultView(() => still, baseUrl);
/** The shared page at `hash`: the static first view, unless `live` (the exported image needs the live map). */
async function shared(hash: string, live = false): Promise<MapApp> {
  const app = await (live ? defaultView() : stillView());
  if (hash) await app.goToView(hash);
  return app;
}

describe('when the facts were checked', () => {
  it("the site panel says when the status and the facts were checked, in the reader's language", async () => {
    const app = await shared('#site=rota');
    await app.panel().waitFor();
    const rota = data.sites.find((s) => s.id === 'rota')!;
    expect(await app.panel().getByTestId('site-status').innerText()).toContain(`Checked on ${dayIn('en-GB', rota.statusChecked)}.`);
    expect(await app.panel().getByTestId('facts-checked').innerText()).toContain(checkedLine);

    await app.page.goto(`${baseUrl}#lang=ro&site=rota`);
    await app.page.locator('html[lang="ro"]').waitFor({ state: 'attached' });
    await app.panel().getByTestId('facts-checked').waitFor();
    expect(await app.panel().getByTestId('facts-checked').innerText()).toContain(`Informații verificate la ${dayIn('ro-RO', checked)}.`);
  });

  it('the list view and the citation say it', async () => {
    const app = await shared('');
    const list = await app.openList();
    expect(await list.getByTestId('facts-checked').first().innerText()).toContain(checkedLine);
    await app.openShare();
    const cite = await app.shareField('share-citation');
    expect(cite).toContain(` ${checkedLine} `);
    // Before the address, which ends the citation with the access date.
    expect(cite.indexOf(checkedLine)).toBeLessThan(cite.indexOf(await app.shareField('share-link')));
  });

  it("the exported PNG draws it in its credits", async () => {
    const app = await shared('#site=kurecik', true);
    const page = app.page;
    await app.panel().waitFor();
    await app.waitForMapIdle();
    await app.openShare();
    // Record every text the page draws on a 2D canvas while the image is made: its lines are among them.
    await page.evaluate(() => {
      const drawn: string[] = [];
      const w = window as unknown as { __drawn: string[]; __fillText: CanvasRenderingContext2D['fillText'] };
      w.__drawn = drawn;
      const fillText = (w.__fillText = CanvasRenderingContext2D.prototype.fillText);
      CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
        drawn.push(String(text));
        return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
      };
    });
    try {
      await app.downloadPng();
    } finally {
      await page.evaluate(() => {
        CanvasRenderingContext2D.prototype.fillText = (window as unknown as { __fillText: CanvasRenderingContext2D['fillText'] }).__fillText;
      });
    }
    // Lines of the image, not the map's single glyphs; wrapped lines join again with a space.
    const lines = await page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn.filter((t) => t.length > 1));
    const text = lines.join(' ');
    expect(text).toContain(checkedLine);
    expect(text).toContain(en.basemapCredit);
    // In the credits, after the sources and before the basemap's attribution.
    expect(text.indexOf('Sources:')).toBeLessThan(text.indexOf(checkedLine));
    expect(text.indexOf(checkedLine)).toBeLessThan(text.indexOf('Basemap:'));
  });

  it("the embed's credit line says it, and links to the corrections", async () => {
    const page = await still.context.newPage();
    await page.goto(`${baseUrl}#embed=1&site=rota&phase=2`);
    await page.locator('.embed').waitFor();
    const credit = page.locator('.embed-credit');
    await credit.getByTestId('corrections-link').waitFor();
    expect(await credit.innerText()).toContain(checkedLine);
    const link = credit.getByRole('link', { name: 'Corrections' });
    expect(await link.getAttribute('target')).toBe('_blank');
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(`${baseUrl}#site=rota&phase=2&list=1&section=corrections`);
    await page.close();
  });
});

describe('corrections', () => {
  it('the panel credit line opens the list view at its corrections, each with date, change and reason', async () => {
    const app = await shared('#site=kurecik');
    await app.panel().waitFor();
    await app.panel().getByTestId('corrections-link').click();
    const section = app.page.getByTestId('corrections');
    await section.waitFor();
    expect(await app.page.locator('[data-view="list"]').getAttribute('aria-pressed')).toBe('true');
    await app.page.waitForFunction(() => document.activeElement?.id === 'list-corrections-heading');
    expect(await section.locator('h3').innerText()).toBe('Corrections');
    const entries = section.locator('li[data-correction]');
    expect(await entries.count()).toBe(data.corrections.length);
    const first = await entries.first().innerText();
    expect(first).toContain(data.corrections[0]!.change);
    expect(first).toContain(`Why: ${data.corrections[0]!.reason}`);
    expect(first).toContain(dayIn('en-GB', data.corrections[0]!.date));
    // The view is kept: the site is still selected, and the list is in the address.
    await app.expectHash().toMatch(/(^|[#&])site=kurecik(&|$)/);
    await app.expectHash().toMatch(/[#&]list=1(&|$)/);
  });

  it("the list view's own credit line jumps to its corrections", async () => {
    const app = await shared('#list=1');
    const list = app.page.getByTestId('list-view');
    await list.waitFor();
    expect(await list.evaluate((el) => el.scrollTop)).toBe(0);
    await list.getByTestId('facts-checked').getByRole('button', { name: 'Corrections' }).click();
    await app.page.waitForFunction(() => document.activeElement?.id === 'list-corrections-heading');
    expect(await list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  it("the embed's link opens the full map at the corrections, and leaves the rest of the view alone", async () => {
    const app = await MapApp.open(still, baseUrl, '#site=rota&phase=2&list=1&section=corrections');
    await app.page.getByTestId('corrections').waitFor();
    await app.page.waitForFunction(() => document.activeElement?.id === 'list-corrections-heading');
    // The section key is used once and dropped; the view stays.
    await app.page.waitForFunction(() => !location.hash.includes('section='));
    const keys = Object.fromEntries(new URLSearchParams((await app.settledHash()).slice(1)));
    expect(keys).toEqual({ site: 'rota', phase: '2', list: '1' });
    expect(await app.panelTitle()).toBe('Rota, Spain');
    await app.page.close();
  });
});

describe('marks of uncertainty', () => {
  it("Kürecik's position and start date are marked, and explained on hover and focus", async () => {
    const app = await shared('#site=kurecik');
    await app.panel().waitFor();

    const position = app.panel().getByTestId('site-position').locator('.certainty');
    const mark = position.getByRole('button', { name: 'single source' });
    const note = position.locator('.certainty-note');
    expect(await note.isVisible()).toBe(false);
    await mark.focus();
    await note.waitFor({ state: 'visible' });
    const description = await app.accessibleDescription(mark);
    expect(description).toContain('One published source');
    expect(description).toContain('0.1 km');
    expect(description).toContain('zone-interdite.net');
    expect(await note.innerText()).toBe(description);
    // Esc hides the note and leaves the panel open; moving away and back shows it again.
    await app.page.keyboard.press('Escape');
    await note.waitFor({ state: 'hidden' });
    expect(await app.panel().count()).toBe(1);
    await app.page.mouse.move(0, 0);
    await mark.hover();
    await note.waitFor({ state: 'visible' });

    const start = app.panel().locator('.events li').filter({ has: app.page.locator('time[datetime="2012-01"]') });
    const startMark = start.getByRole('button', { name: 'sources differ' });
    expect(await app.accessibleDescription(startMark)).toMatch(/^Sources differ on when the radar started/);
    await startMark.focus();
    await start.locator('.certainty-note').waitFor({ state: 'visible' });
    // Its status, which rests on the same date, is marked the same way.
    expect(await app.panel().getByTestId('site-status').getByRole('button', { name: 'sources differ' }).count()).toBe(1);
  });

  it('the "all four parts" quote is marked with the nearest confirmed wording; its link note reads as our reading', async () => {
    const app = await shared('#phase=4');
    const statement = app.panel().locator('[data-statement="all-four-parts"]');
    await statement.waitFor();
    const mark = statement.getByRole('button', { name: 'single source' });
    const description = await app.accessibleDescription(mark);
    expect(description).toContain('in no other public copy found');
    expect(description).toContain('“all four phases of the EPAA”');
    expect(description).toContain('Washington Free Beacon');
    expect(await statement.locator('.link-note').innerText()).toMatch(/^Our reading \(why it is linked here\): We read/);
  });

  it('the article is shown as published in January 2012, marked as not confirmed', async () => {
    const app = await shared('');
    const article = app.page.locator('section[aria-labelledby="article-heading"]');
    await article.waitFor();
    expect(await article.locator('p').first().innerText()).toContain('(SpaceNews, January 2012');
    const mark = article.getByRole('button', { name: 'not confirmed' });
    expect(await app.accessibleDescription(mark)).toContain('Thursday 12 January 2012, is confirmed');
  });

  it('the list view writes each note out beside its mark', async () => {
    const app = await shared('#list=1');
    const list = app.page.getByTestId('list-view');
    await list.waitFor();
    const kurecik = data.sites.find((s) => s.id === 'kurecik')!;
    const status = list.locator('[data-list-status="kurecik"]');
    expect(await status.innerText()).toContain(kurecik.statusCertainty!.note);
    expect(await status.locator('.certainty-note').isVisible()).toBe(true);
    const quote = list.locator('[data-list-statement="all-four-parts"]');
    expect(await quote.innerText()).toContain('Washington Free Beacon');
  });

  it.each(['en', 'ro'])('axe finds nothing serious with the marks shown and a note open (%s, light and dark)', async (lang) => {
    const app = await shared(`#lang=${lang}&site=kurecik&list=1`);
    await app.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
    await app.page.getByTestId('list-view').waitFor();
    await app.panel().waitFor();
    await app.panel().getByTestId('site-position').locator('.certainty-mark').focus();
    await app.panel().getByTestId('site-position').locator('.certainty-note').waitFor({ state: 'visible' });
    expect(await axeProblems(app.page)).toEqual([]);
    await app.page.getByTestId('theme').selectOption('dark');
    await app.panel().getByTestId('site-position').locator('.certainty-mark').focus();
    expect(await axeProblems(app.page)).toEqual([]);
    await app.page.getByTestId('theme').selectOption('system');
  });
});

// The details that decide whether the map's images and briefing can be used for real: images of a
// fixed size and shape with a caption, a legend that explains dimmed sites and credits that name
// their sources; a legend and readable type in the briefing and its handout; audience and
// presenter handouts; the dated plan-versus-actual table in the tour.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp, downloaded } from './support/app';
import { colourShares, pngSize } from './support/png';
import { dimmedColour } from '../../src/theme/dimmed';
import { PALETTE } from '../../src/theme/palette';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser.close();
});

/** Presses a button in the open share dialog and returns the file it downloads. */
async function downloadBy(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 80_000 }),
    page.locator('dialog.share-dialog[open]').getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await downloaded(file) };
}

/** The text of each named group of an SVG document, parsed by the browser. */
async function svgGroups(page: Page, svg: string): Promise<Record<string, string>> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return Object.fromEntries([...doc.documentElement.children].filter((c) => c.id).map((c) => [c.id, [...c.querySelectorAll('text')].map((t) => t.textContent).join(' ')]));
  }, svg);
}

describe('a publishable image', () => {
  it('has the same size and 16:10 shape with and without a panel open', async () => {
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    const wide = (await app.page.locator('.map-area').boundingBox())!;
    await app.openShare();
    const plain = pngSize((await app.downloadPng()).png);

    await app.page.keyboard.press('Escape');
    await app.goToView('#phase=3&site=redzikowo');
    await app.page.locator('[data-site-details="redzikowo"]').waitFor();
    await app.waitForMapIdle();
    // The panel squeezes the map on screen...
    const squeezed = (await app.page.locator('.map-area').boundingBox())!;
    expect(squeezed.width / squeezed.height).toBeLessThan(wide.width / wide.height - 0.2);
    await app.openShare();
    const { png } = await app.downloadPng();
    // ...but not the image.
    expect(pngSize(png)).toEqual(plain);
    expect(plain).toEqual({ width: 1200, height: 750 });
    // A dimmed site (phase 2's Deveselu, in phase 3) is pale and opaque: its colour is there, unmixed with the map's.
    const shares = await colourShares(app.page, png, { dimmed: dimmedColour(PALETTE.light.interceptor) }, { top: 0, bottom: 1 }, 6);
    expect(shares.dimmed).toBeGreaterThan(0.0001);
    await app.page.close();
  });

  it('has a caption, a legend that explains dimmed sites, and credits that name the sources of the view', async () => {
    const app = await MapApp.open(browser, baseUrl, '#phase=3&site=redzikowo');
    await app.waitForMapIdle();
    await app.openShare();
    const file = await downloadBy(app.page, 'Download SVG');
    const groups = await svgGroups(app.page, file.bytes.toString('utf8'));
    expect(groups.header).toContain('Redzikowo, Poland: Phase 3 (SM-3 Block IIA');
    expect(groups.header).not.toMatch(/selected/i);
    expect(groups.legend).toContain('Pale symbol: a site of an earlier phase only');
    // The sources of what the image shows: the phase's plan, Redzikowo's status and the positions;
    // not the article, which the image does not quote.
    for (const publisher of ['The White House', 'NATO Allied Air Command', 'OurAirports']) expect(groups.credits).toContain(publisher);
    expect(groups.credits).not.toContain('SpaceNews');
    expect(groups.credits).not.toMatch(/other sources|site panels/);
    expect(groups.credits).toContain('Basemap: Natural Earth');
    await app.page.close();
  });
});

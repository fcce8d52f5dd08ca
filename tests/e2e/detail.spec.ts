// The finer coastline for zoomed-in views: not in the first view, fetched once the zoom passes
// its threshold (on the map and during a briefing flight), drawn in the basemap's colours, and
// carried inside the one-file briefing package.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp, STATE_TIMEOUT } from './support/app';
import { Briefing } from './support/briefing';
import { colourShares } from './support/png';
import { DETAIL_ZOOM } from '../../src/map/detail-watch';
import { BASEMAP_ATTRIBUTION } from '../../src/map/style';
import { PALETTE } from '../../src/theme/palette';

const baseUrl = inject('baseUrl');
const tour = JSON.parse(readFileSync(new URL('../../geodata/tours/briefing.json', import.meta.url), 'utf8')).steps as { id: string; camera?: { zoom: number; lat: number; lon: number } }[];
const ROTA = tour.findIndex((s) => s.id === 'rota') + 1;
/** A step that flies to a site from a step showing the whole region (its number, from 1). */
const FLIGHT = tour.findIndex((s, i) => i > 0 && s.camera && !tour[i - 1]!.camera) + 1;
const isDetail = (u: string) => /basemap-detail[^/]*\.topojson/.test(u);

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser.close();
});

describe('the finer coastline', () => {
  it('is not in the first view; zoomed in past the threshold it is fetched and the map still draws, in the same colours', async () => {
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    // The furniture comes in after the first view: by then the watcher has looked at the zoom.
    await app.page.locator('.map-scale').waitFor({ timeout: STATE_TIMEOUT });
    const zoom = Number((await app.camera()).split('/')[0]);
    expect(zoom).toBeLessThan(DETAIL_ZOOM);
    expect(browser.requests.filter(isDetail)).toEqual([]);
    expect(await app.page.locator('.map[data-detail-land]').count()).toBe(0);

    // Rota's step, as a link would open it: zoom 5.
    await app.goToView('#map=5/37.5/-4.5');
    await app.page.locator('.map[data-detail-land="loaded"]').waitFor({ state: 'attached', timeout: STATE_TIMEOUT });
    await app.waitForMapIdle();
    expect(browser.requests.filter(isDetail)).toHaveLength(1);
    const shot = await app.page.locator('.map').screenshot();
    const shares = await colourShares(app.page, shot, { land: PALETTE.light.land, sea: PALETTE.light.sea }, { top: 0, bottom: 1 }, 12);
    // Land and sea both on screen, the land in the basemap's own colour.
    expect(shares.land).toBeGreaterThan(0.25);
    expect(shares.sea).toBeGreaterThan(0.15);
    expect(browser.pageErrors).toEqual([]);
    await app.page.close();
  });

  it('a briefing that opens at a site gets it after its first view, with the basemap\'s credit on the map', async () => {
    // Without motion the map opens at the site's camera: the coarse land is never drawn.
    const still = await openBrowser({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      const b = await Briefing.open(still, baseUrl, `#tour=${ROTA}`);
      await b.waitForStep(ROTA);
      await b.page.locator('.map[data-detail-land="loaded"]').waitFor({ state: 'attached', timeout: STATE_TIMEOUT });
      await b.waitForMapIdle();
      // MapLibre hides an empty credit with a class and leaves its old text: read what shows.
      const credit = await b.page.locator('.maplibregl-ctrl-attrib').evaluate((e) => (e.classList.contains('maplibregl-attrib-empty') || getComputedStyle(e).display === 'none' ? '' : e.textContent));
      expect(credit).toContain(BASEMAP_ATTRIBUTION);
    } finally {
      await still.close();
    }
  });

  it('in the briefing, a flight to a site fetches it, and it is on the map when the flight has landed', async () => {
    const room = await openBrowser({ viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' });
    try {
      const b = await Briefing.open(room, baseUrl, `#tour=${FLIGHT - 1}`);
      await b.waitForStep(FLIGHT - 1);
      await b.waitForMapIdle();
      expect(room.requests.filter(isDetail)).toEqual([]);
      await b.page.keyboard.press('ArrowRight');
      await b.waitForStep(FLIGHT);
      await b.waitForCamera(tour[FLIGHT - 1]!.camera!);
      await b.page.locator('.map[data-detail-land="loaded"]').waitFor({ state: 'attached', timeout: STATE_TIMEOUT });
      await b.waitForMapIdle();
      expect(room.requests.filter(isDetail)).toHaveLength(1);
      expect(room.pageErrors).toEqual([]);
    } finally {
      await room.close();
    }
  });

  it('is inside the one-file briefing package, which draws it offline at a site step', async () => {
    const file = new URL('../../dist-briefing/epaa-briefing.html', import.meta.url);
    expect(existsSync(file), 'run `npm run build:briefing` first (npm test does)').toBe(true);
    const detail = JSON.parse(readFileSync(new URL('../../geodata/basemap/basemap-detail.topojson', import.meta.url), 'utf8')) as { attribution: string };
    expect(readFileSync(file, 'utf8')).toContain(detail.attribution);
    const offline = await openBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await offline.context.newPage();
      await page.goto(`${file.href}#tour=${ROTA}`);
      const b = new Briefing(page);
      await b.waitForStep(ROTA);
      await page.locator('.map[data-detail-land="loaded"]').waitFor({ state: 'attached', timeout: STATE_TIMEOUT });
      expect(offline.requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
      expect(offline.pageErrors).toEqual([]);
    } finally {
      await offline.close();
    }
  });
});

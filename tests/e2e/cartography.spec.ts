// The map's cartography in a real browser: the scale (live map, embed, PNG, SVG), the locator
// inset when zoomed past the region, and labels a room can read in the briefing.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp, STATE_TIMEOUT, downloaded } from './support/app';
import { Briefing } from './support/briefing';
import { axeProblems } from './support/axe';
import { colourShares } from './support/png';
import { LOCATOR_COLOURS, locatorPoint } from '../../src/map/locator';
import { PALETTE } from '../../src/theme/palette';
import { DETAIL_ZOOM } from '../../src/map/style';
import { PLACE_STYLE } from '../../src/map/reference-places';
import { ru } from '../../src/i18n/messages/ru';

const baseUrl = inject('baseUrl');
const tour = JSON.parse(readFileSync(new URL('../../geodata/tours/briefing.json', import.meta.url), 'utf8')).steps as { camera?: { zoom: number; lat: number; lon: number } }[];
/** Deveselu's step: a view well inside the region. */
const ZOOMED = '5.4/44.6/24.4';

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser.close();
});

/** Metres a CSS pixel spans at the centre of a camera "zoom/lat/lon", worked out here from Web Mercator. */
function metresPerPixel(camera: string): number {
  const [zoom, lat] = camera.split('/').map(Number);
  return (40075016.686 * Math.cos((lat! * Math.PI) / 180)) / (512 * 2 ** zoom!);
}

/** The scale's two bars as drawn: their lengths on screen and the distances they say. */
async function scaleOnScreen(page: Page) {
  const scale = page.locator('.map-scale');
  await scale.waitFor({ timeout: STATE_TIMEOUT });
  const bars = await scale.locator('.map-scale-bar').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  const labels = await scale.locator('.map-scale-label').allTextContents();
  return { bars, labels, km: Number(await scale.getAttribute('data-km')), mi: Number(await scale.getAttribute('data-mi')), name: await scale.getAttribute('aria-label') };
}

describe('scale', () => {
  it('the live map has a scale in km with miles beside it, each bar as long as the distance it says', async () => {
    const app = await MapApp.open(browser, baseUrl, `#map=${ZOOMED}`);
    await app.waitForMapIdle();
    const camera = await app.camera();
    const s = await scaleOnScreen(app.page);
    expect(s.labels).toEqual([`${s.km} km`, `${s.mi} mi`]);
    expect(s.name).toBe(`Scale: ${s.km} km, ${s.mi} mi`);
    const mpp = metresPerPixel(camera);
    expect((s.bars[0]! * mpp) / (s.km * 1000)).toBeCloseTo(1, 1);
    expect((s.bars[1]! * mpp) / (s.mi * 1609.344)).toBeCloseTo(1, 1);
    // A person zooms in: the scale follows.
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    await app.page.locator(`.map[data-map-state="idle"]:not([data-camera="${camera}"])`).waitFor({ timeout: STATE_TIMEOUT });
    await expect.poll(async () => (await scaleOnScreen(app.page)).km).toBeLessThan(s.km);
    await app.page.close();
  });

  it('speaks the reader\'s language and number format', async () => {
    const app = await MapApp.open(browser, baseUrl, `#lang=ru&map=${ZOOMED}`);
    await app.waitForMapIdle();
    const s = await scaleOnScreen(app.page);
    expect(s.labels[0]).toBe(new Intl.NumberFormat('ru', { style: 'unit', unit: 'kilometer', unitDisplay: 'short' }).format(s.km));
    expect(s.labels[0]).toMatch(/км/);
    expect(s.name).toMatch(/^Масштаб: /);
    await app.page.close();
  });

  it('an embed has a compact scale and no inset, even zoomed in', async () => {
    const app = await MapApp.open(browser, baseUrl, `#embed=1&map=${ZOOMED}`);
    await app.waitForMapIdle();
    const s = await scaleOnScreen(app.page);
    expect(s.labels).toHaveLength(2);
    expect(await app.page.locator('.map-furniture.furniture-compact').count()).toBe(1);
    expect(Math.max(...s.bars)).toBeLessThanOrEqual(72.5);
    expect(await app.page.locator('.map-locator').count()).toBe(0);
    await app.page.close();
  });
});

describe('locator inset', () => {
  it('shows where a zoomed view is, outlined in a colour no site has, and folds away', async () => {
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    await app.page.locator('.map-scale').waitFor({ timeout: STATE_TIMEOUT });
    // The region's view needs no inset.
    expect(await app.page.locator('.map-locator').count()).toBe(0);

    await app.goToView(`#map=${ZOOMED}`);
    await app.page.locator(`.map[data-map-state="idle"][data-camera="${ZOOMED}"]`).waitFor({ timeout: STATE_TIMEOUT });
    const inset = app.page.getByRole('img', { name: /overview of Europe and the Middle East/ });
    await inset.waitFor({ timeout: STATE_TIMEOUT });
    // The outlined box is around the view's centre, in the inset's own projection.
    const [zoom, lat, lon] = ZOOMED.split('/').map(Number);
    void zoom;
    const svg = (await inset.boundingBox())!;
    const view = (await app.page.locator('.map-locator-view').boundingBox())!;
    const centre = locatorPoint(lon!, lat!, svg.width);
    expect(Math.abs(view.x - svg.x + view.width / 2 - centre.x)).toBeLessThan(3);
    expect(Math.abs(view.y - svg.y + view.height / 2 - centre.y)).toBeLessThan(3);
    expect(view.width).toBeLessThan(svg.width * 0.5);
    const outline = await app.page.locator('.map-locator-view').getAttribute('stroke');
    expect(outline).toBe(LOCATOR_COLOURS.light.view);
    const siteColours = (['light', 'dark'] as const).flatMap((t) => (['interceptor', 'radar', 'naval', 'command'] as const).map((k) => PALETTE[t][k].toLowerCase()));
    expect(siteColours).not.toContain(outline!.toLowerCase());
    expect(await axeProblems(app.page)).toEqual([]);

    // Folded away and back, by keyboard.
    const toggle = app.page.getByRole('button', { name: 'Hide the overview map' });
    await toggle.focus();
    await app.page.keyboard.press('Enter');
    await inset.waitFor({ state: 'detached' });
    const show = app.page.getByRole('button', { name: 'Show the overview map' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await show.click();
    await inset.waitFor();
    await app.page.close();
  });
});

describe('exports', () => {
  it('the PNG and the SVG of a zoomed view carry the scale and the inset; of the region, the scale only', async () => {
    const app = await MapApp.open(browser, baseUrl, `#map=${ZOOMED}`);
    await app.waitForMapIdle();
    await app.openShare();
    const { png } = await app.downloadPng();
    const shares = await colourShares(app.page, png, { outline: LOCATOR_COLOURS.light.view }, { top: 0, bottom: 1 }, 30);
    expect(shares.outline).toBeGreaterThan(0.00005);

    const dialog = app.page.locator('dialog.share-dialog[open]');
    const [file] = await Promise.all([app.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download SVG' }).click()]);
    const text = (await downloaded(file)).toString('utf8');
    const svg = await app.page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return {
        scale: [...doc.querySelectorAll('#map #scale text')].map((e) => e.textContent),
        km: Number(doc.querySelector('#scale')?.getAttribute('data-km')),
        locator: doc.querySelectorAll('#map #locator-view').length,
      };
    }, text);
    expect(svg.scale).toEqual([`${svg.km} km`, expect.stringMatching(/^\d+ mi$/)]);
    expect(svg.locator).toBe(1);
    await app.page.close();

    const region = await MapApp.open(browser, baseUrl);
    await region.waitForMapIdle();
    await region.openShare();
    const whole = await region.downloadPng();
    const none = await colourShares(region.page, whole.png, { outline: LOCATOR_COLOURS.light.view }, { top: 0, bottom: 1 }, 30);
    expect(none.outline).toBeLessThan(0.00002);
    await region.page.close();
  });
});

describe('the SVG where the camera goes', () => {
  /** The land's vertices in the SVG of the view at `camera`, as the Share dialog downloads it. */
  async function svgLandPoints(camera: string): Promise<number> {
    const app = await MapApp.open(browser, baseUrl, `#map=${camera}`);
    await app.waitForMapIdle();
    await app.openShare();
    const dialog = app.page.locator('dialog.share-dialog[open]');
    const [file] = await Promise.all([app.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download SVG' }).click()]);
    const text = (await downloaded(file)).toString('utf8');
    const points = await app.page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return [...doc.querySelectorAll('#land path')].reduce((n, p) => n + (p.getAttribute('d')?.match(/[ML]/g)?.length ?? 0), 0);
    }, text);
    await app.page.close();
    return points;
  }

  it('draws the finer coastline once zoomed in as far as the live map draws it', async () => {
    // The same place and nearly the same frame, either side of the threshold.
    const [lat, lon] = [37.5, -3];
    const coarse = await svgLandPoints(`${(DETAIL_ZOOM - 0.1).toFixed(2)}/${lat}/${lon}`);
    const fine = await svgLandPoints(`${(DETAIL_ZOOM + 0.1).toFixed(2)}/${lat}/${lon}`);
    expect(coarse).toBeGreaterThan(0);
    expect(fine).toBeGreaterThan(coarse * 3);
  });
});

describe('labels a room can read', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    it(`in the briefing at ${viewport.width}x${viewport.height}, country labels are at least 20 px at 1080p at every step's zoom, site labels larger`, async () => {
      const room = await openBrowser({ viewport, reducedMotion: 'reduce' });
      const least = (20 * viewport.height) / 1080;
      let b: Briefing | undefined;
      for (const [i, step] of tour.entries()) {
        if (!step.camera && i !== 0) continue;
        if (!b) b = await Briefing.open(room, baseUrl, `#tour=${i + 1}`);
        else await b.page.evaluate((h) => (location.hash = h), `#tour=${i + 1}`);
        await b.waitForStep(i + 1);
        if (step.camera) await b.waitForCamera(step.camera);
        await b.waitForMapIdle();
        const map = b.page.locator('.map');
        await map.and(b.page.locator('[data-country-label-px]')).waitFor({ timeout: STATE_TIMEOUT });
        const country = Number(await map.getAttribute('data-country-label-px'));
        expect(country, `step ${i + 1}`).toBeGreaterThanOrEqual(least - 0.05);
        const site = await b.page.locator('.site-marker-label').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect(site, `step ${i + 1}`).toBeGreaterThan(country);
        // The briefing's map shows its scale, and the inset where it flies in.
        await b.page.locator('.map-scale').waitFor({ timeout: STATE_TIMEOUT });
        if (step.camera) await b.page.locator('.map-locator-inset').waitFor({ timeout: STATE_TIMEOUT });
      }
      await room.close();
    });
  }
});

describe('reference places', () => {
  it('a few capitals and named cities, in the reader\'s language, as grey points and never as sites; none in an embed', async () => {
    const app = await MapApp.open(browser, baseUrl, `#lang=ru&map=${ZOOMED}`);
    await app.waitForMapIdle();
    const map = app.page.locator('.map');
    await map.and(app.page.locator('[data-reference-places]')).waitFor({ timeout: STATE_TIMEOUT });
    const names = ((await map.getAttribute('data-reference-places')) ?? '').split('|');
    for (const n of ['Бухарест', 'Варшава', 'Анкара', 'Москва', 'Тегеран']) expect(names).toContain(n);
    // Not sites: no marker, no button, no entry in the site list is made for them.
    expect(await app.page.locator('.site-marker').evaluateAll((els) => els.map((e) => e.textContent))).not.toContain('Бухарест');
    expect(await app.page.getByRole('button', { name: 'Бухарест' }).count()).toBe(0);
    await app.page.close();

    const embed = await MapApp.open(browser, baseUrl, `#embed=1&map=${ZOOMED}`);
    await embed.waitForMapIdle();
    await embed.page.locator('.map-scale').waitFor({ timeout: STATE_TIMEOUT });
    expect(await embed.page.locator('[data-reference-places]').count()).toBe(0);
    await embed.page.close();
  });
});

describe('reference places on exported images', () => {
  it('the PNG and the SVG draw them as grey points named in the reader\'s language, under the sites and never as sites', async () => {
    const app = await MapApp.open(browser, baseUrl, `#lang=ru&map=${ZOOMED}`);
    await app.waitForMapIdle();
    await app.page.getByRole('button', { name: ru.share.button }).click();
    const dialog = app.page.locator('dialog.share-dialog[open]');
    await dialog.waitFor();
    const [file] = await Promise.all([app.page.waitForEvent('download'), dialog.getByRole('button', { name: ru.takeAway.svg.download }).click()]);
    const svg = await app.page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      const group = doc.querySelector('#map #reference-places');
      const order = [...doc.querySelectorAll('#map > g')].map((g) => g.id);
      return {
        names: [...(group?.querySelectorAll('text') ?? [])].map((e) => e.textContent),
        fill: group?.getAttribute('fill'),
        dots: group?.querySelectorAll('circle').length ?? 0,
        placesBeforeSites: order.indexOf('reference-places') >= 0 && order.indexOf('reference-places') < order.indexOf('sites'),
        siteNames: [...doc.querySelectorAll('#sites [data-site]')].map((e) => e.textContent),
      };
    }, (await downloaded(file)).toString('utf8'));
    expect(svg.names).toContain('Бухарест');
    expect(svg.names).not.toContain('Bucharest');
    expect(svg.fill).toBe(PLACE_STYLE.light.ink);
    expect(svg.dots).toBe(svg.names.length); // no dot without its name
    expect(svg.placesBeforeSites).toBe(true);
    expect(svg.siteNames.join('|')).not.toContain('Бухарест');

    // The PNG: the places' grey, which nothing else on the image uses, is there.
    const [png] = await Promise.all([
      app.page.waitForEvent('download', { timeout: 80_000 }),
      dialog.getByRole('button', { name: ru.share.downloadPng }).click(),
    ]);
    const shares = await colourShares(app.page, await downloaded(png), { place: PLACE_STYLE.light.ink }, { top: 0, bottom: 1 }, 12);
    expect(shares.place).toBeGreaterThan(0.0001);
    await app.page.close();
  });
});

describe('site markers outside the map', () => {
  it('zoomed in, a site west of the view is clipped at the map\'s edge, not drawn over the sidebar', async () => {
    // Zoom 5 over Poland: Ramstein's place is a few pixels west of the map, under the sidebar.
    const app = await MapApp.open(browser, baseUrl, '#map=5/49.4/19');
    await app.waitForMapIdle();
    const marker = app.page.locator('.site-marker', { hasText: 'Ramstein' });
    await marker.waitFor({ state: 'attached', timeout: STATE_TIMEOUT });
    const hit = await marker.evaluate((el) => {
      const area = document.querySelector('.map-area')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      const x = box.left + 8;
      const y = box.top + box.height / 2;
      const top = document.elementFromPoint(x, y);
      return { outside: x < area.left, onMarker: !!top?.closest('.site-marker'), inSidebar: !!top?.closest('.sidebar') };
    });
    // The view puts the marker west of the map (else this test would prove nothing) ...
    expect(hit.outside).toBe(true);
    // ... and what shows there is the sidebar, not the marker.
    expect(hit.onMarker).toBe(false);
    expect(hit.inSidebar).toBe(true);
    await app.page.close();
  });
});

import { afterEach, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp } from './support/app';

const baseUrl = inject('baseUrl');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('bad input gets a clear message and loses nothing', () => {
  it('a broken statements file names file, record and field, and the rest of the map still works', async () => {
    browser = await openBrowser();
    const logged: string[] = [];
    await browser.context.route(/\/statements-[^/]*\.json$/, (route) =>
      route.fulfill({ contentType: 'application/json', body: fixture('statements-broken.json') }),
    );
    const page = await browser.context.newPage();
    page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
    const app = new MapApp(page, baseUrl);
    await page.goto(baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('geodata/statements.json, record "broken-quote", field "quote": is missing');
    expect(text).toContain('geodata/statements.json, record "dangling-site", field "sites[0]": names site "atlantis"');
    // The markup in the fixture is shown as text, never as HTML.
    expect(await page.locator('.statement b, .statement script').count()).toBe(0);

    await app.waitForMapIdle();
    expect(await app.markerIds()).toHaveLength(5);
    await app.marker('deveselu').click();
    const quotes = await app.panelQuotes();
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toContain('<b>not bold</b>');
    // One readable log entry for all the problems.
    expect(logged.filter((l) => l.includes('Map data problems'))).toHaveLength(1);
  });

  it('a sites file that is not JSON says so and still shows phases and statements', async () => {
    browser = await openBrowser();
    await browser.context.route(/\/sites-[^/]*\.geojson$/, (route) => route.fulfill({ contentType: 'application/json', body: '{ not json' }));
    const page = await browser.context.newPage();
    const app = new MapApp(page, baseUrl);
    await page.goto(`${baseUrl}#phase=4`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('geodata/sites.geojson: is not valid JSON');
    await app.waitForMapIdle();
    expect(await app.markerIds()).toEqual([]);
    expect(await page.locator('.phase-list button[data-phase]').count()).toBe(4);
    expect(await app.panelQuotes()).not.toHaveLength(0);
  });

  it('a broken basemap file says so and keeps the static map with its sites', async () => {
    browser = await openBrowser();
    await browser.context.route(/\/basemap-[^/]*\.topojson$/, (route) => route.fulfill({ contentType: 'application/json', body: '{ not json' }));
    const page = await browser.context.newPage();
    const app = new MapApp(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByText('the basemap is not valid JSON').waitFor();
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    await app.marker('redzikowo').click();
    expect(await app.panelTitle()).toBe('Redzikowo, Poland');
    expect(browser.pageErrors).toEqual([]);
  });

  it('without WebGL the page says so and the list, panel and statements still work', async () => {
    browser = await openBrowser({ args: ['--disable-webgl', '--disable-3d-apis'] });
    const page = await browser.context.newPage();
    const app = new MapApp(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByText('WebGL is not available').waitFor();
    await app.listItem('kurecik').click();
    expect(await app.panelTitle()).toBe('Kürecik, Turkey');
    expect(await app.panel().textContent()).toContain('single source');
    // The static map follows the legend's site layers, as the live map does.
    expect(await app.markerIds()).toContain('rota');
    await page.evaluate(() => (location.hash = '#layers=interceptor,radar,command'));
    await expect.poll(() => app.markerIds()).not.toContain('rota');
    expect(await app.markerIds()).toContain('deveselu');
    // The map library never started: no worker, no map canvas.
    expect(browser.requests.some((u) => /maplibre-gl-worker/.test(u))).toBe(false);
    expect(await page.locator('canvas').count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('loading', () => {
  it('shows the title, the site list and a loading indicator while the map library loads', async () => {
    browser = await openBrowser();
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    await browser.context.route(/\/maplibre-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await browser.context.newPage();
    const app = new MapApp(page, baseUrl);
    await page.goto(baseUrl);
    await app.listItem('deveselu').waitFor();
    expect(await page.locator('h1').textContent()).toContain('missile-defence');
    expect(await page.getByRole('status').filter({ hasText: 'Loading the map' }).isVisible()).toBe(true);
    // The list already works before the map is there.
    await app.listItem('rota').click();
    expect(await app.panelTitle()).toBe('Rota, Spain');
    release();
    await app.waitForMapIdle();
    expect(await app.marker('rota').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('layout', () => {
  it('at 360 px wide the panel is a bottom sheet over the map and nothing overflows sideways', async () => {
    browser = await openBrowser({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    await app.marker('deveselu').tap();
    await app.panel().waitFor();
    const sheet = (await app.panel().boundingBox())!;
    expect(sheet.width).toBeCloseTo(360, 0);
    expect(sheet.y + sheet.height).toBeCloseTo(740, 0);
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('follows a window resize without a reload', async () => {
    browser = await openBrowser({ viewport: { width: 1280, height: 800 } });
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await app.page.waitForFunction(() => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement | null;
      const area = document.querySelector('.map-area')!.getBoundingClientRect();
      return canvas !== null && Math.abs(canvas.getBoundingClientRect().width - area.width) < 1 && area.width > 1400;
    });
  });
});

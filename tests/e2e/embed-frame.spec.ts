// The embed in real frames on another origin: it fills whatever height the host gives, compacts its
// chrome in narrow frames, and the snippet from the Share dialog is resized by the host scripts
// news sites use (our own, and both generations of Datawrapper's), with the app at any path.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp, STATE_TIMEOUT } from './support/app';
import { serve } from '../../scripts/serve.mjs';
import { wantedMapHeight } from '../../src/embed/host';
import { en } from '../../src/i18n/messages/en';

const baseUrl = inject('baseUrl');
const siteCount = JSON.parse(readFileSync(new URL('../../geodata/sites.geojson', import.meta.url), 'utf8')).features.length as number;

type Server = { url: string; close: () => Promise<unknown> };
let browser: Browser;
/** The same browser with the live map held back: for tests of the page, not of the drawn map. */
let still: Browser;
let hostDir: string;
let host: Server;
let appDir: string;
let app: Server;
/** The app at a path with nothing of "epaa-map" in it, on a server of its own. */
let appUrl: string;

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 900 } });
  still = await openBrowser({ viewport: { width: 1280, height: 900 }, liveMap: false });
  hostDir = mkdtempSync(join(tmpdir(), 'epaa-embed-host-'));
  host = await serve(hostDir); // another port: another origin, like a newsroom's article page
  appDir = mkdtempSync(join(tmpdir(), 'epaa-embed-app-'));
  cpSync(new URL('../../dist', import.meta.url), join(appDir, 'graphics/missile-defence'), { recursive: true });
  app = await serve(appDir);
  appUrl = `${app.url}graphics/missile-defence/`;
});
afterAll(async () => {
  const ours = [baseUrl, host.url, app.url].map((u) => new URL(u).origin);
  const elsewhere = [...browser.requests, ...still.requests].filter((u) => !ours.some((o) => u.startsWith(o)) && !/^(data|blob|about):/.test(u));
  await browser.close();
  await still.close();
  await host.close();
  await app.close();
  rmSync(hostDir, { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
  expect(elsewhere).toEqual([]);
  expect([...browser.pageErrors, ...still.pageErrors]).toEqual([]);
});

/**
 * Writes a host page on the host's origin: `head` (a host script) first, then `body`. Every
 * message a frame posts is recorded with the index of the iframe that sent it.
 */
function hostPage(name: string, body: string, head = ''): string {
  writeFileSync(
    join(hostDir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>` +
      `<script>window.__posted=[];addEventListener("message",function(e){` +
      `var i=Array.prototype.indexOf.call(document.querySelectorAll("iframe"),Array.prototype.find.call(document.querySelectorAll("iframe"),function(f){return f.contentWindow===e.source}));` +
      `__posted.push({frame:i,data:e.data});});</script>${head}</head><body style="margin:0">${body}</body></html>`,
  );
  return host.url + name;
}

async function frameOf(page: Page, index: number): Promise<Frame> {
  const frame = await (await page.locator('iframe').nth(index).elementHandle())!.contentFrame();
  if (!frame) throw new Error(`iframe ${index} has no document`);
  return frame;
}

/** Where the embed's parts are, in the frame's own pixels, once the live map has replaced the first paint. */
async function measure(frame: Frame) {
  await frame.locator('.embed-map .maplibregl-canvas').waitFor();
  return frame.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
    };
    const root = document.documentElement;
    return {
      head: box(document.querySelector('.embed-head')),
      map: box(document.querySelector('.embed-map .maplibregl-canvas')),
      credit: box(document.querySelector('.embed-credit')),
      markers: [...document.querySelectorAll('.site-marker')].map((m) => ({ site: m.getAttribute('data-site'), ...box(m) })),
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      width: root.clientWidth,
    };
  });
}

/** The number of lines an element's shown text takes (hidden variants have no boxes). */
function lines(frame: Frame, selector: string): Promise<number> {
  return frame.locator(selector).evaluate((el) => {
    const rects: DOMRect[] = [];
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      rects.push(...[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0));
    }
    rects.sort((a, b) => a.top - b.top);
    // Text boxes are taller than the line pitch, so lines overlap: a box starts a new line when it
    // begins below the middle of the line before.
    let count = 0;
    let line = { top: -Infinity, bottom: -Infinity };
    for (const r of rects) {
      if (r.top > (line.top + line.bottom) / 2) {
        count += 1;
        line = { top: r.top, bottom: r.bottom };
      }
    }
    return count;
  });
}

/** Serious and critical axe violations in the page and its frames (axe looks into them). */
async function framedAxeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('an embed in a frame the host does not resize', () => {
  const sizes = [
    [700, 520],
    [400, 600],
    [1000, 450],
  ] as const;

  it('the map fills the room between the chrome and the credit line, with no scrollbar and every site inside', async () => {
    const frames = [...sizes, [700, 800] as const]
      .map(([w, h]) => `<iframe title="Map ${w}x${h}" src="${baseUrl}#embed=1" style="display:block;border:0;width:${w}px;height:${h}px"></iframe>`)
      .join('');
    const page = await browser.context.newPage();
    await page.goto(hostPage('fixed.html', frames));
    for (const [i, [w, h]] of [...sizes, [700, 800] as const].entries()) {
      // A frame out of sight is not drawn (the browser throttles it), as on a real page.
      await page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
      const frame = await frameOf(page, i);
      await frame.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
      const m = await measure(frame);
      const size = `${w}x${h}`;
      expect(Math.abs(m.map.top - m.head.bottom), `${size}: map meets the chrome`).toBeLessThanOrEqual(2);
      expect(Math.abs(m.credit.top - m.map.bottom), `${size}: no blank band above the credit line`).toBeLessThanOrEqual(2);
      expect(Math.abs(m.credit.bottom - h), `${size}: the credit line ends the frame`).toBeLessThanOrEqual(2);
      expect(m.scrollHeight, `${size}: no scrollbar`).toBeLessThanOrEqual(m.clientHeight);
      expect(m.markers, `${size}: every site drawn`).toHaveLength(siteCount);
      for (const k of m.markers) {
        const inside = k.left >= 0 && k.right <= w && k.top >= m.map.top && k.bottom <= m.map.bottom;
        expect(inside, `${size}: ${k.site} inside the map`).toBe(true);
      }
    }

    // The height asked of the host depends on the width alone: two 700 px frames of different
    // heights ask for the same, the chrome plus the map the width wants.
    const asked = await page.evaluate(() =>
      (window as unknown as { __posted: { frame: number; data: { type?: string; height?: number } }[] }).__posted
        .filter((p) => p.data?.type === 'epaa-map:height')
        .reduce<Record<number, number>>((last, p) => ({ ...last, [p.frame]: p.data.height! }), {}),
    );
    const short = await measure(await frameOf(page, 0));
    expect(asked[0]).toBe(asked[3]);
    expect(Math.abs(asked[0]! - (short.head.height + short.credit.height + wantedMapHeight(700)))).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('below 260 px of map the frame scrolls by no more than the map lacks', async () => {
    const page = await browser.context.newPage();
    await page.goto(hostPage('short.html', `<iframe title="Map" src="${baseUrl}#embed=1" style="display:block;border:0;width:400px;height:360px"></iframe>`));
    const frame = await frameOf(page, 0);
    await frame.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
    const m = await measure(frame);
    expect(Math.round(m.map.height)).toBe(260);
    expect(Math.abs(m.credit.top - m.map.bottom)).toBeLessThanOrEqual(2);
    expect(Math.abs(m.scrollHeight - Math.round(m.head.height + 260 + m.credit.height))).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('below 480 px of width the chrome compacts: one title line with the link, a short legend and note, in every language', async () => {
    const langs = ['en', 'ro', 'pl', 'tr', 'ru'];
    const frames = langs
      .map((l) => `<iframe title="Map ${l}" src="${baseUrl}#phase=3&lang=${l}&embed=1" style="display:block;border:0;width:360px;height:600px"></iframe>`)
      .join('');
    const page = await browser.context.newPage();
    await page.goto(hostPage('narrow.html', frames));
    for (const [i, lang] of langs.entries()) {
      // A frame below the fold draws no frames, so its live map waits until it is scrolled to.
      await page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
      const frame = await frameOf(page, i);
      await frame.locator(`html[lang="${lang}"] .embed .legend li`).first().waitFor();
      const open = frame.locator('.embed-open');
      const title = frame.locator('.embed-title');
      const [t, o] = [(await title.boundingBox())!, (await open.boundingBox())!];
      expect(await lines(frame, '.embed-title'), `${lang}: title on one line`).toBe(1);
      expect(o.y < t.y + t.height && t.y < o.y + o.height, `${lang}: the link on the title's line`).toBe(true);
      expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth), `${lang}: title not cut`).toBe(true);
      expect(await title.textContent(), `${lang}: the phase stays in the title`).toMatch(/3/);
      // The legend wraps tightly: no gaps between its lines, and in English two lines at most.
      const legendLines = await lines(frame, '.embed .legend ul');
      const legend = await frame.locator('.embed .legend ul').evaluate((el) => ({ height: el.getBoundingClientRect().height, font: parseFloat(getComputedStyle(el).fontSize) }));
      expect(legend.height, `${lang}: legend lines close together`).toBeLessThanOrEqual(legendLines * legend.font * 1.45);
      if (lang === 'en') expect(legendLines).toBeLessThanOrEqual(2);
      expect(await lines(frame, '.embed .illustrative'), `${lang}: the short note`).toBeLessThanOrEqual(2);
      const m = await measure(frame);
      expect(m.head.height, `${lang}: chrome above the map`).toBeLessThanOrEqual(140);
    }
    // The short forms are as accessible as the long ones, in every language (axe looks into the frames).
    expect(await framedAxeProblems(page)).toEqual([]);
    await page.close();
  });
});

/** The snippet's own few lines (README, "Sharing and embedding"): each frame takes the height it asks for. */
const OWN_SCRIPT =
  `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="epaa-map:height"||!(d.height>0))return;` +
  `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.round(d.height)+"px";});});</script>`;

describe('a 360 px wide embed, as tall as it asks to be', () => {
  // One page for the tests below: a phone-wide column whose script gives the frame the height it
  // asks for (a map of 260 px), with the live map, as MapLibre's controls are only on it.
  let opened: { page: Page; frame: Frame } | undefined;
  afterAll(async () => {
    await opened?.page.close();
  });
  async function narrow(): Promise<{ page: Page; frame: Frame }> {
    if (opened) return opened;
    const page = await browser.context.newPage();
    await page.goto(hostPage('column-360.html', `<iframe title="Map" src="${baseUrl}#embed=1&lang=en" style="display:block;border:0;width:360px;height:520px"></iframe>`, OWN_SCRIPT));
    await page.waitForFunction(
      () => {
        const posted = (window as unknown as { __posted: { frame: number; data: { type?: string; height?: number } }[] }).__posted;
        const asked = posted.filter((p) => p.frame === 0 && p.data?.type === 'epaa-map:height').at(-1)?.data.height;
        return asked !== undefined && Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - asked) < 1;
      },
      undefined,
      { timeout: 30_000 },
    );
    const frame = await frameOf(page, 0);
    // The map has followed the frame's new height, stands idle, and has drawn its scale.
    await frame.waitForFunction(
      () => {
        const map = document.querySelector<HTMLElement>('.map[data-map-state="idle"]');
        const canvas = map?.querySelector('canvas');
        return !!map && !!canvas && Math.abs(canvas.clientHeight - map.clientHeight) < 1 && !!map.querySelector('.map-furniture');
      },
      undefined,
      { timeout: 60_000 },
    );
    opened = { page, frame };
    return opened;
  }

  it("nothing over the map covers its scale or controls, and the basemap is credited once, in the frame's credit line", async () => {
    const { frame } = await narrow();
    const seen = await frame.evaluate(() => {
      const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().width > 0;
      const parts = { attribution: '.maplibregl-ctrl-attrib', scale: '.map-furniture', zoom: '.maplibregl-ctrl-group', credit: '.embed-credit' };
      const boxes = Object.entries(parts).flatMap(([name, selector]) => [...document.querySelectorAll(selector)].filter(shown).map((el) => ({ name, r: el.getBoundingClientRect() })));
      const overlaps: string[] = [];
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom) overlaps.push(`${a.name} over ${b.name}`);
        }
      }
      // Every place the reader sees the basemap's credit, by the part it is in.
      const credited: string[] = [];
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walk.nextNode(); node; node = walk.nextNode()) {
        const parent = node.parentElement!;
        if (node.textContent!.includes('Natural Earth') && shown(parent)) credited.push(Object.entries(parts).find(([, selector]) => parent.closest(selector))?.[0] ?? parent.tagName);
      }
      const credit = document.querySelector('.embed-credit')!;
      return { overlaps, credited, creditLine: credit.textContent, creditInFrame: credit.getBoundingClientRect().bottom <= innerHeight + 1 };
    });
    expect(seen.overlaps, 'parts of the map drawn over each other').toEqual([]);
    expect(seen.credited, 'where the basemap is credited').toEqual(['credit']);
    expect(seen.creditLine).toContain(en.basemapCredit);
    expect(seen.creditInFrame, 'the credit line within the frame').toBe(true);
  });

  it("the zoom buttons take at most a fifth of the map's height, are targets of at least 24 px, and Tab reaches them", async () => {
    const { page, frame } = await narrow();
    const seen = await frame.evaluate(() => {
      const map = document.querySelector('.map')!.getBoundingClientRect();
      const group = document.querySelector('.maplibregl-ctrl-group')!.getBoundingClientRect();
      const buttons = [...document.querySelectorAll('.maplibregl-ctrl-group button')].map((b) => ({ name: b.getAttribute('aria-label'), width: b.getBoundingClientRect().width, height: b.getBoundingClientRect().height }));
      return { share: group.height / map.height, heights: `${Math.round(group.height)} of ${Math.round(map.height)} px`, buttons };
    });
    expect(seen.share, `the zoom buttons' share of the map's height (${seen.heights})`).toBeLessThanOrEqual(0.2);
    expect(seen.buttons.map((b) => b.name)).toEqual(['Zoom in', 'Zoom out']);
    for (const b of seen.buttons) expect(Math.min(b.width, b.height), `${b.name}: smaller side`).toBeGreaterThanOrEqual(24);
    // From the frame's first link, Tab reaches Zoom in, then Zoom out.
    await frame.locator('.embed-open').focus();
    for (const name of ['Zoom in', 'Zoom out']) {
      let presses = 0;
      while (!(await frame.evaluate((n) => document.activeElement?.getAttribute('aria-label') === n, name))) {
        expect(++presses, `Tab reaches ${name}`).toBeLessThanOrEqual(30);
        await page.keyboard.press('Tab');
      }
    }
    expect(await framedAxeProblems(page)).toEqual([]);
  });

  it("a selected site's sheet leaves the map's upper half free, with the site in it", async () => {
    const { page, frame } = await narrow();
    await frame.locator('.site-marker[data-site="deveselu"]').click();
    await frame.locator('.embed-map .panel').waitFor();
    // The camera moves the site above the sheet once the sheet is there: wait for that state.
    const problems = () =>
      frame.evaluate((id) => {
        const map = document.querySelector('.embed-map')!.getBoundingClientRect();
        const sheet = document.querySelector('.embed-map .panel')!.getBoundingClientRect();
        const marker = document.querySelector(`.site-marker[data-site="${id}"]`)!.getBoundingClientRect();
        const symbol = document.querySelector(`.site-marker[data-site="${id}"] .site-symbol`)!.getBoundingClientRect();
        const found: string[] = [];
        if (sheet.height > map.height / 2 + 0.5) found.push(`the sheet covers ${Math.round(sheet.height)} of the map's ${Math.round(map.height)} px`);
        if (marker.top < map.top || marker.bottom > sheet.top || symbol.left < map.left || symbol.right > map.right) {
          found.push(`${id} at ${Math.round(symbol.left)},${Math.round(marker.top)}-${Math.round(marker.bottom)}, outside the map's free part (${Math.round(map.top)}-${Math.round(sheet.top)})`);
        }
        return found;
      }, 'deveselu');
    await expect.poll(problems, { timeout: STATE_TIMEOUT }).toEqual([]);
    expect(await frame.locator('.embed-map .panel').evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
    expect(await framedAxeProblems(page)).toEqual([]);
  });
});

/** The host scripts' matching rules, written from how the real ones behave. */
const HOST_SCRIPTS = {
  /** Datawrapper's current script: the frame whose window sent the message. */
  current:
    `<script>addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];if(!d)return;` +
    `for(var key in d){document.querySelectorAll("iframe").forEach(function(f){` +
    `if(f.contentWindow===e.source){f.style.height=d[key]+"px";f.setAttribute("data-resized-by","current");}});}});</script>`,
  /** The older one: the frame with id "datawrapper-chart-<key>", else the first whose src contains the key. */
  older:
    `<script>addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];if(!d)return;` +
    `for(var key in d){var f=document.getElementById("datawrapper-chart-"+key)||document.querySelector("iframe[src*='"+key+"']");` +
    `if(!f)continue;f.style.height=d[key]+"px";f.setAttribute("data-resized-by","older");}});</script>`,
};

/** The snippet exactly as the Share dialog gives it, for the view at `hash` of the app at `url`. */
async function snippetFromDialog(url: string, hash: string, autoHeight: boolean): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(url + hash);
  const share = new MapApp(page, url);
  await share.waitForMapIdle();
  await share.openShare();
  const auto = page.getByRole('checkbox', { name: /Resize to fit/ });
  if ((await auto.isChecked()) !== autoHeight) await auto.click();
  const snippet = await share.shareField('share-snippet');
  await page.close();
  return snippet;
}

/**
 * Two embeds side by side in columns of different widths, so each wants another height; waits
 * until each frame is as tall as the height its own frame asked for, and says who resized it.
 */
async function expectEachResized(page: Page, name: string, snippets: string[], head: string): Promise<string[]> {
  const body = snippets.map((s, i) => `<div style="width:${i === 0 ? 700 : 400}px">${s}</div>`).join('');
  await page.goto(hostPage(name, body, head));
  const asked = async () =>
    page.evaluate(() => {
      const posted = (window as unknown as { __posted: { frame: number; data: Record<string, unknown> }[] }).__posted;
      const last: (number | null)[] = [null, null];
      for (const p of posted) {
        const dw = p.data?.['datawrapper-height'] as Record<string, number> | undefined;
        if (dw && p.frame >= 0) last[p.frame] = Object.values(dw)[0]!;
      }
      return last;
    });
  await page.waitForFunction(() => {
    const posted = (window as unknown as { __posted: { frame: number; data: Record<string, unknown> }[] }).__posted;
    const frames = document.querySelectorAll('iframe');
    return [0, 1].every((i) => {
      const mine = posted.filter((p) => p.frame === i && p.data?.['datawrapper-height']).at(-1);
      const h = mine && (Object.values(mine.data['datawrapper-height'] as Record<string, number>)[0] as number);
      return h !== undefined && Math.abs(frames[i]!.getBoundingClientRect().height - h) < 1;
    });
  }, undefined, { timeout: 30_000 });
  const wanted = await asked();
  expect(wanted[0]).not.toBe(wanted[1]); // two widths, two heights: each frame got its own
  expect(wanted).not.toContain(520); // both really resized from the snippet's starting height
  return page.locator('iframe').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-resized-by') ?? ''));
}

describe('the Share dialog snippet under real host scripts, on another origin', () => {
  it('two embeds of an app at a path without "epaa-map": each frame resized by Datawrapper\'s current script', async () => {
    const snippets = [await snippetFromDialog(appUrl, '#phase=2', false), await snippetFromDialog(appUrl, '#site=rota', false)];
    expect(snippets.join('')).not.toContain('<script'); // only the host's script resizes
    const page = await still.context.newPage();
    expect(await expectEachResized(page, 'dw-current.html', snippets, HOST_SCRIPTS.current)).toEqual(['current', 'current']);
    await page.close();
  });

  it('the same, resized by the older script that finds frames by address; the id names this map, not Datawrapper', async () => {
    const snippets = [await snippetFromDialog(appUrl, '#phase=2', false), await snippetFromDialog(appUrl, '#site=rota', false)];
    for (const s of snippets) expect(s).toMatch(/^<iframe id="epaa-map-epaa[a-z0-9]+" /);
    const page = await still.context.newPage();
    expect(await expectEachResized(page, 'dw-older.html', snippets, HOST_SCRIPTS.older)).toEqual(['older', 'older']);
    // A CMS that strips ids from pasted HTML: the same.
    const stripped = snippets.map((s) => s.replace(/ id="[^"]*"/, ''));
    expect(stripped.join('')).not.toContain(' id=');
    expect(await expectEachResized(page, 'dw-older-no-id.html', stripped, HOST_SCRIPTS.older)).toEqual(['older', 'older']);
    await page.close();
  });

  it('the snippet with its own script resizes each of two frames, next to either Datawrapper script', async () => {
    const snippets = [await snippetFromDialog(appUrl, '#phase=2', true), await snippetFromDialog(appUrl, '#site=rota', true)];
    expect(snippets.every((s) => s.includes('<script>'))).toBe(true);
    const page = await still.context.newPage();
    // Ours alone: the frames are resized with no Datawrapper script on the page.
    expect(await expectEachResized(page, 'own.html', snippets, '')).toEqual(['', '']);
    // Ours and a Datawrapper script on one page agree on each frame's height.
    await expectEachResized(page, 'own-and-older.html', snippets, HOST_SCRIPTS.older);
    await page.close();
  });
});

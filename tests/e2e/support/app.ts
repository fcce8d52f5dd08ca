// Domain verbs for the specs: what a person does with the map, in words, not selectors.
import { afterAll, expect } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import type { Browser } from './browser';
import { colourShares } from './png';

/** How long a state may take to arrive: generous, as other work shares the two cores. */
export const STATE_TIMEOUT = 30_000;

// Marks the element whose description is asked for (unique within a run of the specs' worker).
let probes = 0;

export class MapApp {
  /** `live`: false where the browser holds MapLibre back (see Browser.liveMap): the first view stays. */
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
    readonly live = true,
  ) {}

  /** The map on screen: the live map, or the static first view where MapLibre is held back. */
  private get mapSelector(): string {
    return this.live ? '.map' : '.static-view';
  }

  /**
   * One page for a spec file's tests that start from the default view: the first call opens it,
   * later calls take it back to that view (showDefaultView). Closed after the file's tests.
   */
  static sharedDefaultView(browser: () => Browser, baseUrl: string): () => Promise<MapApp> {
    let shared: { app: MapApp; camera: string; lang: string } | undefined;
    afterAll(async () => {
      await shared?.app.page.close();
    });
    return async () => {
      if (shared) {
        await shared.app.showDefaultView(shared.camera, shared.lang);
        return shared.app;
      }
      const app = await MapApp.open(browser(), baseUrl);
      await app.waitForMapIdle();
      shared = { app, camera: await app.camera(), lang: await app.page.evaluate(() => document.documentElement.lang) };
      return app;
    };
  }

  static async open(browser: Browser, baseUrl: string, hash = ''): Promise<MapApp> {
    const page = await browser.context.newPage();
    const app = new MapApp(page, baseUrl, browser.liveMap);
    await page.goto(baseUrl + hash);
    return app;
  }

  /**
   * Back to the view a page opens with (an empty hash: no site, no phase, every site in view, no
   * dialog, in the page's first language `lang`), without a reload: the hash is emptied as a link
   * or the back button would, and the page waits for the panel to close, the URL to be empty and
   * the map to stand idle at `camera`. Focus and the mouse leave whatever they were on.
   */
  async showDefaultView(camera: string, lang: string): Promise<void> {
    await this.page.mouse.move(0, 0);
    if ((await this.page.evaluate(() => document.documentElement.lang)) !== lang) {
      await this.goToView(`#lang=${lang}`);
      await this.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
    }
    // Two changes, so that the page hears a hashchange even if the hash was empty already; and
    // any dialog left open is closed, as Esc would.
    await this.page.evaluate(() => {
      for (const d of document.querySelectorAll('dialog[open]')) (d as HTMLDialogElement).close();
      (document.activeElement as HTMLElement | null)?.blur();
      window.location.hash = 'default-view';
      window.location.hash = '';
    });
    await this.panel().waitFor({ state: 'detached' });
    await this.expectHash().toBe('');
    const map = this.live ? `.map[data-map-state="idle"][data-camera="${camera}"]` : `.static-view[data-camera="${camera}"]`;
    await this.page.locator(map).waitFor({ state: 'attached', timeout: STATE_TIMEOUT });
  }

  /** Shows another view on the same page, as a link or the back button would: by the URL's hash. */
  async goToView(hash: string): Promise<void> {
    await this.page.evaluate((h) => (window.location.hash = h), hash);
  }

  /**
   * Waits for MapLibre's idle event: style, sources and tiles loaded, no camera move under way.
   * Where MapLibre is held back: for the static first view, its basemap drawn and its sites placed.
   */
  async waitForMapIdle(): Promise<void> {
    if (this.live) {
      await this.page.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
      return;
    }
    await this.page.waitForFunction(
      () => (document.querySelector('.static-view img') as HTMLImageElement | null)?.complete && document.querySelector('.static-view .site-marker'),
      undefined,
      { timeout: 60_000 },
    );
  }

  marker(siteId: string): Locator {
    return this.page.locator(`.site-marker[data-site="${siteId}"]`);
  }

  listItem(siteId: string): Locator {
    return this.page.locator(`.site-list button[data-site="${siteId}"]`);
  }

  /** The ids of the site markers drawn on the map, in DOM order. */
  async markerIds(): Promise<string[]> {
    return this.page.locator('.site-marker').evaluateAll((els) => els.map((e) => e.getAttribute('data-site') ?? ''));
  }

  /** The emphasis of each drawn marker: normal, current or earlier. */
  async markerEmphasis(): Promise<Record<string, string>> {
    return this.page.locator('.site-marker').evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-site'), /emphasis-(\w+)/.exec(e.className)?.[1] ?? ''])),
    );
  }

  async choosePhase(n: number | 'all'): Promise<void> {
    const button = n === 'all' ? this.page.locator('.phase-all') : this.page.locator(`.phase-list button[data-phase="${n}"]`);
    await button.click();
  }

  panel(): Locator {
    return this.page.getByTestId('panel');
  }

  async panelTitle(): Promise<string> {
    return (await this.panel().locator('h2').textContent()) ?? '';
  }

  /** The texts of the quotes shown in the panel. */
  async panelQuotes(): Promise<string[]> {
    return this.panel().locator('blockquote').allTextContents();
  }

  async camera(): Promise<string> {
    return (await this.page.locator(this.mapSelector).getAttribute('data-camera')) ?? '';
  }

  async openShare(): Promise<void> {
    await this.page.getByRole('button', { name: 'Share' }).click();
    await this.page.locator('dialog.share-dialog[open]').waitFor();
  }

  /** Presses "Download PNG" in the open share dialog and returns the downloaded file's bytes and name. */
  async downloadPng(): Promise<{ png: Buffer; name: string }> {
    // Drawing a print-size image takes software WebGL a while, more so on a busy machine.
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 80_000 }),
      this.page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    return { png: await downloaded(download), name: download.suggestedFilename() };
  }

  async shareField(testId: 'share-link' | 'share-snippet' | 'share-citation'): Promise<string> {
    return this.page.getByTestId(testId).inputValue();
  }

  /** The URL's hash as it is now. */
  async currentHash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }

  /**
   * The URL's hash, asserted once it matches: the app writes a person's changes once they settle,
   * so the hash is polled until it is what the test expects (or the wait runs out and the last
   * value read is reported). Use as `await app.expectHash().toBe('#phase=2')`.
   */
  expectHash() {
    return expect.poll(() => this.currentHash(), { timeout: STATE_TIMEOUT });
  }

  /**
   * The hash with any write still waiting for the view to settle done now: the app writes what is
   * pending when the page is hidden, and this fires that event. For checking that an action
   * changed nothing in the URL, where there is no new state to wait for.
   */
  async settledHash(): Promise<string> {
    return this.page.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      return window.location.hash;
    });
  }

  /** Shares of the map area's pixels close to each colour, from a real screenshot. */
  async colourShares(colours: Record<string, string>): Promise<Record<string, number>> {
    return colourShares(this.page, await this.page.locator('.map-area').screenshot(), colours);
  }

  /** Switches to the list view and waits for it. */
  async openList(): Promise<Locator> {
    await this.page.locator('[data-view="list"]').click();
    const list = this.page.getByTestId('list-view');
    await list.waitFor();
    return list;
  }

  /** An element's accessible description, as Chromium's accessibility tree computes it. */
  async accessibleDescription(target: Locator): Promise<string> {
    const probe = `probe-${++probes}`;
    await target.evaluate((el, p) => el.setAttribute('data-ax-probe', p), probe);
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      await cdp.send('Accessibility.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-ax-probe="${probe}"]` });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      return String(nodes[0]?.description?.value ?? '');
    } finally {
      await cdp.detach();
      await target.evaluate((el) => el.removeAttribute('data-ax-probe'));
    }
  }
}

/** A download's bytes (read through the driver: the browser may be another process's). */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

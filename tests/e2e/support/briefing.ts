// Domain verbs for briefing mode.
import type { Page } from 'playwright-core';
import type { Browser } from './browser';

export class Briefing {
  constructor(readonly page: Page) {}

  static async open(browser: Browser, baseUrl: string, hash: string): Promise<Briefing> {
    const page = await browser.context.newPage();
    await page.goto(baseUrl + hash);
    const b = new Briefing(page);
    await page.locator('.briefing-caption').waitFor();
    return b;
  }

  async stepNumber(): Promise<number> {
    return Number(await this.page.locator('.briefing-caption').getAttribute('data-step'));
  }

  async waitForStep(n: number): Promise<void> {
    // A briefing's first step waits on its code, its tour and its map, each loaded on first use:
    // on a machine whose cores are all busy with other tests that has taken over 30 s.
    await this.page.locator(`.briefing-caption[data-step="${n}"]`).waitFor({ timeout: 60_000 });
  }

  async title(): Promise<string> {
    return (await this.page.locator('.briefing-caption h2').textContent()) ?? '';
  }

  async waitForMapIdle(): Promise<void> {
    await this.page.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
  }

  /** The map's camera as MapLibre reports it: zoom/lat/lon, rounded as in URLs. */
  async camera(): Promise<{ zoom: number; lat: number; lon: number }> {
    const [zoom, lat, lon] = ((await this.page.locator('.map').getAttribute('data-camera')) ?? '').split('/').map(Number);
    return { zoom: zoom!, lat: lat!, lon: lon! };
  }

  async waitForCamera(c: { zoom: number; lat: number; lon: number }): Promise<void> {
    await this.page.locator(`.map[data-camera="${c.zoom}/${c.lat}/${c.lon}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  }

  /** Every distinct camera the map passes through while `action` runs. */
  async recordCameras(action: () => Promise<void>): Promise<string[]> {
    await this.page.evaluate(() => {
      const el = document.querySelector('.map')!;
      const seen: string[] = [];
      (window as unknown as { __cameras: string[] }).__cameras = seen;
      new MutationObserver(() => {
        const c = el.getAttribute('data-camera') ?? '';
        if (seen.at(-1) !== c) seen.push(c);
      }).observe(el, { attributes: true, attributeFilter: ['data-camera'] });
    });
    await action();
    return this.page.evaluate(() => (window as unknown as { __cameras: string[] }).__cameras);
  }
}

// Domain verbs for the specs: what a person does with the map, in words, not selectors.
import type { Locator, Page } from 'playwright-core';
import type { Browser } from './browser';

export class MapApp {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  static async open(browser: Browser, baseUrl: string, hash = ''): Promise<MapApp> {
    const page = await browser.context.newPage();
    const app = new MapApp(page, baseUrl);
    await page.goto(baseUrl + hash);
    return app;
  }

  /** Waits for MapLibre's idle event: style, sources and tiles loaded, no camera move under way. */
  async waitForMapIdle(): Promise<void> {
    await this.page.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
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

  async hash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }

  /**
   * Shares of the map area's pixels close to each of the given colours, read from a real
   * screenshot (decoded by the browser itself, so no image library is needed).
   */
  async colourShares(colours: Record<string, string>): Promise<Record<string, number>> {
    const png = (await this.page.locator('.map-area').screenshot()).toString('base64');
    return this.page.evaluate(
      async ({ png, colours }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const { data } = ctx.getImageData(0, 0, img.width, img.height);
        const targets = Object.entries(colours).map(([name, hex]) => [name, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))] as const);
        const counts: Record<string, number> = Object.fromEntries(targets.map(([n]) => [n, 0]));
        for (let i = 0; i < data.length; i += 4) {
          for (const [name, [r, g, b]] of targets) {
            if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 24) counts[name]!++;
          }
        }
        const total = data.length / 4;
        return Object.fromEntries(Object.entries(counts).map(([n, c]) => [n, c / total]));
      },
      { png, colours },
    );
  }
}

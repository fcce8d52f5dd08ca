// Domain verbs for the cross-engine suite: what a reader does, in words, on top of EnginePage.
import { expect } from 'vitest';
import type { EnginePage } from './engines';

/**
 * Page code (inside an async function with `b64`, `selector` and `inset`): the pixels of the
 * screenshot under the element's box less `inset` (CSS pixels from each side), as `data`. Screenshots are cropped here rather than by the drivers,
 * which do not agree on element shots (WebKit's of a native menu comes back empty).
 */
const CROP = `const img = new Image();
  img.src = 'data:image/png;base64,' + b64;
  await img.decode();
  const box = document.querySelector(selector).getBoundingClientRect();
  const r = { left: box.left + inset.left, top: box.top + inset.top, width: box.width - inset.left - inset.right, height: box.height - inset.top - inset.bottom };
  const k = img.width / innerWidth;
  const x = Math.max(0, Math.round(r.left * k)), y = Math.max(0, Math.round(r.top * k));
  const w = Math.max(1, Math.min(img.width - x, Math.round(r.width * k))), h = Math.max(1, Math.min(img.height - y, Math.round(r.height * k)));
  const c = document.createElement('canvas');
  c.width = w; c.height = h;
  const ctx = c.getContext('2d');
  ctx.drawImage(img, x, y, w, h, 0, 0, w, h);
  const data = ctx.getImageData(0, 0, w, h).data;`;

export class Reader {
  private readonly problems: { errors: string[]; elsewhere: string[] } = { errors: [], elsewhere: [] };

  /** `origins`: the addresses the page may load from (the app's, an article's). */
  constructor(
    readonly page: EnginePage,
    private readonly origins: string[],
  ) {}

  /** Opens an address, after noting what the page before it did wrong. */
  async visit(url: string): Promise<void> {
    await this.collect();
    await this.page.goto(url);
  }

  /** Polls a JavaScript expression in the page until it is true; fails naming `what` otherwise. */
  async waitFor(expression: string, what: string, timeout = 60_000): Promise<void> {
    const end = Date.now() + timeout;
    for (;;) {
      const ok = await this.page.run<boolean>(`return !!(${expression});`).catch(() => false);
      if (ok) return;
      if (Date.now() > end) throw new Error(`${this.page.engine}: waited ${timeout / 1000} s for ${what} (${expression})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  text(selector: string): Promise<string> {
    return this.page.run<string>(`const e = document.querySelector(arguments[0]); return e ? e.textContent : '';`, selector);
  }

  count(selector: string): Promise<number> {
    return this.page.run<number>('return document.querySelectorAll(arguments[0]).length;', selector);
  }

  /** The `data-site` of the focused element, or '' when focus is not on a site. */
  focusedSite(): Promise<string> {
    return this.page.run<string>("const e = document.activeElement; return (e && e.getAttribute('data-site')) || '';");
  }

  /**
   * Shares of an element's drawn pixels near each colour (sum of channel differences under 40),
   * decoded in the page itself from the engine's own screenshot.
   */
  async colourShares(selector: string, colours: Record<string, string>): Promise<Record<string, number>> {
    const png = await this.page.screenshot();
    return this.page.run(
      `const [b64, colours, selector] = arguments;
       const inset = { left: 0, right: 0, top: 0, bottom: 0 };
       return (async () => {
         ${CROP}
         const out = {};
         for (const [name, hex] of Object.entries(colours)) {
           const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
           let n = 0;
           for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 40) n++;
           out[name] = n / (data.length / 4);
         }
         return out;
       })();`,
      png.toString('base64'),
      colours,
      selector,
    );
  }

  /**
   * The colour shares of an element once `enough` holds for them, or the last shares seen when
   * `timeout` runs out. An engine may hand its screenshot a frame the compositor has not yet
   * finished after the map reports idle; the picture settles, so the test waits for it to.
   */
  async settledColourShares(
    selector: string,
    colours: Record<string, string>,
    enough: (shares: Record<string, number>) => boolean,
    timeout = 20_000,
  ): Promise<Record<string, number>> {
    const end = Date.now() + timeout;
    for (;;) {
      const shares = await this.colourShares(selector, colours);
      if (enough(shares) || Date.now() > end) return shares;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /**
   * The contrast a control's text really has as the engine draws it: inside its border and left
   * of a menu's arrow, its most common colour is taken as the background, and the ratio is that of the pixel furthest from it in luminance
   * (WCAG's formula). Native controls are drawn by the engine, not by the page's CSS alone.
   */
  async drawnContrast(selector: string): Promise<number> {
    const png = await this.page.screenshot();
    return this.page.run(
      `const [b64, , selector] = arguments;
       // Inside the border, and short of the right end where native menus draw their arrow.
       const inset = { left: 4, right: 28, top: 4, bottom: 4 };
       return (async () => {
         ${CROP}
         const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
         const counts = new Map();
         const lums = [];
         for (let i = 0; i < data.length; i += 4) {
           const key = data[i] + ',' + data[i + 1] + ',' + data[i + 2];
           counts.set(key, (counts.get(key) || 0) + 1);
           lums.push(0.2126 * lin(data[i]) + 0.7152 * lin(data[i + 1]) + 0.0722 * lin(data[i + 2]));
         }
         const bg = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
         const lb = 0.2126 * lin(bg[0]) + 0.7152 * lin(bg[1]) + 0.0722 * lin(bg[2]);
         let best = 1;
         for (const l of lums) best = Math.max(best, (Math.max(l, lb) + 0.05) / (Math.min(l, lb) + 0.05));
         return best;
       })();`,
      png.toString('base64'),
      null,
      selector,
    );
  }

  /** Notes the current page's uncaught errors and its loads from other origins. */
  private async collect(): Promise<void> {
    const report = await this.page
      .run<{ errors: string[]; resources: string[] } | null>(
        `if (!window.__engineErrors) return null;
         return { errors: window.__engineErrors.slice(), resources: performance.getEntriesByType('resource').map((e) => e.name) };`,
      )
      .catch(() => null);
    if (!report) return;
    this.problems.errors.push(...report.errors);
    this.problems.elsewhere.push(...report.resources.filter((u) => !/^(data|blob|about):/.test(u) && !this.origins.some((o) => u.startsWith(o))));
  }

  /** What every test promises: no page raised an error, and nothing came from another host. */
  async expectNoProblems(): Promise<void> {
    await this.collect();
    const { errors, elsewhere } = this.problems;
    this.problems.errors = [];
    this.problems.elsewhere = [];
    expect({ errors, elsewhere }).toEqual({ errors: [], elsewhere: [] });
  }
}

// The one-file package with a presenter's tour inside: the site ships the package beside its
// index.html, the page writes a tour into it, and the file it makes opens from file:// with the
// network off.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp } from './support/app';
import { Briefing } from './support/briefing';
import { tourPackageScript } from './support/tour-package';
import type { TourPackageGlobal } from './support/tour-package';
import { serve } from '../../scripts/serve.mjs';
import { isPackage, withEmbeddedTour } from '../../src/tour-package/package';
import { PACKAGE_FILE } from '../../src/tour-package/mark';

const baseUrl = inject('baseUrl');
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const sites = (JSON.parse(read('geodata/sites.geojson')) as { features: { id: string }[] }).features.map((f) => f.id);
const statements = JSON.parse(read('geodata/statements.json')) as { id: string; sites: string[]; quote: string }[];
const phases = (JSON.parse(read('geodata/phases.json')) as { id: number }[]).map((p) => p.id);

/** Text that tries to end the script element and run markup: it must stay text. */
const HOSTILE = '</script><img src=x onerror=alert(1)><!-- <script>';

/** A presenter's tour file (the editor's download format), from what the data holds. */
function tourFile(steps: number): { json: string; titles: string[]; notes: string[] } {
  const list = Array.from({ length: steps }, (_, i) => {
    const site = sites[i % sites.length]!;
    return {
      id: `step-${i + 1}`,
      title: i === 1 ? `Step 2 ${HOSTILE}` : `Step ${i + 1}: ${site}`,
      text: `What to see at ${site}.`,
      phase: phases[i % phases.length]!,
      sites: [site],
      statements: statements.filter((s) => s.sites.includes(site)).slice(0, 1).map((s) => s.id),
      // Speaker notes of a few sentences each, in words that differ from step to step.
      notes: `Notes for step ${i + 1}, at ${site}: ${statements[i % statements.length]!.quote} ${statements[(i + 3) % statements.length]!.quote}`,
    };
  });
  const json = JSON.stringify({ id: 'my-briefing', title: 'My own briefing', lang: 'en', steps: list }, null, 2);
  return { json, titles: list.map((s) => s.title), notes: list.map((s) => s.notes) };
}

/** Adds the package writer and reader to a page (as `window.tourPackage`). */
async function withWriter(page: Page): Promise<void> {
  await page.addScriptTag({ content: await tourPackageScript() });
}

const packaged = (page: Page, json: string) =>
  page.evaluate(async (tour) => {
    const w = (window as unknown as { tourPackage: TourPackageGlobal }).tourPackage;
    try {
      const blob = await w.packageWithTour(tour);
      return { type: blob.type, text: await blob.text() };
    } catch (e) {
      return { error: { name: (e as Error).name, problem: (e as { problem?: string }).problem, message: (e as Error).message } };
    }
  }, json);

let browser: Browser;
/** The same browser with the live map held back: for tests of the page, not of the drawn map. */
let still: Browser;
const work = mkdtempSync(join(tmpdir(), 'epaa-tour-package-'));
beforeAll(async () => {
  browser = await openBrowser();
  still = await openBrowser({ liveMap: false });
});
afterAll(async () => {
  await still.close();
  await browser.close();
});

describe('the one-file package beside the app', () => {
  const tour = tourFile(3);
  /** The package with the tour inside, as the page wrote it (set by the second test). */
  let file: string | undefined;

  it('is in the build beside index.html, and the first view does not ask for it', async () => {
    // Compared as bytes in one call: a deep equality walks megabytes one element at a time.
    expect(readFileSync(new URL(`dist/${PACKAGE_FILE}`, root)).equals(readFileSync(new URL(`dist-briefing/${PACKAGE_FILE}`, root)))).toBe(true);
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    expect(browser.requests.filter((u) => u.includes(PACKAGE_FILE))).toEqual([]);
    await app.page.close();
  });

  it('the page writes a tour into the package it fetches from beside it', async () => {
    const app = await MapApp.open(still, baseUrl);
    await withWriter(app.page);
    const result = await packaged(app.page, tour.json);
    expect(result.error).toBeUndefined();
    expect(result.type).toBe('text/html;charset=utf-8');
    expect(still.requests.filter((u) => u.includes(PACKAGE_FILE))).toEqual([`${baseUrl}${PACKAGE_FILE}`]);
    expect(isPackage(result.text!)).toBe(true);
    expect(result.text).toBe(withEmbeddedTour(read(`dist/${PACKAGE_FILE}`), tour.json));
    file = join(work, 'my-briefing.html');
    writeFileSync(file, result.text!);
    await app.page.close();
  });

  it('opens from file:// with the network off and plays the tour it carries: its steps, the presenter view with their notes, the handout; the tour is text only', async () => {
    expect(file, 'the previous test writes the file').toBeTruthy();
    const href = pathToFileURL(file!).href;
    const offline = await openBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      await offline.context.setOffline(true);
      await offline.context.route(/^(?!file:)/, (route) => route.abort());
      const page = await offline.context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(href);
      const b = new Briefing(page);
      await b.waitForStep(1);
      await b.waitForMapIdle();

      // It plays the tour it carries, by default: its steps in order, and the presenter's window
      // (`presenter=1`) shows each step's notes.
      expect(await page.locator('.briefing-counter').textContent()).toBe(`1 / ${tour.titles.length}`);
      expect(await b.title()).toBe(tour.titles[0]);
      const [presenter] = await Promise.all([offline.context.waitForEvent('page'), page.keyboard.press('s')]);
      expect(presenter.url()).toContain('presenter=1');
      for (let n = 1; n <= tour.titles.length; n++) {
        if (n > 1) {
          await page.keyboard.press('ArrowRight');
          await b.waitForStep(n);
        }
        expect(await b.title()).toBe(tour.titles[n - 1]);
        await presenter.locator(`.presenter[data-step="${n}"]`).waitFor();
        expect(await presenter.locator('#presenter-current-title').textContent()).toBe(tour.titles[n - 1]);
        expect(await presenter.locator('.presenter-notes').textContent()).toBe(tour.notes[n - 1]);
      }
      expect(page.url()).toContain(`tour=${JSON.parse(tour.json).id}:${tour.titles.length}`);
      await presenter.close();

      // The handout lists the tour's steps, with their notes in the presenter's version.
      await page.getByRole('button', { name: 'Handout' }).click();
      await page.locator('.handout[data-ready="true"]').waitFor({ timeout: 120_000 });
      await page.getByRole('radio', { name: 'For the presenter (with speaker notes)' }).check();
      const handout = await page.locator('.handout-step').evaluateAll((els) =>
        els.map((el) => ({ title: el.querySelector('h2 span')?.textContent, notes: el.querySelector('.handout-notes')?.textContent })),
      );
      expect(handout).toEqual(tour.titles.map((title, i) => ({ title, notes: tour.notes[i] })));

      // The tour is in the page as data: the same text, and no element made from it.
      await withWriter(page);
      const embedded = await page.evaluate(() => (window as unknown as { tourPackage: TourPackageGlobal }).tourPackage.readEmbeddedTour());
      expect(JSON.parse(embedded!)).toEqual(JSON.parse(tour.json));
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(offline.pageErrors).toEqual([]);
      expect(offline.requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
      expect(new Set(offline.requests.filter((u) => u.startsWith('file:')).map((u) => u.split('#')[0]))).toEqual(new Set([href]));
    } finally {
      await offline.close();
    }
  });
});

describe('where there is no package', () => {
  it('a build without one says so; a page at its address that is not the package is refused', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'epaa-no-package-'));
    writeFileSync(join(bare, 'index.html'), '<!doctype html><html lang="en"><head><title>No package</title></head><body></body></html>');
    const server = await serve(bare);
    const page = await still.context.newPage();
    try {
      await page.goto(server.url);
      await withWriter(page);
      const missing = await packaged(page, tourFile(1).json);
      expect(missing.error).toMatchObject({ name: 'PackageError', problem: 'missing' });
      expect(missing.error!.message).toMatch(/no one-file package/);
      // As a server that answers every address with the app's page would.
      writeFileSync(join(bare, PACKAGE_FILE), read('dist/index.html'));
      const other = await packaged(page, tourFile(1).json);
      expect(other.error).toMatchObject({ name: 'PackageError', problem: 'not-package' });
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe('size', () => {
  it('the package with a 20-step tour stays within its budget (1.5 MB gzip)', () => {
    const plain = readFileSync(new URL(`dist/${PACKAGE_FILE}`, root), 'utf8');
    const long = withEmbeddedTour(plain, tourFile(20).json);
    const [before, after] = [gzipSync(plain).length, gzipSync(long).length];
    console.log(`one-file package: ${before} B gzip; with a 20-step tour: ${after} B gzip (+${after - before} B)`);
    expect(after).toBeGreaterThan(before);
    expect(after).toBeLessThan(1_500_000);
  });
});

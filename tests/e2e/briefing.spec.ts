import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { Briefing } from './support/briefing';
import { STATE_TIMEOUT } from './support/app';
import { axeProblems } from './support/axe';

const baseUrl = inject('baseUrl');
const tour = JSON.parse(readFileSync(new URL('../../geodata/tours/briefing.json', import.meta.url), 'utf8')).steps as {
  title: string;
  text?: string;
  camera?: { zoom: number; lat: number; lon: number };
  table?: string;
}[];
const phases = JSON.parse(readFileSync(new URL('../../geodata/phases.json', import.meta.url), 'utf8')) as {
  id: number;
  plannedYear: number;
  actual: { date: string; starts?: string }[];
}[];
const N = tour.length;

let browser: Browser;
// Reduced motion (as every test browser has unless it asks): the camera jumps between steps.
let calm: Browser;
// Motion: the camera flies between steps.
let moving: Browser;
beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1920, height: 1080 } });
  calm = await openBrowser({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  moving = await openBrowser({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'no-preference' });
});
afterAll(async () => {
  await browser.close();
  await calm.close();
  await moving.close();
});

/**
 * One page per context for the tests that start at a step: the first opens it from the URL, later
 * tests move it to their step through the URL, as a link would. Either way the test starts once the
 * step shows and the map stands idle at the step's camera (or, for a step without one, at the view
 * of all sites, as first seen).
 */
function stepPage(context: () => Browser) {
  let page: Briefing | undefined;
  let allSites: string | undefined;
  afterAll(async () => {
    await page?.page.close();
  });
  const settle = async (b: Briefing, n: number) => {
    const camera = tour[n - 1]!.camera;
    if (camera) await b.waitForCamera(camera);
    else if (allSites) await b.page.locator(`.map[data-camera="${allSites}"]`).waitFor({ state: 'attached', timeout: 30_000 });
    await b.waitForMapIdle();
    if (!camera) allSites ??= formatCamera(await b.camera());
  };
  return {
    async at(n: number): Promise<Briefing> {
      if (!page) page = await Briefing.open(context(), baseUrl, `#tour=${n}`);
      else {
        await page.page.evaluate((h) => (location.hash = h), `#tour=${n}`);
        await page.waitForStep(n);
      }
      await settle(page, n);
      return page;
    },
    /** The same page, out of the briefing: the normal map. */
    async atMap(): Promise<Page> {
      if (!page) page = await Briefing.open(context(), baseUrl, '#tour=1');
      await page.page.evaluate(() => {
        location.hash = 'map';
        location.hash = '';
      });
      await page.page.locator('.app-header').waitFor();
      return page.page;
    },
  };
}
const stage = stepPage(() => browser);
const calmStage = stepPage(() => calm);
const movingStage = stepPage(() => moving);

describe('briefing mode', () => {
  it('starts from a URL, shows the step large enough for a projector, with counter and progress', async () => {
    const b = await stage.at(3);
    expect(await b.stepNumber()).toBe(3);
    expect(await b.title()).toBe(tour[2]!.title);
    expect(await b.page.locator('.briefing-counter').textContent()).toBe(`3 / ${N}`);
    expect(await b.page.getByRole('progressbar').first().getAttribute('aria-valuenow')).toBe('3');
    // Body text at least 28 px at 1920x1080; app chrome hidden.
    const size = await b.page.locator('.briefing-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    expect(await b.page.locator('.app-header, .sidebar').count()).toBe(0);
  });

  it('a tour step naming an unknown site shows a clear message and the tour still runs', async () => {
    const broken = await openBrowser();
    try {
      await broken.context.route(/\/briefing-[^/]*\.json$/, (route) => {
        const file = JSON.parse(readFileSync(new URL('../../geodata/tours/briefing.json', import.meta.url), 'utf8'));
        file.steps[1].sites = ['atlantis'];
        return route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) });
      });
      const b = await Briefing.open(broken, baseUrl, '#tour=2');
      expect(await b.page.getByRole('alert').textContent()).toContain(
        'geodata/tours/briefing.json, record "the-plan", field "sites[0]": names site "atlantis", which is not in geodata/sites.geojson',
      );
      await b.page.keyboard.press('ArrowRight');
      await b.waitForStep(3);
    } finally {
      await broken.close();
    }
  });

  it('the Present button starts the tour at step 1', async () => {
    const page = await stage.atMap();
    await page.getByRole('button', { name: 'Present' }).click();
    const b = new Briefing(page);
    await b.waitForStep(1);
    expect(await page.evaluate(() => location.hash)).toBe('#tour=briefing:1');
  });

  it('every key a keyboard or a clicker sends moves as described', async () => {
    // With the camera jumping: stepping while flying is checked below, and seventeen flights cost
    // a minute of software WebGL on a busy machine. The keys do not depend on motion.
    const b = await calmStage.at(1);
    const moves: [string, number][] = [
      ['ArrowRight', 2], ['ArrowDown', 3], ['PageDown', 4], ['Space', 5], ['Enter', 6],
      ['ArrowLeft', 5], ['ArrowUp', 4], ['PageUp', 3], ['Backspace', 2],
      ['End', N], ['ArrowRight', N], ['Home', 1], ['ArrowLeft', 1], ['4', 4], ['7', 7],
    ];
    for (const [key, want] of moves) {
      await b.page.keyboard.press(key);
      await b.waitForStep(want);
      expect(await b.page.evaluate(() => location.hash), key).toBe(`#tour=briefing:${want}`);
    }
    // Two digits in a row make a two-digit step.
    await b.page.keyboard.press('1');
    await b.page.keyboard.press('1');
    await b.waitForStep(11);
  });

  it('the ← and → buttons keep the focus at the ends: pressed by keyboard there, they do nothing and say so', async () => {
    // A page of its own: the map's camera plays no part here.
    const b = await Briefing.open(calm, baseUrl, `#tour=${N - 1}`);
    await b.waitForStep(N - 1);
    const next = b.page.getByRole('button', { name: 'Next step', exact: true });
    const previous = b.page.getByRole('button', { name: 'Previous step', exact: true });
    const focused = () => b.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
    await next.focus();
    await b.page.keyboard.press('Enter');
    await b.waitForStep(N);
    // The press that reached the end leaves the focus where it was, on a button that says it is unavailable.
    expect(await focused()).toBe('Next step');
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    for (const key of ['Enter', 'Space']) {
      await b.page.keyboard.press(key);
      expect(await focused(), key).toBe('Next step');
      expect(await b.stepNumber(), key).toBe(N);
    }
    expect(await b.page.evaluate(() => location.hash)).toBe(`#tour=briefing:${N}`);
    // Styled as unavailable; the other end does the same.
    expect(await next.evaluate((el) => getComputedStyle(el).opacity)).toBe('0.4');
    await b.page.keyboard.press('Home');
    await b.waitForStep(1);
    await previous.focus();
    await b.page.keyboard.press('Enter');
    expect(await focused()).toBe('Previous step');
    expect(await previous.getAttribute('aria-disabled')).toBe('true');
    expect(await b.stepNumber()).toBe(1);
    expect(await next.getAttribute('aria-disabled')).toBe('false');
    await b.page.close();
  });

  it("the control bar steps back when the presenter leaves the page alone, keeping its place, and any input brings it back", async () => {
    const b = await Briefing.open(calm, baseUrl, '#tour=2');
    await b.waitForStep(2);
    const stage = b.page.locator('.briefing');
    const controls = b.page.locator('.briefing-controls');
    const mapBox = await b.page.locator('.briefing-map').boundingBox();
    // Nothing touched for a few seconds: the buttons fade out and the pointer hides over the stage.
    await b.page.locator('.briefing.stepped-back').waitFor({ timeout: STATE_TIMEOUT });
    expect(await controls.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    expect(await stage.evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
    // The map keeps its size: nothing on the audience's screen moves.
    expect(await b.page.locator('.briefing-map').boundingBox()).toEqual(mapBox);
    // A key the briefing does nothing with still brings the bar back, and so does the mouse.
    await b.page.keyboard.press('Shift');
    await expect.poll(() => stage.getAttribute('class')).not.toContain('stepped-back');
    expect(await controls.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await b.page.locator('.briefing.stepped-back').waitFor({ timeout: STATE_TIMEOUT });
    await b.page.mouse.move(200, 200);
    await expect.poll(() => stage.getAttribute('class')).not.toContain('stepped-back');
    expect(await b.stepNumber()).toBe(2);
    await b.page.close();
  });

  it('F toggles full screen; B and the period key black the screen out and back', async () => {
    const b = await stage.at(2);
    await b.page.keyboard.press('f');
    await b.page.waitForFunction(() => document.fullscreenElement !== null);
    await b.page.keyboard.press('f');
    await b.page.waitForFunction(() => document.fullscreenElement === null);

    const blackout = b.page.getByTestId('blackout');
    await b.page.keyboard.press('b');
    await blackout.waitFor();
    const cover = await blackout.boundingBox();
    expect(cover).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });
    await b.page.keyboard.press('b');
    await blackout.waitFor({ state: 'detached' });
    await b.page.keyboard.press('.');
    await blackout.waitFor();
    await b.page.keyboard.press('.');
    await blackout.waitFor({ state: 'detached' });
  });

  it('Esc leaves the briefing for the normal map', async () => {
    const b = await stage.at(4);
    await b.page.keyboard.press('Escape');
    await b.page.locator('.app-header').waitFor();
    expect(await b.page.locator('.briefing').count()).toBe(0);
    expect(await b.page.evaluate(() => location.hash)).toBe('');
  });

  it('a swipe moves on and back', async () => {
    const touch = await openBrowser({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });
    try {
      const b = await Briefing.open(touch, baseUrl, '#tour=2');
      const swipe = (from: number, to: number) =>
        b.page.evaluate(
          ([from, to]) => {
            const el = document.querySelector('.briefing')!;
            const t = (x: number) => new Touch({ identifier: 1, target: el, clientX: x, clientY: 300 });
            el.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, touches: [t(from!)], changedTouches: [t(from!)] }));
            el.dispatchEvent(new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [t(to!)] }));
          },
          [from, to],
        );
      await swipe(700, 200);
      await b.waitForStep(3);
      await swipe(200, 700);
      await b.waitForStep(2);
      await swipe(400, 380); // too short: no move
      expect(await b.stepNumber()).toBe(2);
    } finally {
      await touch.close();
    }
  });

  it('flies between steps, and stepping fast ends exactly on the last step asked for', async () => {
    const b = await movingStage.at(3);
    await b.waitForMapIdle();
    const seen = await b.recordCameras(async () => {
      await b.page.keyboard.press('ArrowRight'); // step 4 has its own camera
      await b.waitForStep(4);
      await b.waitForCamera(tour[3]!.camera!);
    });
    // A flight passes through cameras between where it starts and where it lands (with reduced
    // motion, below, it lands at once). How many depends on the frame rate, so only "some" is asserted.
    const end = formatCamera(tour[3]!.camera!);
    expect(seen.at(-1)).toBe(end);
    expect(seen.filter((c) => c !== end).length).toBeGreaterThan(1);
    // Rapid presses: 4 -> 5 -> 6 -> 7, without waiting.
    for (let i = 0; i < 3; i++) await b.page.keyboard.press('ArrowRight');
    await b.waitForStep(7);
    await b.waitForCamera(tour[6]!.camera!);
    await b.waitForMapIdle();
    expect(await b.camera()).toEqual(tour[6]!.camera);
  });

  it('with reduced motion the camera jumps', async () => {
    const b = await calmStage.at(3);
    await b.waitForMapIdle();
    const seen = await b.recordCameras(async () => {
      await b.page.keyboard.press('ArrowRight');
      await b.waitForCamera(tour[3]!.camera!);
    });
    expect(seen).toEqual([formatCamera(tour[3]!.camera!)]);
  });

  it('the presenter view follows the audience window, and the audience follows it', async () => {
    const audience = await stage.at(2);
    const [popup] = await Promise.all([browser.context.waitForEvent('page'), audience.page.keyboard.press('s')]);
    const presenter = popup as Page;
    await presenter.locator('.presenter[data-step="2"]').waitFor();
    expect(await presenter.locator('.presenter-notes').textContent()).toBeTruthy();
    expect(await presenter.locator('.presenter-next-title').textContent()).toBe(tour[2]!.title);
    expect(await presenter.getByRole('timer').textContent()).toMatch(/^\d\d:\d\d$/);
    // The current and next steps' maps, with their sites as the room sees them, and the next step's caption.
    const maps = presenter.locator('.presenter-map');
    expect(await maps.count()).toBe(2);
    expect(await maps.nth(0).getByRole('region').getAttribute('aria-label')).toBe('Map of step 2');
    expect(await maps.nth(1).getByRole('region').getAttribute('aria-label')).toBe('Map of step 3');
    await maps.nth(1).locator('.site-marker').first().waitFor();
    expect(await presenter.locator('.presenter-next-text').textContent()).toBe(tour[2]!.text);
    // A countdown to the talk's chosen length, beside the time elapsed.
    await presenter.getByTestId('talk-length').fill('10');
    expect(await presenter.getByTestId('time-left').textContent()).toMatch(/^(10:00|09:5\d) left$/);
    expect(await axeProblems(presenter)).toEqual([]);

    // Audience -> presenter.
    await audience.page.keyboard.press('ArrowRight');
    await presenter.locator('.presenter[data-step="3"]').waitFor();
    // Presenter -> audience, by button and by key.
    await presenter.getByRole('button', { name: /Next step/ }).click();
    await audience.waitForStep(4);
    await presenter.keyboard.press('ArrowLeft');
    await audience.waitForStep(3);

    // The step with the plan table shows it to the presenter too, with its dates; no other step does.
    const planStep = tour.findIndex((s) => s.table === 'plan-vs-actual') + 1;
    expect(planStep).toBeGreaterThan(3);
    expect(await presenter.locator('[data-testid="plan-table"]').count()).toBe(0);
    for (let n = 4; n <= planStep; n++) {
      await presenter.keyboard.press('ArrowRight');
      await presenter.locator(`.presenter[data-step="${n}"]`).waitFor();
    }
    await audience.waitForStep(planStep);
    const table = presenter.locator('.presenter-current [data-testid="plan-table"]');
    expect(await table.count()).toBe(1);
    expect(await table.locator('tbody tr').count()).toBe(phases.length);
    for (const p of phases) {
      const dates = await table.locator(`tr[data-plan-phase="${p.id}"] time`).evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
      expect(dates).toEqual([String(p.plannedYear), ...p.actual.filter((e) => e.starts).map((e) => e.date)]);
    }
    expect(await axeProblems(presenter)).toEqual([]);

    // Its Next button, pressed by keyboard onto the last step, says it is unavailable and keeps the
    // focus, as the audience's does.
    await presenter.keyboard.press('End');
    await presenter.locator(`.presenter[data-step="${N}"]`).waitFor();
    await presenter.keyboard.press('ArrowLeft');
    await presenter.locator(`.presenter[data-step="${N - 1}"]`).waitFor();
    const presenterNext = presenter.getByRole('button', { name: /Next step/ });
    await presenterNext.focus();
    await presenter.keyboard.press('Enter');
    await presenter.locator(`.presenter[data-step="${N}"]`).waitFor();
    expect(await presenter.evaluate(() => document.activeElement?.textContent)).toContain('Next step');
    expect(await presenterNext.getAttribute('aria-disabled')).toBe('true');
    await audience.waitForStep(N);
    await presenter.close();
  });

  it('the handout prints one section per step, each with its map image, statements and (in the presenter version) notes', async () => {
    const b = await stage.at(1);
    await b.page.getByRole('button', { name: 'Handout' }).click();
    const handout = b.page.locator('.handout[data-ready="true"]');
    await handout.waitFor({ timeout: 120_000 });
    await b.page.getByRole('radio', { name: 'For the presenter (with speaker notes)' }).check();
    await b.page.emulateMedia({ media: 'print' });
    const sections = b.page.locator('.handout-step');
    expect(await sections.count()).toBe(N);
    const layout = await sections.evaluateAll((els) =>
      els.map((el) => ({
        breakAfter: getComputedStyle(el).breakAfter,
        img: (el.querySelector('img') as HTMLImageElement | null)?.naturalWidth ?? 0,
        notes: el.querySelector('.handout-notes')?.textContent ?? '',
      })),
    );
    expect(layout.slice(0, -1).every((l) => l.breakAfter === 'page')).toBe(true);
    expect(layout.every((l) => l.img > 0 && l.notes.length > 0)).toBe(true);
    expect(await b.page.locator('.handout-controls').isVisible()).toBe(false);
    // Statements carry their source in print too.
    expect(await b.page.locator('.handout-step .statement cite, .handout-step .statement a').count()).toBeGreaterThan(0);
    await b.page.emulateMedia({ media: null });
  });
});

function formatCamera(c: { zoom: number; lat: number; lon: number }): string {
  return `${c.zoom}/${c.lat}/${c.lon}`;
}

describe('the one-file briefing package', () => {
  it('opens from file:// with no server, starts the tour and reaches the last step with zero network requests', async () => {
    const file = new URL('../../dist-briefing/epaa-briefing.html', import.meta.url);
    expect(existsSync(file), 'run `npm run build:briefing` first (npm test does)').toBe(true);
    const offline = await openBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await offline.context.newPage();
      await page.goto(file.href);
      const b = new Briefing(page);
      await b.waitForStep(1);
      await b.waitForMapIdle();
      // The presenter view connects from file:// too (Chromium).
      const [presenter] = await Promise.all([offline.context.waitForEvent('page'), page.keyboard.press('s')]);
      await presenter.locator('.presenter[data-step="1"]').waitFor();
      for (let n = 2; n <= N; n++) {
        await page.keyboard.press('ArrowRight');
        await b.waitForStep(n);
      }
      await b.waitForMapIdle();
      expect(await b.title()).toBe(tour[N - 1]!.title);
      await presenter.locator(`.presenter[data-step="${N}"]`).waitFor();
      expect(offline.pageErrors).toEqual([]);
      const network = offline.requests.filter((u) => !/^(file|blob|data):/.test(u));
      expect(network).toEqual([]);
      // Everything really is in the one file: it asked for nothing else from disk either.
      expect(new Set(offline.requests.filter((u) => u.startsWith('file:')).map((u) => u.split('#')[0]))).toEqual(new Set([file.href]));
    } finally {
      await offline.close();
    }
  });
});

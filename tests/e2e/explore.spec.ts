// The accessible twin, keyboard use, illustrative layers, measuring, languages and
// themes, in a real browser, with axe-core for what a checker can see.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeOffline, openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { axeProblems } from './support/axe';
import { MapApp, STATE_TIMEOUT } from './support/app';
import { DARK_COLORS, OVERLAY_COLORS } from '../../src/map/style';
import { colourShares } from './support/png';
import { validateDataset } from '../../src/data/validate-all';
import { realFiles } from '../unit/helpers';
import { en } from '../../src/i18n/messages/en';
import type { Messages } from '../../src/i18n/messages/en';
import { pl } from '../../src/i18n/messages/pl';
import { ru } from '../../src/i18n/messages/ru';

const baseUrl = inject('baseUrl');
const data = validateDataset(realFiles());
const site = (id: string) => data.sites.find((s) => s.id === id)!;

let browser: Browser;
/** The same browser with the live map held back: for tests of the page, not of the drawn map. */
let still: Browser;
beforeAll(async () => {
  browser = await openBrowser();
  still = await openBrowser({ liveMap: false });
});
afterAll(async () => {
  await closeOffline(still, baseUrl);
  await closeOffline(browser, baseUrl);
});

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max`. */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-site') ?? document.activeElement?.id ?? document.activeElement?.tagName);

/** The written-out haversine on Turf's radius, rounded as the app shows it. */
function expectedKm(a: string, b: string): string {
  const r = Math.PI / 180;
  const [p, q] = [site(a), site(b)];
  const h = Math.sin(((q.lat - p.lat) * r) / 2) ** 2 + Math.cos(p.lat * r) * Math.cos(q.lat * r) * Math.sin(((q.lon - p.lon) * r) / 2) ** 2;
  return Math.round(2 * 6371.0088 * Math.asin(Math.sqrt(h))).toLocaleString('en-GB');
}

describe('accessibility (axe-core)', () => {
  // What only the live map has: its canvas, controls, markers and the rings' labels; the panel,
  // the list and both themes are checked below in every language.
  it('no serious or critical violations on the live map: default view; a panel open, rings on, dark theme', async () => {
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    expect(await axeProblems(app.page)).toEqual([]);
    await app.marker('deveselu').click();
    await app.panel().waitFor();
    await app.page.locator('[data-layer="ranges"]').check();
    await app.page.getByTestId('ring-sm3-iia').waitFor({ state: 'attached' });
    await app.page.getByTestId('theme').selectOption('dark');
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeProblems(app.page)).toEqual([]);
    await app.page.getByTestId('theme').selectOption('system'); // the next tests start light
    await app.page.close();
  });

  // The five languages on one page, as a reader switching by link: each test gives the page its
  // language, panel, list and layers through the URL and waits for the language to be applied.
  let languages: MapApp | undefined;
  afterAll(async () => {
    await languages?.page.close();
  });
  it.each(['en', 'ro', 'pl', 'tr', 'ru'])('no serious or critical violations in %s, panel and list open, light and dark', async (lang) => {
    const hash = `#lang=${lang}&site=kurecik&list=1&layers=interceptor,radar,naval,command,ranges,lines`;
    if (languages) await languages.page.evaluate((h) => (location.hash = h), hash);
    else languages = await MapApp.open(still, baseUrl, hash); // the list covers the map: the static view will do
    const app = languages;
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang), { timeout: STATE_TIMEOUT }).toBe(lang);
    await app.page.getByTestId('list-view').waitFor();
    await app.panel().waitFor();
    await app.page.getByTestId('illustrative-info').waitFor();
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await axeProblems(app.page)).toEqual([]);
    await app.page.getByTestId('theme').selectOption('dark');
    expect(await axeProblems(app.page)).toEqual([]);
    await app.page.getByTestId('theme').selectOption('system');
  });
});

describe('keyboard only', () => {
  it('selects a site, reads its statements, changes phase, toggles a layer and measures a distance, with no mouse', async () => {
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    const page = app.page;
    // The skip link is the first stop and moves focus to a site on the map (none is selected).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the map');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.map-area') && !!document.activeElement?.classList.contains('site-marker'))).toBe(true);
    // Arrows go on in geographic order.
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe('rota');
    const cameraBefore = await app.camera();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('deveselu');
    expect(await app.camera()).toBe(cameraBefore); // arrows moved focus, not the map
    await page.keyboard.press('Enter');
    await app.panel().waitFor();
    expect(await app.panelTitle()).toContain('Deveselu');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    expect(await page.getByTestId('announcer').textContent()).toContain('Deveselu selected');
    // Read the statements: Tab goes through the panel's content, the quotes are there.
    expect((await app.panelQuotes()).length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await app.panel().waitFor({ state: 'detached' });
    // Phase 3 from the timeline.
    await tabTo(page, '.phase-list button[data-phase="3"]');
    await page.keyboard.press('Enter');
    await app.expectHash().toContain('phase=3');
    expect(await page.getByTestId('announcer').textContent()).toContain('Phase 3');
    // A layer: the radar lines, with Space on the checkbox.
    await tabTo(page, '[data-layer="lines"]');
    await page.keyboard.press('Space');
    await app.expectHash().toContain('layers=interceptor,radar,naval,command,lines,measure');
    await page.getByTestId('line-kurecik-deveselu').waitFor({ state: 'attached' });
    expect(await page.getByTestId('announcer').textContent()).toMatch(/lines.*shown/i);
    // Measure Deveselu to Redzikowo, choosing from the menus by typing.
    await tabTo(page, '.measure .disclosure');
    await page.keyboard.press('Enter');
    await tabTo(page, 'select[data-measure="from"]');
    await page.keyboard.type('Deveselu');
    await tabTo(page, 'select[data-measure="to"]');
    await page.keyboard.type('Redzikowo');
    const result = page.getByTestId('measure-result');
    await expect.poll(() => result.textContent()).toContain(`${expectedKm('deveselu', 'redzikowo')} km`);
    expect(await result.textContent()).toMatch(/Deveselu to Redzikowo: [\d,]+ km \([\d,]+ mi\)/);
    await page.getByTestId('measure-label').waitFor({ state: 'attached' });
    await page.close();
  });

  it('every interactive control has a visible focus ring', async () => {
    const app = await MapApp.open(still, baseUrl, '#site=rota');
    await app.waitForMapIdle();
    const page = app.page;
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        return { tag: `${el.tagName}.${el.className}`, visible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
      });
      if (ring) {
        seen.push(ring.tag);
        expect(ring.visible, ring.tag).toBe(true);
      }
    }
    expect(seen.length).toBeGreaterThan(20);
    await page.close();
  });
});

describe('glossary and skip links', () => {
  it('a term in the panel leads to its glossary entry and leaves the view in the URL alone', async () => {
    const app = await MapApp.open(still, baseUrl, '#site=deveselu');
    await app.waitForMapIdle();
    const page = app.page;
    const hash = await app.settledHash();
    await app.panel().getByRole('link', { name: 'SM-3: look it up in the glossary' }).first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-glossary-entry'))).toBe('sm-3');
    expect(await app.settledHash()).toBe(hash);
    const entry = page.locator('.sidebar .glossary-entry', { has: page.locator('[data-glossary-entry="sm-3"]') });
    expect(await entry.textContent()).toMatch(/Standard Missile-3.*Sources?:/);
    // The skip link to the panel appears with the panel and moves focus to it.
    await page.reload();
    await app.panel().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the details panel');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await page.close();
  });
});

describe('the glossary on a phone', () => {
  it("a term tapped in a site's sheet shows its entry where the reader can see it, not behind the sheet", async () => {
    const phone = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, liveMap: false });
    try {
      const app = await MapApp.open(phone, baseUrl, '#site=deveselu');
      const page = app.page;
      await app.panel().waitFor();
      await app.panel().getByRole('link', { name: 'SM-3: look it up in the glossary' }).first().tap();
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-glossary-entry') === 'sm-3');
      // Scrolled into view smoothly or at once: wait for the page to stop moving, then look.
      await page.waitForFunction(
        () =>
          new Promise((done) => {
            const top = () => document.activeElement!.getBoundingClientRect().top;
            const y = top();
            requestAnimationFrame(() => requestAnimationFrame(() => done(top() === y)));
          }),
      );
      const seen = await page.evaluate(() => {
        const entry = document.activeElement as HTMLElement;
        const r = entry.getBoundingClientRect();
        const at = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + Math.min(10, r.height / 2));
        return { inView: r.top >= 0 && r.top < innerHeight, onTop: !!at && (entry.contains(at) || at.contains(entry)) };
      });
      expect(seen).toEqual({ inView: true, onTop: true });
      expect(await axeProblems(page)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

describe('the glossary of the later story', () => {
  // Phase 4 aimed at ICBMs and its money went to GBIs; the radar is X-band; the sites are Naval
  // Support Facilities: a student meets these words in the panels and finds each one explained.
  it.each([
    ['#phase=4', 'ICBM', 'icbm', /Intercontinental ballistic missile/],
    ['#phase=4', 'ground-based interceptors', 'gbi', /Ground-Based Interceptor.*14 more GBIs in Alaska/],
    ['#site=kurecik', 'X-band', 'x-band', /AN\/TPY-2 at Kürecik/],
    ['#site=redzikowo', 'Naval Support Facility', 'naval-support-facility', /Redzikowo, established in November 2016/],
  ])('%s: "%s" leads to its glossary entry, with its sources', async (hash, words, id, says) => {
    const app = await MapApp.open(still, baseUrl, hash);
    const page = app.page;
    await app.panel().waitFor();
    await app.panel().getByRole('link', { name: `${words}: look it up in the glossary` }).first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-glossary-entry'))).toBe(id);
    const entry = page.locator('.sidebar .glossary-entry', { has: page.locator(`[data-glossary-entry="${id}"]`) });
    expect(await entry.textContent()).toMatch(says);
    expect(await entry.textContent()).toMatch(/Sources?:/);
    await page.close();
  });
});

describe('layers and measuring', () => {
  it('illustrative rings and lines come on, say so, list their figures and sources, and survive a reload', async () => {
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    const page = app.page;
    await page.locator('[data-layer="ranges"]').check();
    await page.getByTestId('ring-an-tpy-2').waitFor({ state: 'attached' });
    expect(await page.getByTestId('ring-an-tpy-2').textContent()).toBe('AN/TPY-2, forward-based: about 1,500 km (illustrative)');
    const list = page.getByTestId('illustrative-info');
    await list.locator('[data-ring="sejjil-2"]').waitFor();
    expect(await list.locator('[data-ring]').count()).toBe(4);
    expect(await list.locator('[data-ring="shahab-3"]').textContent()).toMatch(/Reference point: Tehran.*Chosen for illustration only/);
    expect(await list.locator('[data-ring="sm3-iia"]').textContent()).toContain('Asia Business Daily');
    expect(await page.locator('[data-legend="ranges-threat"]').textContent()).toContain('illustrative');
    // A site layer off hides its markers.
    await page.locator('[data-layer="naval"]').uncheck();
    await expect.poll(() => app.markerIds()).not.toContain('rota');
    await app.expectHash().toBe('#layers=interceptor,radar,command,ranges,measure');
    await page.reload();
    await app.waitForMapIdle();
    await page.getByTestId('ring-sm3-iia').waitFor({ state: 'attached' });
    expect(await app.markerIds()).not.toContain('rota');
    expect(await page.locator('[data-layer="naval"]').isChecked()).toBe(false);
    await page.close();
  });

  it('on a phone, no two illustrative labels overlap each other or a site', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    const app = new MapApp(page, baseUrl);
    await page.goto(`${baseUrl}#layers=interceptor,radar,naval,command,ranges,lines`);
    await app.waitForMapIdle();
    await page.getByTestId('ring-sejjil-2').waitFor({ state: 'attached' });
    // The map hides clashing labels a frame after they are placed: wait for the labels to be clear
    // of each other and of the sites (or the wait runs out and the clashes are reported).
    const layout = () =>
      page.evaluate(() => {
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, name: e.textContent ?? e.getAttribute('data-site') ?? '' };
        };
        const shown = [...document.querySelectorAll('.overlay-label')].filter((e) => getComputedStyle(e).visibility === 'visible').map(box);
        const sites = [...document.querySelectorAll('.site-marker')].map(box);
        type Box = ReturnType<typeof box>;
        const overlap = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
        const clashes: string[] = [];
        for (const [i, a] of shown.entries()) {
          for (const s of sites) if (overlap(a, s)) clashes.push(`${a.name} / site ${s.name}`);
          for (const b of shown.slice(i + 1)) if (overlap(a, b)) clashes.push(`${a.name} / ${b.name}`);
        }
        return { all: document.querySelectorAll('.overlay-label').length, anyShown: shown.length > 0, clashes };
      });
    // 4 rings and 2 lines, some hidden; none of those shown overlaps.
    await expect.poll(layout, { timeout: STATE_TIMEOUT }).toEqual({ all: 6, anyShown: true, clashes: [] });
    await page.close();
  });

  it('measures between two sites picked on the map, and between points clicked on the map', async () => {
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    const page = app.page;
    await page.locator('.measure .disclosure').click();
    await page.getByRole('button', { name: 'Pick on the map' }).click();
    expect(await page.getByTestId('measure-result').textContent()).toContain('first point');
    await app.marker('kurecik').click();
    await app.marker('rota').click();
    expect(await app.panel().count()).toBe(0); // picking does not open sites
    expect(await page.getByTestId('measure-result').textContent()).toContain(`Kürecik to Rota: ${expectedKm('kurecik', 'rota')} km`);
    expect(await page.getByTestId('measure-label').textContent()).toContain(`${expectedKm('kurecik', 'rota')} km`);
    // Two clicks on open map: some distance, drawn.
    await page.getByRole('button', { name: 'Pick on the map' }).click();
    const box = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.5);
    await expect.poll(() => page.getByTestId('measure-result').textContent()).toMatch(/Point 1 picked on the map to Point 2 picked on the map: [\d,]+ km/);
    await page.close();
  });
});

describe('image export', () => {
  it('the PNG shows the illustrative rings that are on screen', async () => {
    const app = await MapApp.open(browser, baseUrl);
    await app.waitForMapIdle();
    const ringInk = async () => {
      await app.openShare();
      const { png } = await app.downloadPng();
      await app.page.keyboard.press('Escape');
      await app.page.locator('dialog.share-dialog[open]').waitFor({ state: 'detached' });
      // The map band only: the legend below has the same colours. Rings are drawn in exactly their
      // colour; the naval square's blue is near it, so only close matches count.
      const shares = await colourShares(app.page, png, { ring: OVERLAY_COLORS.light.defence }, { top: 0.08, bottom: 0.75 }, 12);
      return shares.ring!;
    };
    const without = await ringInk();
    // The rings come on through the URL, as from a link, on the same page.
    await app.page.evaluate(() => (location.hash = '#layers=interceptor,radar,naval,command,ranges'));
    await app.page.getByTestId('ring-sm3-iia').waitFor({ state: 'attached' });
    const withRings = await ringInk();
    expect(withRings).toBeGreaterThan(0.0003);
    expect(without).toBeLessThan(0.0001); // none at all without them
    expect(withRings).toBeGreaterThan(without * 3);
    await app.page.close();
  });
});

describe('list view, languages and themes', () => {
  it('the list and the map select the same site, both ways', async () => {
    const app = await MapApp.open(still, baseUrl);
    await app.waitForMapIdle();
    const page = app.page;
    await app.marker('rota').click();
    await page.locator('[data-view="list"]').click();
    const list = page.getByTestId('list-view');
    expect(await list.locator('tr[data-list-site="rota"]').getAttribute('aria-current')).toBe('true');
    expect(await list.locator('tr[data-list-site]').count()).toBe(data.sites.length);
    expect(await list.locator('tr[data-list-phase]').count()).toBe(data.phases.length);
    expect(await list.locator('[data-list-statement]').count()).toBe(data.statements.length);
    await list.getByRole('button', { name: 'Select Redzikowo' }).click();
    await app.expectHash().toContain('site=redzikowo');
    await app.expectHash().toContain('list=1');
    expect(await app.panelTitle()).toContain('Redzikowo');
    await page.locator('[data-view="map"]').click();
    expect(await app.marker('redzikowo').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('announcer').textContent()).toBe('Map view.');
    await page.close();
  });

  it("on a 390x844 phone the list is a column of cards, each value under its column's name, nothing wider than the screen, scrolling with the page (en, pl, ru)", async () => {
    const phone = await openBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, liveMap: false });
    const app = await MapApp.open(phone, baseUrl, '#lang=en&list=1');
    const page = app.page;
    const messages: Record<string, Messages> = { en, pl, ru };
    for (const lang of ['en', 'pl', 'ru']) {
      await app.goToView(`#lang=${lang}&list=1`);
      await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
      const firstColumn = page.getByTestId('list-view').locator('table th[scope="col"]').first();
      await expect.poll(() => firstColumn.textContent(), { timeout: STATE_TIMEOUT }).toBe(messages[lang]!.list.name);
      const seen = await page.getByTestId('list-view').evaluate((list) => {
        const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`;
        // Anything drawn past the screen's edges, the list's own box included.
        const wider = [list, ...list.querySelectorAll('*')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.left < -0.5 || r.right > innerWidth + 0.5);
          })
          .map((el) => `${name(el)} ${Math.round(el.getBoundingClientRect().left)}..${Math.round(el.getBoundingClientRect().right)}`);
        // The box the list scrolls in: the nearest one that scrolls, from the list itself up (the
        // document when none does). The page's own holds the sidebar too; any other is a box of its own.
        let scroller: Element | null = list;
        while (scroller && !(/auto|scroll/.test(getComputedStyle(scroller).overflowY) && scroller.scrollHeight > scroller.clientHeight + 1)) scroller = scroller.parentElement;
        const own = scroller && !scroller.contains(document.querySelector('.sidebar')) ? `${name(scroller)}: ${scroller.clientHeight} px tall, ${scroller.scrollHeight} px of content` : null;
        // Each row a card: every value cell shows its column's name first, as text a screen
        // reader reads with it (rendered, and not hidden from assistive technology).
        const unlabelled: string[] = [];
        for (const table of list.querySelectorAll('table')) {
          const columns = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim());
          for (const row of table.tBodies[0]!.rows) {
            for (const cell of row.cells) {
              if (cell.tagName !== 'TD') continue;
              const column = columns[cell.cellIndex]!;
              const label = cell.firstElementChild;
              const shown = !!label && label.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !label.closest('[aria-hidden="true"]') && label.textContent === column;
              if (!shown || !cell.innerText.startsWith(column)) unlabelled.push(`${row.cells[0]!.textContent!.trim().slice(0, 20)} / ${column}`);
            }
          }
        }
        return { wider, own, scrollWidth: document.documentElement.scrollWidth, unlabelled };
      });
      expect(seen.wider, `${lang}: drawn past the screen's edge`).toEqual([]);
      expect(seen.scrollWidth, `${lang}: the page scrolls sideways`).toBeLessThanOrEqual(390);
      expect(seen.own, `${lang}: the list scrolls in a box of its own`).toBeNull();
      expect(seen.unlabelled, `${lang}: values shown without their column's name`).toEqual([]);
      expect(await axeProblems(page), lang).toEqual([]);
    }
    // A choice made far down the list leaves the page where it was: the list is not the map, which a
    // choice on a phone brings into view.
    const phase = page.getByTestId('list-view').locator('tr[data-list-phase="3"] th button');
    await phase.scrollIntoViewIfNeeded();
    const before = await phase.evaluate((el) => el.getBoundingClientRect().top);
    await phase.click();
    await app.panel().waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await phase.evaluate((el) => el.getBoundingClientRect().top), "the chosen phase's place on screen").toBeCloseTo(before, 0);
    await page.close();
    await closeOffline(phone, baseUrl);
  });

  it('switches language from the menu, keeps it in the URL, and marks quote translations', async () => {
    const app = await MapApp.open(browser, baseUrl, '#site=deveselu');
    await app.waitForMapIdle();
    const page = app.page;
    await page.getByTestId('language').selectOption('pl');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('pl');
    await app.expectHash().toContain('lang=pl');
    expect(await page.locator('h1').textContent()).not.toContain('missile-defence plan');
    const statement = app.panel().locator('[data-statement]').first();
    const quote = data.statements.find((s) => s.sites.includes('deveselu'))!.quote;
    expect(await statement.locator('blockquote').textContent()).toContain(quote); // the original stays
    expect(await statement.locator('.translation').textContent()).toMatch(/^Tłumaczenie/);
    await page.reload();
    await app.waitForMapIdle();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
    expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).not.toBe('Zoom in');
    await page.close();
  });

  it("picks the browser's language when the URL names none", async () => {
    const ro = await openBrowser({ locale: 'ro-RO' });
    try {
      const page = await ro.context.newPage();
      await page.goto(baseUrl);
      await page.locator('.site-list').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ro');
      expect(await page.locator('#sites-heading').textContent()).toBe('Amplasamente');
    } finally {
      await ro.close();
    }
  });

  it('the dark theme repaints the map and the page', async () => {
    const app = await MapApp.open(still, baseUrl);
    await app.waitForMapIdle();
    await app.page.getByTestId('theme').selectOption('dark');
    await app.waitForMapIdle();
    const shares = await app.colourShares({ sea: DARK_COLORS.sea, land: DARK_COLORS.land });
    expect(shares.sea).toBeGreaterThan(0.1);
    expect(shares.land).toBeGreaterThan(0.15);
    // Remembered for the next visit.
    await app.page.reload();
    expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await app.page.close();
  });
});

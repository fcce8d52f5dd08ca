// What every side said: the statements in the panels, the "who said what" view and its URL, the
// time slider's "later" marks, quotes in their own language with their translations, and axe.
// The live map is not the subject: WebGL is off, so the page shows its static map (fast).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp } from './support/app';
import { axeProblems } from './support/axe';

const baseUrl = inject('baseUrl');
const statements = JSON.parse(readFileSync(new URL('../../geodata/statements.json', import.meta.url), 'utf8')) as { id: string; date: string; sides?: string[]; sites: string[] }[];
const about = (site: string) => statements.filter((s) => s.sites.includes(site));

let browser: Browser;
let app: MapApp;
beforeAll(async () => {
  browser = await openBrowser({ args: ['--disable-webgl', '--disable-3d-apis'] });
  app = new MapApp(await browser.context.newPage(), baseUrl);
});
afterAll(async () => {
  await browser.close();
});

/** Opens the page at a hash (a fresh load, as a link would). */
async function open(hash: string): Promise<void> {
  await app.page.goto('about:blank');
  await app.page.goto(`${baseUrl}${hash}`);
}

const sidesIn = async (scope: string) => (await app.page.locator(`${scope} .statement-side`).allTextContents()).map((t) => t.trim());

describe('statements from every side', () => {
  it("a site's panel lists its statements from every side, by date, each side named in words", async () => {
    await open('#site=redzikowo');
    const panel = app.panel();
    await panel.locator('[data-statement]').first().waitFor();
    const ids = await panel.locator('[data-statement]').evaluateAll((els) => els.map((e) => e.getAttribute('data-statement')));
    const expected = about('redzikowo').map((s) => s.id);
    expect([...ids].sort()).toEqual([...expected].sort());
    // By date: the data order of these statements is by date, and the panel keeps it.
    const dates = ids.map((id) => statements.find((s) => s.id === id)!.date);
    expect(dates).toEqual([...dates].sort());
    const named = new Set((await sidesIn('.panel')).flatMap((t) => t.split(' · ')));
    for (const side of ['United States', 'NATO', 'Russia', 'Poland']) expect(named, side).toContain(side);

    await app.listItem('kurecik').click();
    await panel.locator('[data-statement="tr-dmm-2024-04-20-kurecik"]').waitFor();
    const kurecik = new Set((await sidesIn('.panel')).flatMap((t) => t.split(' · ')));
    for (const side of ['Turkey', 'Iran', 'NATO']) expect(kurecik, side).toContain(side);
    expect(browser.pageErrors).toEqual([]);
  });

  it('a Russian original is shown to an English reader in Russian, with our translation marked as ours', async () => {
    await open('#site=redzikowo');
    const peskov = app.panel().locator('[data-statement="ru-peskov-2024-11-13-parity"]');
    await peskov.waitFor();
    const quote = peskov.locator('blockquote');
    expect(await quote.getAttribute('lang')).toBe('ru');
    expect(await quote.textContent()).toContain('Конечно, это ведет к принятию соответствующих мер для обеспечения паритета');
    expect(await peskov.locator('.translation').textContent()).toMatch(/^Translation \(ours\): Of course, this leads to/);
    // Words a speaker said in Russian, known in an agency's English, credit the agency.
    const putin = app.panel().locator('[data-statement="ru-putin-2016-05-27-crosshairs"]');
    expect(await putin.locator('.translated-by').textContent()).toBe('As translated by Reuters from Russian (the original words were not found)');

    // A Russian reader sees the Russian original alone; the English quotes get our Russian translation.
    await open('#site=redzikowo&lang=ru');
    const ru = app.panel().locator('[data-statement="ru-peskov-2024-11-13-parity"]');
    await ru.waitFor();
    expect(await ru.locator('.translation').count()).toBe(0);
    expect(await app.panel().locator('[data-statement="nato-stoltenberg-2024-07-10-redzikowo"] .translation').textContent()).toMatch(/^Перевод \(наш\): Как оборонительный альянс/);
    expect(await sidesIn('.panel [data-statement="ru-peskov-2024-11-13-parity"]')).toEqual(['Россия']);
  });

  it('on an early month, the statements made after it are marked "later", the earlier ones not', async () => {
    await open('#site=redzikowo&date=2011-01');
    const panel = app.panel();
    await panel.locator('[data-statement]').first().waitFor();
    for (const s of about('redzikowo')) {
      const item = panel.locator(`[data-statement="${s.id}"]`);
      const later = s.date.slice(0, 7) > '2011-01';
      expect(await item.evaluate((e) => e.classList.contains('later')), s.id).toBe(later);
      expect(await item.locator('.later-tag').count(), s.id).toBe(later ? 1 : 0);
    }
  });
});

describe('who said what', () => {
  it("shows Moscow's statements about Redzikowo from a link, and keeps the side filter in the URL both ways", async () => {
    await open('#said=1&sides=russia&site=redzikowo');
    const view = app.page.getByTestId('said-view');
    await view.locator('[data-said-statement]').first().waitFor();
    const shown = await view.locator('[data-said-statement]').evaluateAll((els) => els.map((e) => e.getAttribute('data-said-statement')));
    const moscow = about('redzikowo').filter((s) => s.sides?.includes('russia')).map((s) => s.id);
    expect(shown).toEqual(moscow);
    expect(await view.locator('[data-side="russia"]').isChecked()).toBe(true);
    expect(await view.locator('[data-side="poland"]').isChecked()).toBe(false);
    expect(await view.locator('select[data-filter="site"]').inputValue()).toBe('redzikowo');

    // Warsaw too: the URL follows the filter, and a reload shows the same.
    await view.locator('[data-side="poland"]').check();
    await expect.poll(() => app.currentHash()).toContain('sides=russia,poland');
    await app.page.reload();
    await view.locator('[data-said-statement]').first().waitFor();
    expect(await view.locator('[data-side="poland"]').isChecked()).toBe(true);
    const both = about('redzikowo').filter((s) => s.sides?.some((x) => x === 'russia' || x === 'poland')).map((s) => s.id);
    await expect.poll(() => view.locator('[data-said-statement]').count()).toBe(both.length);

    // Any site: the site's choice is the map's, so the filter and the map follow each other.
    await view.locator('select[data-filter="site"]').selectOption('');
    await expect.poll(() => app.currentHash()).not.toContain('site=');
    // A statement's site leads back to the map, with that site chosen.
    await view.locator('[data-said-statement="pl-duda-2024-11-13-sphere-of-influence"] .about button').first().click();
    await expect.poll(() => app.currentHash()).toContain('site=redzikowo');
    expect(await app.panelTitle()).toBe('Redzikowo, Poland');
    expect(await app.page.getByTestId('said-view').count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });

  it("an embed's snippet shows the same: Moscow's statements about Redzikowo", async () => {
    await open('#embed=1&said=1&sides=russia&site=redzikowo');
    const view = app.page.getByTestId('said-view');
    await view.locator('[data-said-statement]').first().waitFor();
    const shown = await view.locator('[data-said-statement]').evaluateAll((els) => els.map((e) => e.getAttribute('data-said-statement')));
    expect(shown).toEqual(about('redzikowo').filter((s) => s.sides?.includes('russia')).map((s) => s.id));
    expect(browser.pageErrors).toEqual([]);
  });

  it.each(['en', 'ro', 'pl', 'tr', 'ru'])('is axe-clean, with the panel, in %s', async (lang) => {
    await open(`#said=1&site=kurecik&lang=${lang}`);
    await app.page.getByTestId('said-view').locator('[data-said-statement]').first().waitFor();
    await app.panel().locator('[data-statement]').first().waitFor();
    expect(await axeProblems(app.page)).toEqual([]);
  });
});

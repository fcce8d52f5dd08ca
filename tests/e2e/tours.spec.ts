// More than one tour: the menu of tours, the tour in the URL (and old links that name only a
// step), a tour that is not there, and the tour editor's draft kept in this browser.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { Briefing } from './support/briefing';
import { axeProblems } from './support/axe';

const baseUrl = inject('baseUrl');
interface TourFile {
  id: string;
  title: string;
  lang: string;
  steps: { id: string; title: string; text?: string; notes: string; phase: number | null; sites: string[]; statements: string[] }[];
}
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../geodata/${path}`, import.meta.url), 'utf8'));
const BRIEFING = read('tours/briefing.json') as TourFile;
const SECOND = read('tours/planned-against-built.json') as TourFile;
const DRAFT_KEY = 'epaa-map.tour-draft';

/** A presenter's own tour, written in Polish, as the editor keeps it in this browser. */
const draft: TourFile = {
  id: 'moja-prezentacja',
  title: 'Moja prezentacja',
  lang: 'pl',
  steps: [
    { id: 'start', title: 'Na początek', text: 'Tarcza w skrócie.', phase: null, sites: [], statements: [], notes: 'Przywitaj się.' },
    { id: 'deveselu', title: 'Deveselu, Rumunia', text: '<b>Nie</b> znacznik, tylko tekst.', phase: 2, sites: ['deveselu'], statements: [], notes: 'Notatka o Deveselu.' },
  ],
};

let browser: Browser;
/** The same browser with the live map held back: for tests of the page, not of the drawn map. */
let still: Browser;
beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  still = await openBrowser({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', liveMap: false });
});
afterAll(async () => {
  await still.close();
  await browser.close();
});

const menu = (page: Page) => page.getByRole('combobox', { name: 'Tour' });
const hash = (page: Page) => page.evaluate(() => location.hash);

describe('the menu of tours', () => {
  it('lists both shipped tours by title; choosing the other plays it from its first step, and the menu is axe-clean', async () => {
    const b = await Briefing.open(browser, baseUrl, '#tour=briefing:2');
    try {
      expect(await b.title()).toBe(BRIEFING.steps[1]!.title);
      const options = await menu(b.page).locator('option').allTextContents();
      expect(options).toEqual([BRIEFING.title, SECOND.title]);
      expect(await menu(b.page).inputValue()).toBe('briefing');

      // Chosen by keyboard: the next tour in the menu.
      await menu(b.page).focus();
      await b.page.keyboard.press('ArrowDown');
      await b.page.locator(`.briefing-caption[data-step="1"] h2:text-is("${SECOND.steps[0]!.title}")`).waitFor();
      expect(await hash(b.page)).toBe('#tour=planned-against-built:1');
      // The keys go back to the tour: a clicker's next key steps on, it does not pick another tour.
      // The focus is on the step's title, not lost on the page.
      expect(await b.page.evaluate(() => document.activeElement?.matches('.briefing-caption h2'))).toBe(true);
      await b.page.keyboard.press('PageDown');
      await b.waitForStep(2);
      expect(await menu(b.page).inputValue()).toBe('planned-against-built');
      await b.page.keyboard.press('End');
      await b.waitForStep(SECOND.steps.length);
      expect(await b.title()).toBe(SECOND.steps.at(-1)!.title);
      expect(await hash(b.page)).toBe(`#tour=planned-against-built:${SECOND.steps.length}`);

      // By mouse too; and nothing in the controls fails axe.
      await menu(b.page).selectOption({ label: BRIEFING.title });
      await b.page.locator(`.briefing-caption[data-step="1"] h2:text-is("${BRIEFING.steps[0]!.title}")`).waitFor();
      expect(await axeProblems(b.page)).toEqual([]);
    } finally {
      await b.page.close();
    }
  });

  it('names each tour in the reader\'s language', async () => {
    const ro = read('i18n/ro.json') as { tours: { id: string; title: string; steps: { id: string; title: string }[] }[] };
    const b = await Briefing.open(still, baseUrl, '#tour=planned-against-built:1&lang=ro');
    try {
      const roTitle = (id: string) => ro.tours.find((t) => t.id === id)!.title;
      await b.page.getByRole('combobox', { name: 'Tur' }).waitFor();
      expect(await b.page.getByRole('combobox', { name: 'Tur' }).locator('option').allTextContents()).toEqual([roTitle('briefing'), roTitle('planned-against-built')]);
      expect(await b.title()).toBe(ro.tours.find((t) => t.id === 'planned-against-built')!.steps[0]!.title);
      // A translated shipped tour is in the reader's language: its text carries no other.
      expect(await b.page.locator('.briefing-caption h2').getAttribute('lang')).toBe('ro');
    } finally {
      await b.page.close();
    }
  });
});

describe('the tour in the URL', () => {
  it('an old link with only a step opens the default tour at that step', async () => {
    const b = await Briefing.open(still, baseUrl, '#tour=3');
    try {
      await b.waitForStep(3);
      expect(await b.title()).toBe(BRIEFING.steps[2]!.title);
      expect(await menu(b.page).inputValue()).toBe('briefing');
    } finally {
      await b.page.close();
    }
  });

  it('tour=<id>:<step> opens that tour at that step, and the presenter window follows the same tour', async () => {
    const b = await Briefing.open(still, baseUrl, '#tour=planned-against-built:2');
    try {
      await b.waitForStep(2);
      expect(await b.title()).toBe(SECOND.steps[1]!.title);
      const [popup] = await Promise.all([still.context.waitForEvent('page'), b.page.keyboard.press('s')]);
      const presenter = popup as Page;
      await presenter.locator('.presenter[data-step="2"]').waitFor();
      expect(await presenter.locator('#presenter-current-title').textContent()).toBe(SECOND.steps[1]!.title);
      expect(await presenter.locator('.presenter-notes').textContent()).toBe(SECOND.steps[1]!.notes);
      expect(await presenter.getByTestId('presenter-tour').textContent()).toBe(SECOND.title);

      // Stepping in the presenter's window moves the audience within the same tour.
      await presenter.keyboard.press('ArrowRight');
      await b.waitForStep(3);
      expect(await b.title()).toBe(SECOND.steps[2]!.title);
      // Another tour chosen in the room is the presenter's too.
      await menu(b.page).selectOption('briefing');
      await presenter.locator('.presenter[data-step="1"]').waitFor();
      await presenter.locator(`#presenter-current-title:text-is("${BRIEFING.steps[0]!.title}")`).waitFor();
      expect(await presenter.getByTestId('presenter-tour').textContent()).toBe(BRIEFING.title);
      await presenter.close();
    } finally {
      await b.page.close();
    }
  });

  it('a tour that is not here says so and offers the tours there are; choosing one plays it', async () => {
    const page = await still.context.newPage();
    try {
      await page.goto(`${baseUrl}#tour=no-such-tour:2`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('There is no tour called “no-such-tour” here');
      expect(await menu(page).locator('option').allTextContents()).toEqual(['Choose a tour…', BRIEFING.title, SECOND.title]);
      expect(await axeProblems(page)).toEqual([]);
      await menu(page).selectOption('planned-against-built');
      await new Briefing(page).waitForStep(1);
      expect(await new Briefing(page).title()).toBe(SECOND.steps[0]!.title);
    } finally {
      await page.close();
    }
  });
});

describe('the draft kept in this browser', () => {
  it('plays with tour=draft:1 in its own language, marked with its lang, text as text; the presenter view too', async () => {
    const page = await still.context.newPage();
    try {
      await page.goto(`${baseUrl}#lang=en`);
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFT_KEY, JSON.stringify(draft)]);
      await page.evaluate(() => (location.hash = '#tour=draft:1'));
      const b = new Briefing(page);
      await b.waitForStep(1);
      expect(await b.title()).toBe(draft.steps[0]!.title);
      expect(await page.locator('.briefing-caption h2').getAttribute('lang')).toBe('pl');
      expect(await page.locator('.briefing-text').getAttribute('lang')).toBe('pl');
      // The interface around it stays in the reader's language.
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      // The menu lists it apart, under its own heading, named a draft (a closed menu shows only the
      // option: a draft copied from a shipped tour must not read as that tour), in its language.
      const option = menu(page).locator('optgroup[label="Your draft in this browser"] option');
      expect(await option.textContent()).toBe(`Draft: ${draft.title}`);
      expect(await option.getAttribute('lang')).toBe('pl');

      // Text that looks like markup is shown as the text it is.
      await page.keyboard.press('ArrowRight');
      await b.waitForStep(2);
      expect(await page.locator('.briefing-text').textContent()).toBe(draft.steps[1]!.text);
      expect(await page.locator('.briefing-text b').count()).toBe(0);

      const [popup] = await Promise.all([still.context.waitForEvent('page'), page.keyboard.press('s')]);
      const presenter = popup as Page;
      await presenter.locator('.presenter[data-step="2"]').waitFor();
      expect(await presenter.locator('.presenter-notes').textContent()).toBe(draft.steps[1]!.notes);
      expect(await presenter.locator('.presenter-notes').getAttribute('lang')).toBe('pl');
      await presenter.close();

      // The editor saves the draft again in this tab and says so with this event (tour-editor.spec
      // checks that it does, on every change): the briefing reads the draft again and plays the new text.
      const edited = { ...draft, steps: [draft.steps[0]!, { ...draft.steps[1]!, title: 'Deveselu, poprawione' }] };
      await page.evaluate(([key, value]) => {
        localStorage.setItem(key!, value!);
        window.dispatchEvent(new Event('epaa-map:tour-draft-saved'));
      }, [DRAFT_KEY, JSON.stringify(edited)]);
      await page.locator('.briefing-caption[data-step="2"] h2:text-is("Deveselu, poprawione")').waitFor();
    } finally {
      await page.evaluate((key) => localStorage.removeItem(key), DRAFT_KEY);
      await page.close();
    }
  });

  it('no draft, or a broken one, says so clearly and offers the shipped tours', async () => {
    const page = await still.context.newPage();
    try {
      await page.goto(`${baseUrl}#tour=draft:1`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('No draft tour is saved in this browser');
      expect(await menu(page).locator('option').allTextContents()).toEqual(['Choose a tour…', BRIEFING.title, SECOND.title]);

      await page.evaluate((key) => localStorage.setItem(key, '{"id": "x", "steps": ['), DRAFT_KEY);
      await page.reload();
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/The tour has problems.*the draft kept in this browser: is not valid JSON/);
      expect(await menu(page).locator('option').count()).toBe(3);
    } finally {
      await page.evaluate((key) => localStorage.removeItem(key), DRAFT_KEY);
      await page.close();
    }
  });
});

describe('in the one-file package', () => {
  const packageFile = new URL('../../dist-briefing/epaa-briefing.html', import.meta.url);

  it('every shipped tour is inside: the other one plays from file:// by its id, with no network', async () => {
    expect(existsSync(packageFile), 'run `npx vite build --mode briefing` first (npm test does)').toBe(true);
    const offline = await openBrowser({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      const page = await offline.context.newPage();
      await page.goto(`${packageFile.href}#tour=planned-against-built:${SECOND.steps.length}`);
      const b = new Briefing(page);
      await b.waitForStep(SECOND.steps.length);
      expect(await b.title()).toBe(SECOND.steps.at(-1)!.title);
      expect(await menu(page).locator('option').allTextContents()).toEqual([BRIEFING.title, SECOND.title]);
      expect(offline.requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
    } finally {
      await offline.close();
    }
  });

  it("a package carrying a presenter's tour plays it by default, lists it first, in its own language", async () => {
    expect(existsSync(packageFile), 'run `npx vite build --mode briefing` first (npm test does)').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'epaa-tour-package-'));
    const offline = await openBrowser({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      // The tour goes in as the package writer puts it: JSON in a script element, every "<" escaped.
      const json = JSON.stringify(draft).replace(/</g, '\\u003c');
      const html = readFileSync(packageFile, 'utf8').replace('</head>', () => `<script type="application/json" id="epaa-tour">${json}</script></head>`);
      const file = join(dir, 'my-briefing.html');
      writeFileSync(file, html);
      const page = await offline.context.newPage();
      await page.goto(pathToFileURL(file).href);
      const b = new Briefing(page);
      await b.waitForStep(1);
      expect(await hash(page)).toBe(`#tour=${draft.id}:1`);
      expect(await b.title()).toBe(draft.steps[0]!.title);
      expect(await page.locator('.briefing-caption h2').getAttribute('lang')).toBe('pl');
      expect(await menu(page).locator('option').allTextContents()).toEqual([draft.title, BRIEFING.title, SECOND.title]);
      await page.keyboard.press('ArrowRight');
      await b.waitForStep(2);
      // Escaped for the script element, shown as the text it is.
      expect(await page.locator('.briefing-text').textContent()).toBe(draft.steps[1]!.text);
      expect(offline.requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
    } finally {
      await offline.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The tour editor, end to end: a presenter builds a tour by keyboard, keeps it as a file, opens it
// again after a reload, and carries it in the one-file package, which plays it from file:// with
// the network off, notes in the presenter view. And what a bad file does: messages, no markup.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { closeOffline, openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { axeProblems } from './support/axe';
import { STATE_TIMEOUT, downloaded } from './support/app';

const baseUrl = inject('baseUrl');
const sites = (JSON.parse(readFileSync(new URL('../../geodata/sites.geojson', import.meta.url), 'utf8')) as { features: { properties: { id: string; name: string } }[] }).features.map((f) => f.properties);
const phases = JSON.parse(readFileSync(new URL('../../geodata/phases.json', import.meta.url), 'utf8')) as { id: number; name: string }[];
const site = sites[1]!;
const phase = phases[1]!;

/** The three steps typed in: titles and notes the package must show back. */
const STEPS = [
  { title: 'Where it starts', notes: 'Say who agreed to what, and when.' },
  { title: 'The second phase', notes: 'Point at the radar first.' },
  { title: 'Closer in', notes: 'Zoomed in on the map as it stood.' },
];

let browser: Browser;
/** The same browser with the live map held back: for tests of the page, not of the drawn map. */
let still: Browser;
const dir = mkdtempSync(join(tmpdir(), 'tour-editor-'));
beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  still = await openBrowser({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, liveMap: false });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeOffline(still, baseUrl);
  await closeOffline(browser, baseUrl);
});

const editor = (page: Page) => page.getByTestId('tour-editor');

/** Focuses a control and presses a key on it: the keyboard's way, no pointer. */
async function press(page: Page, name: string | RegExp, key = 'Enter', role: 'button' | 'checkbox' = 'button'): Promise<void> {
  const control = editor(page).getByRole(role, { name, exact: typeof name === 'string' });
  await control.focus();
  await page.keyboard.press(key);
}

/** Types into a text field (replacing what it held): `label` is its label's start. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await editor(page).getByRole('textbox', { name: new RegExp(`^${label}`) }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * A page with the editor open on a fresh start (no draft left by another test), on the static
 * first view unless the test is about the live map (`on`: browser).
 */
async function openEditor(hash = '', on: Browser = still): Promise<Page> {
  const page = await on.context.newPage();
  await page.addInitScript(() => localStorage.clear());
  await page.goto(`${baseUrl}#edit=tour${hash}`);
  await editor(page).locator('.tour-editor-steps').waitFor();
  return page;
}

/**
 * The choices of "Statements shown" whose text runs out of their own box or into the next one's:
 * a label of two or three lines squeezed to one line's height overprints its neighbour.
 */
async function overprinted(page: Page): Promise<string[]> {
  return editor(page).locator('.tour-editor-statements').evaluate((set) => {
    const labels = [...set.querySelectorAll('label')];
    return labels.flatMap((l, i) => {
      const text = l.querySelector('span')!.getBoundingClientRect();
      const box = l.getBoundingClientRect();
      const next = labels[i + 1]?.getBoundingClientRect();
      return text.bottom > box.bottom + 1 || (next && box.bottom > next.top + 1) ? [l.textContent ?? ''] : [];
    });
  });
}

async function stepCount(page: Page): Promise<number> {
  return editor(page).locator('.tour-editor-steps > li').count();
}

describe('the tour editor', () => {
  it('builds a three-step tour by keyboard, downloads it, opens it after a reload, and its one-file package plays it offline with the notes', async () => {
    const page = await browser.context.newPage();
    await page.goto(baseUrl);
    await page.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
    // The editor is not part of the first view: its code comes when it is opened.
    expect(browser.requests.filter((u) => /TourEditor/.test(u))).toEqual([]);

    await page.getByRole('button', { name: 'Edit a tour' }).focus();
    await page.keyboard.press('Enter');
    await editor(page).waitFor();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('edit=tour');
    // The focus goes to the editor's heading, not left on the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tour-editor-heading');
    // It starts from a copy of the shipped tour: remove every step, which leaves one empty one.
    const shipped = await stepCount(page);
    expect(shipped).toBeGreaterThan(1);
    for (let i = 0; i < shipped; i++) await press(page, 'Remove this step');
    expect(await stepCount(page)).toBe(1);
    await typeInto(page, 'Tour title', 'Three steps');

    // Step 1: title, notes, a site.
    await typeInto(page, 'Title \\(', STEPS[0]!.title);
    await typeInto(page, 'Speaker notes', STEPS[0]!.notes);
    await press(page, site.name, 'Space', 'checkbox');
    expect(await editor(page).getByRole('checkbox', { name: site.name }).isChecked()).toBe(true);
    // Undo and redo from the keyboard, outside a text field.
    await page.keyboard.press('Control+Z');
    expect(await editor(page).getByRole('checkbox', { name: site.name }).isChecked()).toBe(false);
    await page.keyboard.press('Control+Shift+Z');
    expect(await editor(page).getByRole('checkbox', { name: site.name }).isChecked()).toBe(true);

    // Step 2: a phase, chosen by typing its name on the list.
    await press(page, 'Add a step');
    await typeInto(page, 'Title \\(', STEPS[1]!.title);
    await typeInto(page, 'Speaker notes', STEPS[1]!.notes);
    await editor(page).getByLabel('Phase', { exact: true }).focus();
    await page.keyboard.type(phase.name);
    await expect.poll(() => editor(page).getByLabel('Phase', { exact: true }).inputValue()).toBe(String(phase.id));

    // Step 3: the camera from the live map, moved by keyboard first.
    await press(page, 'Add a step');
    await typeInto(page, 'Title \\(', STEPS[2]!.title);
    await typeInto(page, 'Speaker notes', STEPS[2]!.notes);
    const before = await page.locator('.map').getAttribute('data-camera');
    // On a site of the map, Shift and an arrow move the map.
    await page.locator('.map-area button.site-marker').first().focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => page.locator('.map').getAttribute('data-camera'), { timeout: STATE_TIMEOUT }).not.toBe(before);
    await page.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
    const camera = ((await page.locator('.map').getAttribute('data-camera')) ?? '').split('/').map(Number);
    await press(page, 'Use the current view');
    expect(await editor(page).getByTestId('tour-step-camera').textContent()).not.toBe('All sites in view');
    expect(await stepCount(page)).toBe(3);
    expect(await editor(page).getByTestId('tour-editor-status').textContent()).toMatch(/^Unsaved changes/);

    // Download: the tour file, pretty JSON, as typed.
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Download tour (JSON)')]);
    expect(download.suggestedFilename()).toBe('my-tour.json');
    const tourPath = join(dir, download.suggestedFilename());
    await download.saveAs(tourPath);
    const text = readFileSync(tourPath, 'utf8');
    expect(text).toContain('\n  "steps": [\n');
    const file = JSON.parse(text) as { id: string; title: string; lang: string; steps: { title: string; notes: string; sites: string[]; phase: number | null; camera?: { zoom: number; lat: number; lon: number } }[] };
    expect(file).toMatchObject({ id: 'my-tour', title: 'Three steps', lang: 'en' });
    expect(file.steps.map((s) => ({ title: s.title, notes: s.notes }))).toEqual(STEPS);
    expect(file.steps[0]!.sites).toEqual([site.id]);
    expect(file.steps[1]!.phase).toBe(phase.id);
    const c = file.steps[2]!.camera!;
    expect([c.zoom, c.lat, c.lon]).toEqual(camera);
    expect(file.steps[0]!.camera).toBeUndefined();
    expect(await editor(page).getByTestId('tour-editor-status').textContent()).toMatch(/^Saved as my-tour\.json at /);

    // Reload with the draft gone: the editor stays open (the URL says so) on the shipped copy,
    // and the downloaded file brings the tour back.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await editor(page).waitFor();
    expect(await stepCount(page)).toBe(shipped);
    await editor(page).getByTestId('tour-file-input').setInputFiles(tourPath);
    await editor(page).getByText('Opened my-tour.json: 3 steps.').waitFor();
    expect(await stepCount(page)).toBe(3);
    expect(await editor(page).getByLabel('Tour title').inputValue()).toBe('Three steps');

    // The one-file package with this tour inside.
    const [pkg] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), press(page, 'Download as one offline file')]);
    const pkgPath = join(dir, pkg.suggestedFilename());
    expect(pkgPath).toMatch(/\.html$/);
    await pkg.saveAs(pkgPath);
    await page.close();

    // Opened from file:// in a browser with the network off: it plays the three steps, and the
    // presenter view shows each one's title and notes.
    const offline = await openBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      await offline.context.setOffline(true);
      await offline.context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      const show = await offline.context.newPage();
      await show.goto(pathToFileURL(pkgPath).href);
      await show.locator('.briefing-caption[data-step="1"]').waitFor({ timeout: 60_000 });
      const [presenter] = await Promise.all([offline.context.waitForEvent('page'), show.keyboard.press('s')]);
      for (let n = 1; n <= 3; n++) {
        if (n > 1) await show.keyboard.press('ArrowRight');
        await show.locator(`.briefing-caption[data-step="${n}"]`).waitFor();
        expect(await show.locator('.briefing-caption h2').textContent()).toBe(STEPS[n - 1]!.title);
        await presenter.locator(`.presenter[data-step="${n}"]`).waitFor({ timeout: STATE_TIMEOUT });
        expect(await presenter.locator('#presenter-current-title').textContent()).toBe(STEPS[n - 1]!.title);
        expect(await presenter.locator('.presenter-notes').textContent()).toBe(STEPS[n - 1]!.notes);
      }
      // The third step is the last: there is no fourth.
      await show.keyboard.press('ArrowRight');
      expect(await show.locator('.briefing-caption').getAttribute('data-step')).toBe('3');
      expect(offline.pageErrors).toEqual([]);
      expect(offline.requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
    } finally {
      await offline.close();
    }
  });

  it('says what is wrong with a bad file, in text, and creates nothing from it', async () => {
    const page = await openEditor();
    const input = editor(page).getByTestId('tour-file-input');
    const notice = editor(page).getByTestId('tour-editor-notice');
    const open = async (name: string, text: string) => {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await notice.filter({ hasText: name }).waitFor();
      return (await notice.textContent()) ?? '';
    };
    const stepsBefore = await stepCount(page);

    expect(await open('notes.txt', 'These are my notes, not JSON.')).toContain('Nothing was opened from notes.txt');
    expect(await open('huge.json', `"${'x'.repeat(1_100_000)}"`)).toContain('huge.json is over 1 MB');
    expect(await stepCount(page)).toBe(stepsBefore);

    const step = { id: 'one', title: 'A step', phase: null, sites: [], statements: [], notes: 'Notes' };
    const unknown = await open('unknown.json', JSON.stringify({ id: 'bad', title: 'Bad', lang: 'en', steps: [{ ...step, sites: ['atlantis'] }, { ...step, id: 'two' }] }));
    expect(unknown).toContain('Opened unknown.json: 2 steps.');
    expect(unknown).toMatch(/Step “one”, field “sites\[0\]”: .*atlantis/);

    const html = '<img src=x onerror="window.__injected=1">';
    const marked = await open('markup.json', JSON.stringify({ id: 'markup', title: html, lang: 'en', steps: [{ ...step, title: html, notes: `<b>${html}</b>` }] }));
    expect(marked).toContain('Opened markup.json: 1 step.');
    // Shown as the text it is, in the step list and the form, and no element made from it.
    expect(await editor(page).locator('.tour-editor-step').first().textContent()).toContain(html);
    expect(await editor(page).getByRole('textbox', { name: /^Title \(/ }).inputValue()).toBe(html);
    expect(await page.locator('img[src="x"], b:has(img)').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    await page.close();
  });

  it("writes the shipped tour, opened as a file, as a new tour: its package never stands in for the shipped one", async () => {
    const page = await openEditor();
    const shippedFile = new URL('../../geodata/tours/briefing.json', import.meta.url);
    const shippedId = (JSON.parse(readFileSync(shippedFile, 'utf8')) as { id: string }).id;
    await editor(page).getByTestId('tour-file-input').setInputFiles(shippedFile.pathname);
    await editor(page).getByText(/^Opened briefing\.json: /).waitFor();
    await typeInto(page, 'Speaker notes', 'My own words.');
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Download tour (JSON)')]);
    expect(download.suggestedFilename()).toBe('my-tour.json');
    const path = join(dir, 'shipped-copy.json');
    await download.saveAs(path);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { id: string };
    expect(file.id).not.toBe(shippedId);
    expect(file.id).toBe('my-tour');
    const [pkg] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), press(page, 'Download as one offline file')]);
    expect(pkg.suggestedFilename()).toBe('epaa-briefing-my-tour.html');
    await page.close();
  });

  it('keeps the focus on a button that has nothing more to do; an untitled step is not marked as the tour\'s language', async () => {
    const page = await openEditor('', browser);
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await press(page, 'Add a step');
    // A new step has no title yet: the placeholder is the interface's words, not the tour's.
    const added = editor(page).locator('.tour-editor-step[aria-current="step"]');
    expect(await added.textContent()).toContain('(no title yet)');
    expect(await added.locator('[lang]').count()).toBe(0);
    // Undo to the start of the history: Undo has nothing more to undo but keeps the focus.
    await press(page, 'Undo');
    expect(await focused()).toBe('Undo');
    expect(await editor(page).getByRole('button', { name: 'Undo', exact: true }).getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Undo');
    // Redo to its end: the same.
    await press(page, 'Redo');
    expect(await focused()).toBe('Redo');
    expect(await editor(page).getByRole('button', { name: 'Redo', exact: true }).getAttribute('aria-disabled')).toBe('true');
    // "All sites in view" after taking the map's view: pressed, it keeps the focus.
    await page.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
    await press(page, 'Use the current view');
    await press(page, 'All sites in view');
    expect(await editor(page).getByTestId('tour-step-camera').textContent()).toBe('All sites in view');
    expect(await focused()).toBe('All sites in view');
    await page.close();
  });

  it('asks before leaving with changes not downloaded, and leaves the draft kept', async () => {
    const page = await openEditor();
    await typeInto(page, 'Speaker notes', 'Changed, not downloaded.');
    await press(page, 'Close the editor');
    const ask = editor(page).getByRole('alertdialog');
    await ask.waitFor();
    // Focus waits on "Stay": Enter keeps the editor open.
    await page.keyboard.press('Enter');
    expect(await ask.count()).toBe(0);
    // Esc answers the same, and the focus goes back to the Close button.
    await press(page, 'Close the editor');
    await ask.waitFor();
    await page.keyboard.press('Escape');
    expect(await ask.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close the editor');
    await press(page, 'Close the editor');
    await press(page, 'Leave');
    await editor(page).waitFor({ state: 'detached' });
    // The focus goes back to the button that opens the editor.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('edit-tour-button');
    expect(await page.evaluate(() => location.hash)).not.toContain('edit=tour');
    expect(await page.evaluate(() => localStorage.getItem('epaa-map.tour-draft'))).toContain('Changed, not downloaded.');
    await page.close();
  });

  it('previews a step on the map, plays the draft from a step, and opens again from the briefing', async () => {
    const page = await openEditor('', browser);
    // The second step, retitled, with a phase: previewing shows its phase on the map.
    await press(page, /^2\. /);
    await typeInto(page, 'Title \\(', 'Played from here');
    await editor(page).getByLabel('Phase', { exact: true }).selectOption(String(phase.id));
    await press(page, 'Preview this step on the map');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`phase=${phase.id}`);
    // Play: the briefing opens on the draft at that step, and its own button brings the editor back.
    await press(page, 'Play the tour from this step');
    await page.locator('.briefing-caption[data-step="2"]').waitFor();
    expect(await page.locator('.briefing-caption h2').textContent()).toBe('Played from here');
    expect(await page.evaluate(() => location.hash)).toContain('tour=draft:2');
    // Its link would open nothing for anyone else: Share says so, and points to the editor's one file.
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.locator('dialog.share-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.getByTestId('share-note').textContent()).toMatch(/kept only in this browser.*“Download as one offline file”/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Edit a tour' }).focus();
    await page.keyboard.press('Enter');
    await editor(page).waitFor();
    expect(await editor(page).locator('.tour-editor-step').nth(1).textContent()).toContain('Played from here');
    await page.close();
  });

  it("plays and downloads a step without speaker notes: notes are the presenter's choice in their own tour", async () => {
    const page = await openEditor();
    await press(page, 'Add a step');
    await typeInto(page, 'Title \\(', 'No notes here');
    const notes = editor(page).getByRole('textbox', { name: /^Speaker notes/ });
    expect(await notes.inputValue()).toBe('');
    expect(await notes.getAttribute('required')).toBeNull();
    // The file: the step, written without notes.
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Download tour (JSON)')]);
    const file = JSON.parse((await downloaded(download)).toString('utf8')) as { steps: { title: string; notes?: string }[] };
    const n = file.steps.findIndex((step) => step.title === 'No notes here') + 1;
    expect(n).toBeGreaterThan(0);
    expect(file.steps[n - 1]!.notes).toBeUndefined();
    // Played from that step: the briefing shows it, and the presenter view shows no notes for it.
    await press(page, 'Play the tour from this step');
    await page.locator(`.briefing-caption[data-step="${n}"]`).waitFor();
    expect(await page.locator('.briefing-caption h2').textContent()).toBe('No notes here');
    const [popup] = await Promise.all([still.context.waitForEvent('page'), page.keyboard.press('s')]);
    const presenter = popup as Page;
    await presenter.locator(`.presenter[data-step="${n}"]`).waitFor();
    expect(await presenter.locator('.presenter-current h2').textContent()).toBe('No notes here');
    expect(await presenter.locator('.presenter-notes').count()).toBe(0);
    await presenter.close();
    await page.close();
  });

  it('keeps two tabs on one draft from overwriting each other: follows the other in step, asks once they have parted', async () => {
    const a = await openEditor();
    const b = await still.context.newPage();
    await b.goto(`${baseUrl}#edit=tour`);
    await editor(b).locator('.tour-editor-steps').waitFor();
    const title = (page: Page) => editor(page).getByLabel('Tour title').inputValue();
    const stored = () => a.evaluate(() => localStorage.getItem('epaa-map.tour-draft') ?? '');
    const question = editor(b).getByTestId('draft-elsewhere');

    // In step: what one tab writes, the other follows, without a question, both ways.
    await typeInto(a, 'Tour title', 'Written in A');
    await expect.poll(() => title(b)).toBe('Written in A');
    await typeInto(b, 'Tour title', 'Then in B');
    await expect.poll(() => title(a)).toBe('Then in B');
    expect(await question.count()).toBe(0);

    // Parted: B's next change is not kept (the browser refuses it), then A writes the draft.
    const refuseStorage = (refuse: boolean) =>
      b.evaluate((on) => {
        const w = window as unknown as { __setItem?: Storage['setItem'] };
        w.__setItem ??= Storage.prototype.setItem;
        Storage.prototype.setItem = on ? () => { throw new Error('refused'); } : w.__setItem;
      }, refuse);
    await refuseStorage(true);
    await typeInto(b, 'Speaker notes', 'Only in B');
    await refuseStorage(false);
    await typeInto(a, 'Speaker notes', 'Only in A');
    await question.waitFor();
    // B keeps its work on screen, and writes nothing over A's while the question stands.
    expect(await editor(b).getByRole('textbox', { name: /^Speaker notes/ }).inputValue()).toBe('Only in B');
    await typeInto(b, 'Tour title', 'B, still asking');
    expect(await stored()).toContain('Only in A');
    expect(await stored()).not.toContain('B, still asking');
    expect(await axeProblems(b)).toEqual([]);

    // Keeping B's version writes it; A, in step with the draft, follows.
    await question.getByRole('button', { name: 'Keep this version' }).click();
    await expect.poll(stored).toContain('Only in B');
    await expect.poll(() => title(a)).toBe('B, still asking');
    expect(await question.count()).toBe(0);
    await expect.poll(() => b.evaluate(() => document.activeElement?.id)).toBe('tour-editor-heading');

    // Parted again: taking the other version loads A's here, and writes nothing.
    await refuseStorage(true);
    await typeInto(b, 'Speaker notes', 'Lost on purpose');
    await refuseStorage(false);
    await typeInto(a, 'Speaker notes', 'A wins');
    await question.getByRole('button', { name: 'Take the other version' }).click();
    expect(await editor(b).getByRole('textbox', { name: /^Speaker notes/ }).inputValue()).toBe('A wins');
    expect(await question.count()).toBe(0);
    expect(await stored()).toContain('A wins');
    // Taking it is a change like any other: Undo brings B's own back (and writes it).
    await editor(b).getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => editor(b).getByRole('textbox', { name: /^Speaker notes/ }).inputValue()).toBe('Lost on purpose');
    await expect.poll(stored).toContain('Lost on purpose');
    await a.close();
    await b.close();
  });

  it('tells a briefing in this page each time it keeps the draft', async () => {
    const page = await still.context.newPage();
    await page.addInitScript(() => {
      localStorage.clear();
      const w = window as unknown as { __draftSaves: string[] };
      w.__draftSaves = [];
      window.addEventListener('epaa-map:tour-draft-saved', () => w.__draftSaves.push(localStorage.getItem('epaa-map.tour-draft') ?? ''));
    });
    await page.goto(`${baseUrl}#edit=tour`);
    await editor(page).locator('.tour-editor-steps').waitFor();
    const saves = () => page.evaluate(() => (window as unknown as { __draftSaves: string[] }).__draftSaves);
    // The start is no change: nothing is kept, nothing is said.
    expect(await saves()).toEqual([]);
    await typeInto(page, 'Speaker notes', 'Heard by the briefing.');
    // Heard after the draft is written, so a briefing reading it then gets the new text.
    await expect.poll(async () => (await saves()).at(-1)).toContain('Heard by the briefing.');
    const n = (await saves()).length;
    await press(page, 'Add a step');
    await expect.poll(async () => (await saves()).length).toBe(n + 1);
    await page.close();
  });

  it('shares the view without opening the editor for whoever follows the link', async () => {
    const page = await openEditor(`&phase=${phase.id}`);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.locator('dialog.share-dialog[open]').waitFor();
    const link = await page.getByTestId('share-link').inputValue();
    const snippet = await page.getByTestId('share-snippet').inputValue();
    expect(link).toContain(`phase=${phase.id}`);
    expect(link).not.toContain('edit=');
    expect(snippet).not.toContain('edit=');
    // The editor stays open here.
    expect(await page.evaluate(() => location.hash)).toContain('edit=tour');
    await page.close();
  });

  it('previews a step with its highlighted sites as the briefing shows them', async () => {
    const page = await openEditor('', browser);
    await page.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
    await press(page, 'Add a step');
    await press(page, site.name, 'Space', 'checkbox');
    await press(page, 'Preview this step on the map');
    const emphasis = (id: string) => page.locator(`.map-area .site-marker[data-site="${id}"]`).first().getAttribute('class');
    await expect.poll(() => emphasis(site.id)).toContain('emphasis-current');
    expect(await emphasis(sites.find((s) => s.id !== site.id)!.id)).toContain('emphasis-earlier');
    await page.close();
  });

  it('says clearly when this copy of the map has no package to write into', async () => {
    const page = await openEditor();
    await page.route('**/epaa-briefing.html', (route) => route.fulfill({ status: 404, body: 'not built' }));
    await press(page, 'Download as one offline file');
    await editor(page).getByTestId('tour-editor-notice').filter({ hasText: 'has no offline file' }).waitFor();
    expect(await editor(page).getByTestId('tour-editor-notice').getAttribute('role')).toBe('alert');
    // A page there that is not the package: said in the reader's words too, not the code's.
    await page.unroute('**/epaa-briefing.html');
    await page.route('**/epaa-briefing.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><head></head><body>Another page</body></html>' }));
    await press(page, 'Download as one offline file');
    await editor(page).getByTestId('tour-editor-notice').filter({ hasText: 'is not the briefing package' }).waitFor();
    expect(await editor(page).getByTestId('tour-editor-notice').textContent()).not.toContain('could not be written:');
    await page.close();
  });

  it('reorders steps by dragging, and opens a tour file dropped on it', async () => {
    const page = await openEditor();
    const titles = () => editor(page).locator('.tour-editor-step').allTextContents();
    const before = await titles();
    await editor(page).locator('.tour-editor-steps > li').nth(0).dragTo(editor(page).locator('.tour-editor-steps > li').nth(2));
    await expect.poll(titles).not.toEqual(before);
    const after = (await titles()).map((t) => t.replace(/^\d+\. /, ''));
    const was = before.map((t) => t.replace(/^\d+\. /, ''));
    expect(after.slice(0, 3)).toEqual([was[1], was[2], was[0]]);
    // A file dropped anywhere on the editor opens as a tour file.
    const json = JSON.stringify({ id: 'dropped', title: 'Dropped', lang: 'ro', steps: [{ id: 'a', title: 'Pasul unu', phase: null, sites: [], statements: [], notes: 'Note' }] });
    await editor(page).evaluate((el, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      el.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, json);
    await editor(page).getByText('Opened dropped.json: 1 step.').waitFor();
    expect(await titles()).toEqual(['1. Pasul unu']);
    // The tour's own text is marked with the language it is written in.
    expect(await editor(page).locator('.tour-editor-step [lang]').getAttribute('lang')).toBe('ro');
    await page.close();
  });

  it.each(['en', 'ru'])('is axe-clean, and its long choices of statements each keep their own lines (%s)', async (lang) => {
    const page = await openEditor(`&lang=${lang}`);
    await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
    expect(await axeProblems(page)).toEqual([]);
    expect(await overprinted(page)).toEqual([]);
    await page.close();
  });

  it('has targets of at least 44 px on a phone', async () => {
    const phone = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const page = await phone.context.newPage();
      await page.goto(`${baseUrl}#edit=tour`);
      await editor(page).locator('.tour-editor-steps').waitFor();
      const small = await editor(page).evaluate((el) =>
        [...el.querySelectorAll<HTMLElement>('button, select, input[type="text"], .tour-editor-checks label')]
          .filter((b) => b.offsetParent !== null)
          .map((b) => ({ name: b.textContent?.trim() || b.getAttribute('aria-label') || b.tagName, h: b.getBoundingClientRect().height }))
          .filter((b) => b.h < 44),
      );
      expect(small).toEqual([]);
      expect(await overprinted(page)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

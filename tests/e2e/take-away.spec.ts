// Taking the map away, in a real browser: the data as files (parsed as downloaded), citation
// formats, link previews and oEmbed in the build, licences and notices, print (Chromium's PDF),
// keyboard help, and the vector image.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp, downloaded } from './support/app';
import { axeProblems } from './support/axe';
import { csvRecords } from './support/csv';
import { imageColourShares, readPdf, squeeze } from './support/pdf';
import { colourShares, pngSize } from './support/png';
import { validateDataset } from '../../src/data/validate-all';
import { PALETTE } from '../../src/theme/palette';
import { realFiles } from '../unit/helpers';

const baseUrl = inject('baseUrl');
const data = validateDataset(realFiles());
let browser: Browser;
/** The same browser with the live map held back: for tests of the page, not of the drawn map. */
let still: Browser;

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  still = await openBrowser({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, liveMap: false });
});
afterAll(async () => {
  await still.close();
  await browser.close();
});

/** Presses a button and returns the file it downloads: its name and text. */
async function downloadBy(page: Page, press: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), press()]);
  return { name: file.suggestedFilename(), text: (await downloaded(file)).toString('utf8') };
}

describe('get the data', () => {
  it('from the list view: the sites as GeoJSON and the events and statements as CSV, parsed as downloaded, made in the page', async () => {
    const app = await MapApp.open(still, baseUrl);
    const list = await app.openList();
    const section = list.locator('.data-download');
    // The code that writes the files is not loaded before it is asked for.
    expect(still.requests.some((u) => /data-download/.test(u))).toBe(false);
    const before = still.requests.length;
    const geo = await downloadBy(app.page, () => section.getByRole('button', { name: 'Sites (GeoJSON)' }).click());
    const today = new Date().toISOString().slice(0, 10);
    expect(geo.name).toBe(`epaa-map_sites_en_${today}.geojson`);
    const json = JSON.parse(geo.text);
    expect(json.type).toBe('FeatureCollection');
    expect(json.license).toBe('CC-BY-4.0');
    expect(json.factsChecked).toBe(data.sites.map((s) => s.statusChecked).sort()[0]);
    expect(json.features.map((f: any) => f.id)).toEqual(data.sites.map((s) => s.id));
    const deveselu = json.features.find((f: any) => f.id === 'deveselu');
    expect(deveselu.properties.dates.length).toBe(data.sites.find((s) => s.id === 'deveselu')!.dates.length);
    expect(deveselu.properties.dates[0].sources[0].title).toBeTruthy();
    await section.getByText(`Saved ${geo.name}.`).waitFor();

    const csv = await downloadBy(app.page, () => section.getByRole('button', { name: 'Events and statements (CSV)' }).click());
    expect(csv.name).toBe(`epaa-map_events-statements_en_${today}.csv`);
    const rows = csvRecords(csv.text);
    expect(rows.find((r) => r.id === 'license')?.kind).toBe('CC-BY-4.0');
    expect(rows.find((r) => r.id === 'facts-checked')?.date).toBe(json.factsChecked);
    const statements = rows.filter((r) => r.type === 'statement');
    expect(statements.map((r) => r.text)).toEqual(data.statements.map((s) => s.quote));
    // A quote with commas and curly quotes comes back whole.
    expect(statements.some((r) => r.text!.includes(',') && r.text!.includes('’'))).toBe(true);
    const events = rows.filter((r) => r.type === 'event');
    expect(events.length).toBe(data.sites.reduce((n, s) => n + s.dates.length, 0) + data.phases.reduce((n, p) => n + p.actual.length, 0));
    // Made from the data already in the page: the only requests were for the writer's code, on this server
    const during = still.requests.slice(before);
    // (the map's basemap and a font may still be loading, under load; none of the data the files hold is fetched again).
    expect(during.filter((u) => !u.startsWith(baseUrl) || /\/(sites|phases|statements|sources)-[\w-]+\.(geo)?json$/.test(u))).toEqual([]);
    expect(during.some((u) => /data-download/.test(u))).toBe(true);
    await app.page.close();
  });

  it('from the Share dialog, in the reader\'s language', async () => {
    const app = await MapApp.open(browser, baseUrl, '#lang=pl');
    await app.page.getByRole('button', { name: 'Udostępnij' }).click();
    const dialog = app.page.locator('dialog.share-dialog[open]');
    const csv = await downloadBy(app.page, () => dialog.getByRole('button', { name: 'Wydarzenia i wypowiedzi (CSV)' }).click());
    expect(csv.name).toMatch(/^epaa-map_events-statements_pl_/);
    const rows = csvRecords(csv.text);
    expect(rows.find((r) => r.id === 'facts-checked')?.text).toMatch(/^Fakty sprawdzono/);
    expect(rows.find((r) => r.id === 'license')?.text).toContain('CC BY 4.0');
    await app.page.close();
  });
});

describe('cite this view', () => {
  it('offers plain text, APA, MLA, Chicago and BibTeX, each with the link and the facts-checked date', async () => {
    const app = await MapApp.open(still, baseUrl, '#phase=3&site=redzikowo');
    await app.waitForMapIdle();
    await app.openShare();
    const link = await app.shareField('share-link');
    const field = (f: string) => app.page.getByTestId(f === 'plain' ? 'share-citation' : `share-citation-${f}`).inputValue();
    const cites = Object.fromEntries(await Promise.all(['plain', 'apa', 'mla', 'chicago', 'bibtex'].map(async (f) => [f, await field(f)])));
    for (const [f, c] of Object.entries(cites)) {
      expect(c).toContain(link);
      // APA dates the work by the check; the others say it in words.
      if (f !== 'apa') expect(c).toMatch(/Facts checked on \d+ \w+ \d{4}\./);
      // Each is shown whole, over several lines, not scrolled in a one-line field.
      const box = app.page.getByTestId(f === 'plain' ? 'share-citation' : `share-citation-${f}`);
      expect(await box.evaluate((e) => [e.tagName, e.scrollHeight <= e.clientHeight + 1]), `${f} ${await box.evaluate((e) => [e.scrollHeight, e.clientHeight, e.clientWidth].join())}`).toEqual(['TEXTAREA', true]);
    }
    // No author: the title leads, dated by the facts' check, then the site's name.
    expect(cites.apa).toMatch(/^The European missile-defence plan, site by site: Phase 3 .*\[Interactive map\]\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. EPAA missile-defence map\. Retrieved \w+ \d+, \d{4}, from /);
    expect(cites.mla).toMatch(/^“The European missile-defence plan, site by site: Phase 3 .*\.” EPAA missile-defence map, /);
    expect(cites.chicago).toMatch(/^EPAA missile-defence map\. “/);
    expect(cites.bibtex).toMatch(/^@misc\{epaa-map-\d{4}-\d{2}-\d{2},\n {2}title = \{\{/);
    // Each has its own Copy button.
    const bib = app.page.locator('.copy-field').filter({ has: app.page.getByTestId('share-citation-bibtex') });
    expect(await bib.getByRole('button', { name: 'Copy' }).count()).toBe(1);
    expect(await bib.locator('label').textContent()).toBe('BibTeX');
    await app.page.close();
  });
});

describe('a map of a date', () => {
  it("its images name the month in the title and the file's name, and show each site's state then under its name", async () => {
    const app = await MapApp.open(browser, baseUrl, '#date=2019-01');
    await app.waitForMapIdle();
    await app.openShare();
    const dialog = app.page.locator('dialog.share-dialog[open]');
    const today = new Date().toISOString().slice(0, 10);
    const svg = await downloadBy(app.page, () => dialog.getByRole('button', { name: 'Download SVG' }).click());
    expect(svg.name).toBe(`epaa-map_2019-01_${today}.svg`);
    const drawn = await app.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const note = (site: string) => doc.querySelector(`#sites [data-site="${site}"] [data-state-note]`)?.textContent ?? null;
      return { header: doc.querySelector('#header')?.textContent ?? '', redzikowo: note('redzikowo'), deveselu: note('deveselu') };
    }, svg.text);
    expect(drawn.header).toContain('January 2019');
    // As the markers on screen say: Redzikowo was being built, Deveselu was under NATO command.
    expect(drawn.redzikowo).toBe(await app.marker('redzikowo').locator('.site-marker-state').textContent());
    expect(drawn.redzikowo).toMatch(/^Under construction/);
    expect(drawn.deveselu).toBe('Under NATO command');
    const png = await downloadBy(app.page, () => dialog.getByRole('button', { name: 'Download PNG' }).click());
    expect(png.name).toBe(`epaa-map_2019-01_${today}.png`);
    await app.page.close();
  });
});

describe('vector export', () => {
  it('"Download SVG" beside the PNG gives the same view as valid SVG with a viewBox, text labels, legend, note and credits, that a browser opens', async () => {
    const app = await MapApp.open(browser, baseUrl, '#phase=3&site=redzikowo&layers=interceptor,radar,naval,command,lines');
    await app.waitForMapIdle();
    await app.openShare();
    const dialog = app.page.locator('dialog.share-dialog[open]');
    const file = await downloadBy(app.page, () => dialog.getByRole('button', { name: 'Download SVG' }).click());
    const today = new Date().toISOString().slice(0, 10);
    expect(file.name).toBe(`epaa-map_phase-3_redzikowo_${today}.svg`);
    await dialog.getByText(new RegExp(`Saved ${file.name.replace(/\./g, '\\.')} \\(\\d+ × \\d+ px\\)`)).waitFor();

    // Valid XML: the browser's own parser reads it without error, as an SVG with a viewBox.
    const parsed = await app.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: root.localName,
        ns: root.namespaceURI,
        viewBox: root.getAttribute('viewBox'),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        groups: [...root.children].map((c) => c.id).filter(Boolean),
        land: doc.querySelectorAll('#land path').length,
        lines: doc.querySelectorAll('#illustrative-layers path').length,
        fontFaces: [...doc.querySelectorAll('defs style')].map((e) => e.textContent ?? '').join('').match(/@font-face\{[^}]*\}/g) ?? [],
      };
    }, file.text);
    // It names its typeface and carries it: the Latin file in both weights, the only one English text needs.
    expect(file.text).toMatch(/<!-- Text: Noto Sans \(SIL Open Font License 1\.1\), embedded/);
    expect(parsed.fontFaces.length).toBe(2);
    for (const face of parsed.fontFaces) expect(face).toMatch(/^@font-face\{font-family:'Noto Sans';font-weight:(400|700);src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{10000,}\) format\('woff2'\);unicode-range:U\+0-FF,/);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('svg');
    expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
    const [, , w, h] = parsed.viewBox!.split(' ').map(Number);
    expect([w, h]).toEqual([1200, 750]); // the export's fixed size, as the PNG's
    expect(parsed.groups).toEqual(expect.arrayContaining(['header', 'map', 'legend', 'illustrative-note', 'credits']));
    const all = parsed.texts.join(' ');
    for (const t of ['The European missile-defence plan, site by site', 'Redzikowo', 'Rota', 'SM-3 interceptor site', 'Basemap: Natural Earth', 'Facts checked on']) expect(all).toContain(t);
    // At phase 3, Deveselu and Kürecik are of earlier phases only: the pale symbol says so, and not "step".
    expect(all).toContain('Pale symbol: a site of an earlier phase only');
    expect(all).not.toContain('step');
    // Russia is named on an overview of the sites (its label point was beyond every overview's edge).
    expect(all).toContain('RUSSIA');
    expect(all).toMatch(/Illustrative map:/);
    expect(parsed.land).toBeGreaterThan(10);
    expect(parsed.lines).toBeGreaterThan(0); // the radar lines that are on

    // It opens in a browser on its own and draws the map: land and sea colours in the frame.
    const page = await browser.context.newPage();
    await page.setContent(file.text.replace(/^<\?xml[^>]*>\s*/, ''));
    const shot = await page.locator('svg').screenshot();
    const shares = await colourShares(page, shot, { land: '#f3efe6', sea: '#b9d3e3' });
    expect(shares.land).toBeGreaterThan(0.1);
    expect(shares.sea).toBeGreaterThan(0.1);
    await page.close();
    await app.page.close();
  });
});

describe('print', () => {
  /** What the page prints to A4 (Chromium's print-to-PDF): its page count and all its text, without spaces. */
  async function printed(page: Page) {
    const { pageCount, pages, images } = readPdf(await page.pdf({ format: 'A4' }));
    return { pageCount, text: squeeze(pages.join(' ')), firstPage: squeeze(pages[0] ?? ''), images };
  }
  // The app's chrome: none of it belongs on paper.
  const CHROME = ['Skip to the map', 'Keyboard shortcuts (?)', 'Share', 'Present', 'Language', 'Colours', 'Measure a distance', 'Get the data', 'Download SVG'];

  it('the map page: the map as an image, the legend, the open panel, the sources and the address of the view; no buttons or menus', async () => {
    const app = await MapApp.open(browser, baseUrl, '#phase=3&site=redzikowo');
    await app.waitForMapIdle();
    await app.panel().waitFor();
    const onMap = await app.page.locator('.map .site-marker').evaluateAll((ms) => ms.map((m) => m.textContent ?? ''));
    expect(onMap.length).toBeGreaterThan(2);
    const { pageCount, text, firstPage, images } = await printed(app.page);
    // The panel runs on past the first page (nothing cut off at the screen's height), and no blank pages.
    expect(pageCount).toBeGreaterThan(1);
    expect(pageCount).toBeLessThanOrEqual(6);
    const redzikowo = data.sites.find((s) => s.id === 'redzikowo')!;
    for (const t of [
      'The European missile-defence plan, site by site',
      'Illustrative map:',
      'SM-3 interceptor site', // the legend
      'Redzikowo, Poland', // the panel
      redzikowo.dates.at(-1)!.text, // … to its last dated event
      'Sources: The White House (17 September 2009', // the credits of what the view shows: phase 3's plan first
      'Basemap: Natural Earth',
    ]) expect(text, t).toContain(squeeze(t));
    // The address of the view, with the camera on screen when printing began.
    const url = /Thisviewonline:(\S+?#[\w=&./,-]+)/.exec(text)?.[1];
    expect(url).toMatch(/#.*site=redzikowo/);
    expect(url).toMatch(/phase=3/);
    expect(url).toMatch(/map=[\d.]+\/[\d.-]+\/[\d.-]+/);
    // … and the sidebar's lists (the phases are the list view's too).
    for (const t of [...CHROME, 'Phases of the plan']) expect(text, t).not.toContain(squeeze(t));
    // The map is on paper: its basemap as a picture of land and sea (in the light colours), the
    // sites drawn over it with their names, on the first page.
    const map = images.find((i) => i.width > 300);
    expect(map?.rgb).toBeTruthy();
    const shares = imageColourShares(map!, { land: PALETTE.light.land, sea: PALETTE.light.sea });
    expect(shares.land).toBeGreaterThan(0.1);
    expect(shares.sea).toBeGreaterThan(0.1);
    for (const name of onMap) expect(firstPage, name).toContain(squeeze(name));
    // Once printed, the page is as it was: the picture gone, the live map there.
    expect(await app.page.locator('.map-print-image').count()).toBe(0);
    await app.page.locator('.map .maplibregl-canvas').waitFor();
    await app.page.close();
  });

  it('the list view: the tables and statements with their sources, no chrome; dark theme prints in the light colours', async () => {
    const page = await still.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${baseUrl}#list=1`);
    const app = new MapApp(page, baseUrl);
    await page.getByTestId('list-view').locator('.list-statements').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const { pageCount, text } = await printed(page);
    expect(pageCount).toBeGreaterThan(1);
    for (const site of data.sites) expect(text).toContain(squeeze(site.name));
    expect(text).toContain(squeeze(data.statements.at(-1)!.quote));
    expect(text).toContain(squeeze('Sources: OurAirports')); // the positions of the sites drawn
    expect(/Thisviewonline:\S+#\S*list=1/.test(text)).toBe(true);
    for (const t of CHROME) expect(text, t).not.toContain(squeeze(t));
    // On paper the colours are the light ones, whatever the screen's theme.
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    const ink = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ink').trim());
    expect(ink).toBe(PALETTE.light.ink);
    await app.page.close();
  });
});

describe('link previews', () => {
  it('the served page names its preview image, icons and theme colour, all from its own server', async () => {
    const page = await still.context.newPage();
    await page.goto(baseUrl);
    const attr = (selector: string, name: string) => page.locator(selector).first().getAttribute(name);
    expect(await attr('meta[property="og:title"]', 'content')).toBe('The European missile-defence plan, site by site');
    expect(await attr('meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
    expect(await attr('meta[name="theme-color"]', 'content')).toMatch(/^#[0-9a-f]{6}$/);
    // What a crawler fetches: the image at 1200 x 630 and the icons, each from where the page is.
    const image = new URL((await attr('meta[property="og:image"]', 'content'))!, page.url()).href;
    expect(image.startsWith(baseUrl)).toBe(true);
    const png = await page.request.get(image);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
    const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
    expect(icons.length).toBe(3);
    for (const href of icons) expect((await page.request.get(href)).ok(), href).toBe(true);
    await page.close();
  });
});

describe('keyboard help', () => {
  /** Presses "?" and returns the help dialog once open, with the mode its table is for. */
  async function openHelp(page: Page, name = 'Keyboard shortcuts') {
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name });
    await dialog.waitFor();
    return { dialog, mode: await dialog.locator('caption').textContent() };
  }

  it('"?" lists the keys of the mode on screen (map, list, measuring), axe-clean; Esc closes it and gives focus back', async () => {
    const app = await MapApp.open(still, baseUrl);
    await app.waitForMapIdle();
    await app.marker('rota').focus();
    let help = await openHelp(app.page);
    expect(help.mode).toBe('On the map');
    const rows = await help.dialog.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('←') && r.includes('next site east or west'))).toBe(true);
    expect(rows.some((r) => r.startsWith('?') && r.includes('Show this list'))).toBe(true);
    expect(await axeProblems(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await help.dialog.waitFor({ state: 'detached' });
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-site'))).toBe('rota');
    // Esc closed the help only: no panel was opened or closed behind it.
    expect(await app.panel().count()).toBe(0);

    await app.openList();
    await app.page.getByTestId('list-view').locator('button').first().focus();
    help = await openHelp(app.page);
    expect(help.mode).toBe('In the list view');
    await help.dialog.getByRole('button', { name: 'Close' }).click();
    await help.dialog.waitFor({ state: 'detached' });

    await app.page.locator('[data-view="map"]').click();
    await app.page.locator('.measure .disclosure').click();
    await app.page.getByRole('button', { name: 'Pick on the map' }).click();
    help = await openHelp(app.page);
    expect(help.mode).toBe('While picking points to measure');
    expect(await help.dialog.locator('tbody').textContent()).toContain('Stop picking');
    await app.page.keyboard.press('Escape');
    await help.dialog.waitFor({ state: 'detached' });
    // And Esc, as the list said, stops picking.
    expect(await app.page.getByTestId('measure-result').textContent()).toContain('first point');
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('button', { name: 'Pick on the map' }).waitFor();
    await app.page.close();
  });

  it('"?" is plain text in a field, and the help is also a button among the skip links', async () => {
    const app = await MapApp.open(still, baseUrl);
    await app.openShare();
    await app.page.getByTestId('share-link').press('?');
    expect(await app.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(0);
    await app.page.close();
    // From the top of a fresh page: the skip links, then the help.
    const fresh = await MapApp.open(still, baseUrl);
    await fresh.page.locator('.share-button:not([disabled])').waitFor();
    const focusedText = () => fresh.page.evaluate(() => document.activeElement?.textContent);
    await fresh.page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Skip to the map');
    await fresh.page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Keyboard shortcuts (?)');
    await fresh.page.keyboard.press('Enter');
    await fresh.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await fresh.page.close();
  });

  it('in the briefing, its keys; in the reader\'s language; Esc closes the help, not the briefing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}#tour=2&lang=ro`);
    await page.locator('.briefing-caption[data-step="2"]').waitFor();
    const { dialog, mode } = await openHelp(page, 'Comenzi de la tastatură');
    expect(mode).toBe('În prezentare');
    const text = await dialog.locator('tbody').textContent();
    for (const k of ['PageDown', 'Backspace', 'Spațiu', 'Ctrl+P', '1–9', 'Pasul următor', 'Ieși din prezentare']) expect(text).toContain(k);
    // Keys typed in the help do not move the tour.
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.briefing-caption').getAttribute('data-step')).toBe('2');
    expect(await axeProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.briefing').count()).toBe(1);
    await page.close();
  });
});

// Taking the map away, in a real browser: the data as files (parsed as downloaded), citation
// formats, link previews and oEmbed in the build, licences and notices, print (Chromium's PDF),
// keyboard help, and the vector image.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp } from './support/app';
import { csvRecords } from './support/csv';
import { validateDataset } from '../../src/data/validate';
import { realFiles } from '../unit/helpers';

const baseUrl = inject('baseUrl');
const data = validateDataset(realFiles());
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser.close();
});

/** Presses a button and returns the file it downloads: its name and text. */
async function downloadBy(page: Page, press: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), press()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('get the data', () => {
  it('from the list view: the sites as GeoJSON and the events and statements as CSV, parsed as downloaded, made in the page', async () => {
    const app = await MapApp.open(browser, baseUrl);
    const list = await app.openList();
    const section = list.locator('.data-download');
    // The code that writes the files is not loaded before it is asked for.
    expect(browser.requests.some((u) => /data-download/.test(u))).toBe(false);
    const before = browser.requests.length;
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
    expect(statements.some((r) => r.text.includes(',') && r.text.includes('’'))).toBe(true);
    const events = rows.filter((r) => r.type === 'event');
    expect(events.length).toBe(data.sites.reduce((n, s) => n + s.dates.length, 0) + data.phases.reduce((n, p) => n + p.actual.length, 0));
    // Made from the data already in the page: the only requests were for the writer's code, on this server.
    const during = browser.requests.slice(before);
    expect(during.every((u) => u.startsWith(baseUrl) && u.endsWith('.js')), during.join('\n')).toBe(true);
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
    const app = await MapApp.open(browser, baseUrl, '#phase=3&site=redzikowo');
    await app.waitForMapIdle();
    await app.openShare();
    const link = await app.shareField('share-link');
    const field = (f: string) => app.page.getByTestId(f === 'plain' ? 'share-citation' : `share-citation-${f}`).inputValue();
    const cites = Object.fromEntries(await Promise.all(['plain', 'apa', 'mla', 'chicago', 'bibtex'].map(async (f) => [f, await field(f)])));
    for (const c of Object.values(cites)) {
      expect(c).toContain(link);
      expect(c).toMatch(/Facts checked on \d+ \w+ \d{4}\./);
    }
    expect(cites.apa).toMatch(/^EPAA missile-defence map\. \(n\.d\.\)\. .*\[Interactive map\]\..* Retrieved \w+ \d+, \d{4}, from /);
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

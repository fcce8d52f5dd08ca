// Hostile URLs: random and hostile hashes in the running app, and hostile briefing, embed and
// query strings. Each test fails if its protection is removed. Only the page's state and its
// markup are under test here, so the live map's code is held back and the static first view
// stands in for it (the same site buttons, panel and URL).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fc from 'fast-check';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp } from './support/app';
import { MARKUP, injected } from './support/injection';
import { parseHashState, serializeHashState } from '../../src/state/url-state';
import { viewAt as parseHash } from '../unit/helpers';

const baseUrl = inject('baseUrl');
const known = { sites: new Set(['deveselu', 'redzikowo', 'kurecik', 'rota', 'ramstein']), phases: new Set([1, 2, 3, 4]) };

const hostile = fc.oneof(
  fc.constantFrom(MARKUP, encodeURIComponent(MARKUP), 'javascript:window.__pwned=1', '"><svg onload=window.__pwned=1>', 'NaN', '-0', '1e999', '%E0%A4%A', '\u202e'),
  fc.string({ unit: 'grapheme' }),
  fc.double().map(String),
);
const hashOf = (keys: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(keys, hostile), { maxLength: 6 }).map((pairs) => '#' + pairs.map(([k, v]) => `${k}=${v}`).join('&'));
// In-page: the keys of the map view (briefing and embed keys change the whole layout: below).
const viewHashes = hashOf(fc.constantFrom('site', 'phase', 'map', 'fixed', 'panel', 'presenter', 'layers', 'x'));
const hashes = hashOf(fc.constantFrom('site', 'phase', 'map', 'tour', 'embed', 'fixed', 'panel', 'presenter', 'x'));

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser({ liveMap: false });
});
afterAll(async () => {
  await browser.close();
});

// One page for the tests that start from the default view (each takes it back there first).
const defaultView = MapApp.sharedDefaultView(() => browser, baseUrl);

describe('hostile URLs', () => {
  it('1,000 random and hostile hashes in the running app: no error, no markup, only valid state applied', async () => {
    const app = await defaultView();
    const page = app.page;
    // Ten batches of a hundred hashes, drawn by fast-check: a failure reports the seed to replay.
    await fc.assert(
      fc.asyncProperty(fc.array(viewHashes, { minLength: 100, maxLength: 100 }), async (batch) => {
        // The hashes as the browser keeps them (it percent-encodes some characters in a URL).
        const given = await page.evaluate((list) => list.map((h) => (history.replaceState(null, '', h), location.hash)), batch);
        // What the app should show and write back for each: exactly the valid part of what it got
        // (the URL's whole state, cleaned, as the app writes it; the view checked below).
        const wants = given.map((h) => parseHash(h, known));
        const expected = given.map((h, i) => ({ hash: batch[i]!, written: serializeHashState(parseHashState(h, known), h), site: wants[i]!.site }));
        const results = await page.evaluate(async (list) => {
          const panel = () => document.querySelector('[data-site-details]')?.getAttribute('data-site-details') ?? null;
          const parts = (h: string) => h.replace(/^#/, '').split('&').filter(Boolean).sort().join('&');
          const out: { applied: string; panel: string | null; settled: boolean }[] = [];
          for (const { hash, written, site } of list) {
            history.replaceState(null, '', hash);
            window.dispatchEvent(new HashChangeEvent('hashchange'));
            // Until the panel shows it and the URL holds the cleaned view, in any order of keys.
            // Each turn yields to the page's own tasks; a hash not settled in 10 s ends the batch.
            const giveUp = performance.now() + 10_000;
            let settled = false;
            while (!(settled = panel() === site && parts(location.hash) === parts(written)) && performance.now() < giveUp) {
              await new Promise((r) => setTimeout(r, 0));
            }
            out.push({ applied: location.hash, panel: panel(), settled });
            if (!settled) break;
          }
          return out;
        }, expected);
        for (const [i, r] of results.entries()) {
          const about = `hash ${JSON.stringify(batch[i])}`;
          expect(parseHash(r.applied, known), about).toEqual(wants[i]);
          expect(r.panel, about).toBe(wants[i]!.site);
          expect(r.settled, `${about}: the URL held ${JSON.stringify(r.applied)}, not ${JSON.stringify(expected[i]!.written)}`).toBe(true);
        }
        expect(results).toHaveLength(batch.length);
      }),
      { numRuns: 10, endOnFailure: true },
    );
    expect(await injected(page)).toEqual({ pwned: 0, elements: 0 });
    expect(browser.pageErrors).toEqual([]);
  });

  it('hostile briefing, embed and query strings: every page still comes up, with no markup', async () => {
    const page = await browser.context.newPage();
    await fc.assert(
      fc.asyncProperty(fc.tuple(hashes, hashes), async ([h, q]) => {
        await page.goto(`${baseUrl}?${q.slice(1)}${h}`);
        await page.locator('.app, .embed, .briefing, .presenter').first().waitFor();
        expect(await injected(page)).toEqual({ pwned: 0, elements: 0 });
      }),
      { numRuns: 40, endOnFailure: true },
    );
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  });
});

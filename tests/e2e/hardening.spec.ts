// Markup in data, a strict CSP, no WebGL and lost contexts, long sessions, and no network at all.
// Each test fails if its protection is removed. (Hostile URLs: hostile-urls.spec.ts.)
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp } from './support/app';
import { MARKUP, injected } from './support/injection';
import { Briefing } from './support/briefing';
import { serve } from '../../scripts/serve.mjs';

const baseUrl = inject('baseUrl');
const root = new URL('../../', import.meta.url).pathname;
const known = { sites: new Set(['deveselu', 'redzikowo', 'kurecik', 'rota', 'ramstein']), phases: new Set([1, 2, 3, 4]) };

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser.close();
});

// One page for the tests that start from the default view (each takes it back there first).
const defaultView = MapApp.sharedDefaultView(() => browser, baseUrl);

describe('no HTML injection from data', () => {
  it('markup in every text field of every data file is shown as text', async () => {
    const TEXT_FIELDS = new Set(['name', 'fullName', 'country', 'role', 'system', 'status', 'statusCertainty', 'positionCertainty', 'certainty', 'text', 'title', 'interceptor', 'sensors', 'outcomeSummary', 'quote', 'speaker', 'linkNote', 'publisher', 'note', 'notes', 'term', 'expansion', 'definition', 'label', 'translation', 'centreLabel', 'centreNote', 'change', 'reason']);
    const poison = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(poison);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' && TEXT_FIELDS.has(k) ? `${x} ${MARKUP}` : poison(x)]));
      return v;
    };
    const poisoned = await openBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      await poisoned.context.route(/\/(sites|phases|statements|sources|tour|glossary|ranges|corrections|ro)-[^/]*\.(json|geojson)$/, async (route) => {
        const res = await route.fetch();
        return route.fulfill({ response: res, body: JSON.stringify(poison(await res.json())) });
      });
      // Ranges and lines on, Romanian content (its translations and glossary poisoned too), list view.
      const app = await MapApp.open(poisoned, baseUrl, '#lang=ro&layers=interceptor,radar,naval,command,ranges,lines');
      await app.waitForMapIdle();
      await app.page.getByTestId('ring-sejjil-2').waitFor({ state: 'attached' });
      await app.page.getByTestId('illustrative-info').waitFor();
      await app.page.locator('[data-view="list"]').click();
      await app.page.getByTestId('list-view').waitFor();
      expect(await app.page.getByTestId('list-view').innerText()).toContain('<img');
      await app.page.locator('[data-view="map"]').click();
      for (const id of known.sites) {
        await app.listItem(id).click();
        await app.panel().waitFor();
      }
      for (const n of [1, 2, 3, 4]) await app.choosePhase(n);
      await app.page.locator('.sidebar details summary').click();
      const text = await app.page.locator('body').innerText();
      expect(text).toContain('<b class="injected">b</b>');
      expect(await injected(app.page)).toEqual({ pwned: 0, elements: 0 });
      // The briefing shows tour text too.
      await app.page.evaluate(() => (location.hash = '#tour=2'));
      const b = new Briefing(app.page);
      await b.waitForStep(2);
      expect(await b.title()).toContain('<script>');
      expect(await injected(app.page)).toEqual({ pwned: 0, elements: 0 });
    } finally {
      await poisoned.close();
    }
  });

  it('no component writes HTML: the source has no innerHTML or dangerouslySetInnerHTML', () => {
    const files = execFileSync('git', ['ls-files', 'src'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    const offenders = files.filter((f) => /innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/.test(readFileSync(`${root}${f}`, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('strict Content Security Policy', () => {
  const CSP =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors *";

  it('the production build works under the policy, with no violation', async () => {
    const server = await serve(`${root}dist`, 0, { headers: { 'content-security-policy': CSP } });
    const strict = await openBrowser({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    try {
      await strict.context.addInitScript(() => {
        (window as unknown as { __violations: string[] }).__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const page = await strict.context.newPage();
      const app = new MapApp(page, server.url);
      await page.goto(`${server.url}#site=deveselu`);
      await app.waitForMapIdle();
      expect(await app.markerIds()).toHaveLength(5);
      await app.choosePhase(3);
      // Share, with an exported image; then the briefing and its handout.
      await app.openShare();
      expect((await app.downloadPng()).name).toMatch(/\.png$/);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Present' }).click();
      const b = new Briefing(page);
      await b.waitForStep(1);
      await b.waitForMapIdle();
      await page.keyboard.press('ArrowRight');
      await b.waitForStep(2);
      await page.getByRole('button', { name: 'Handout' }).click();
      await page.locator('.handout[data-ready="true"]').waitFor({ timeout: 120_000 });
      expect(await page.locator('.handout-step img').first().evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      expect(strict.pageErrors).toEqual([]);
    } finally {
      await strict.close();
      await server.close();
    }
  });

  it('the same check catches a violation (the test can fail)', async () => {
    const server = await serve(`${root}dist`, 0, { headers: { 'content-security-policy': CSP.replace("script-src 'self'", "script-src 'none'") } });
    const strict = await openBrowser();
    try {
      await strict.context.addInitScript(() => {
        (window as unknown as { __violations: string[] }).__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violations: string[] }).__violations.push(e.violatedDirective));
      });
      const page = await strict.context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
    } finally {
      await strict.close();
      await server.close();
    }
  });
});

describe('without WebGL, and when the context is lost', () => {
  it('with WebGL off, the static map shows the sites and they open their panels', async () => {
    const plain = await openBrowser({ args: ['--disable-webgl', '--disable-3d-apis'] });
    try {
      const app = await MapApp.open(plain, baseUrl);
      const img = app.page.locator('.static-map img');
      await img.waitFor();
      await app.page.waitForFunction(() => (document.querySelector('.static-map img') as HTMLImageElement).naturalWidth > 0);
      // Placed like the live map: west to east, north to south.
      const x = async (id: string) => (await app.marker(id).locator('svg').boundingBox())!;
      expect((await x('rota')).x).toBeLessThan((await x('ramstein')).x);
      expect((await x('redzikowo')).y).toBeLessThan((await x('deveselu')).y);
      // Phase 2 hides the later site here too.
      await app.choosePhase(2);
      await app.marker('redzikowo').waitFor({ state: 'detached' });
      await app.marker('deveselu').click();
      expect(await app.panelTitle()).toBe('Deveselu, Romania');
    } finally {
      await plain.close();
    }
  });

  it('a lost WebGL context shows the static map; a restored one resumes the live map', async () => {
    const app = await defaultView();
    await app.page.evaluate(() => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
    });
    await app.page.locator('.context-lost .static-map').waitFor();
    await app.page.locator('.context-lost .site-marker[data-site="rota"]').click();
    expect(await app.panelTitle()).toBe('Rota, Spain');
    await app.page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await app.page.locator('.context-lost').waitFor({ state: 'detached' });
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    await app.page.waitForFunction(() => location.hash.includes('map='));
    await app.waitForMapIdle();
    const shares = await app.colourShares({ land: '#f3efe6' });
    expect(shares.land).toBeGreaterThan(0.1);
  });
});

describe('long sessions', () => {
  it('entering and leaving the briefing 4 times leaves no listeners, WebGL contexts or fonts behind', async () => {
    const page = await browser.context.newPage();
    // Every WebGL context the page makes, to count those still alive at the end.
    await page.addInitScript(() => {
      const made: WebGLRenderingContext[] = [];
      (window as unknown as { __gl: WebGLRenderingContext[] }).__gl = made;
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        const ctx = (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
        if (ctx && /webgl/.test(type) && !made.includes(ctx as WebGLRenderingContext)) made.push(ctx as WebGLRenderingContext);
        return ctx;
      } as typeof getContext;
    });
    await page.goto(baseUrl);
    const app = new MapApp(page, baseUrl);
    await app.waitForMapIdle();
    const cdp = await browser.context.newCDPSession(app.page);
    const listeners = async () => {
      const counts: number[] = [];
      for (const expr of ['window', 'document']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
        const { listeners: l } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
        counts.push(l.length);
      }
      return counts;
    };
    const resources = () =>
      page.evaluate(() => ({
        fonts: document.fonts.size,
        liveContexts: (window as unknown as { __gl: WebGLRenderingContext[] }).__gl.filter((gl) => !gl.isContextLost()).length,
      }));
    const warnings: string[] = [];
    app.page.on('console', (m) => /WebGL contexts|context lost/i.test(m.text()) && warnings.push(m.text()));
    const before = await listeners();
    const resourcesBefore = await resources();
    expect(resourcesBefore.liveContexts).toBe(1);
    // Four rounds: a listener, font or context left by a round shows in the counts below, which
    // must equal those before the first (a leak of one per round would show as four).
    for (let i = 0; i < 4; i++) {
      await app.page.getByRole('button', { name: 'Present' }).click();
      await app.page.locator('.briefing .map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
      await app.page.keyboard.press('Escape');
      await app.waitForMapIdle();
    }
    expect(await listeners()).toEqual(before);
    // Each map removed gave back its WebGL context and the fonts MapLibre registered for it.
    expect(await resources()).toEqual(resourcesBefore);
    // Nor did Chromium have to drop a context to make room (it warns when it does).
    expect(warnings).toEqual([]);
    expect(await app.page.locator('canvas').count()).toBe(1);
    await app.page.close();
  }, 300_000); // nine maps drawn to idle in software: a minute or more on a busy machine
});

describe('offline proof', () => {
  it('server and browser in a network namespace with only loopback: the full app works', () => {
    const out = execFileSync('unshare', ['-rn', 'sh', '-c', `ip link set lo up && node ${root}scripts/offline-check.mjs`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(out).toMatch(/offline check passed/);
  }, 150_000);
});

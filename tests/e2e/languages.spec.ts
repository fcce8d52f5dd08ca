// Every language all the way, in a real browser: the fonts Chromium really draws the page and the
// map's labels with, the labels' language (and a switch that relabels the same map), the font
// files and strings a first view downloads, the tour and the presenter's window, the exported
// image, the share link and snippet, and the one-file briefing, in English, Română, Polski,
// Türkçe and Русский.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { closeOffline, openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { MapApp, STATE_TIMEOUT, downloaded } from './support/app';
import { Briefing } from './support/briefing';
import { en } from '../../src/i18n/messages/en';
import { ro } from '../../src/i18n/messages/ro';
import { pl } from '../../src/i18n/messages/pl';
import { tr } from '../../src/i18n/messages/tr';
import { ru } from '../../src/i18n/messages/ru';
import type { Lang } from '../../src/i18n/languages';
import { LANGUAGE_SUBSETS, NOT_IN_NOTO } from '../../src/theme/fonts';

const baseUrl = inject('baseUrl');
const LANGS: Lang[] = ['en', 'ro', 'pl', 'tr', 'ru'];
const STRINGS = { en, ro, pl, tr, ru };
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const TOUR = read('geodata/tours/briefing.json').steps as { id: string; title: string }[];
const CONTENT = Object.fromEntries(LANGS.filter((l) => l !== 'en').map((l) => [l, read(`geodata/i18n/${l}.json`)])) as Record<
  string,
  { tours: { id: string; steps: { id: string; title: string }[] }[]; countries: { id: string; name: string }[]; sites: { id: string; name?: string }[]; places: { id: string; name: string }[] }
>;
/** The reference places' names in a language: their labels are drawn on the map too. */
const PLACES = read('geodata/places.json') as { id: string; name: string }[];
const placeNames = (lang: Lang) => (lang === 'en' ? PLACES : CONTENT[lang]!.places).map((p) => p.name);
const LABELS = (read('geodata/basemap/labels.geojson') as { features: { properties: { name: string; iso2: string } }[] }).features.map((f) => f.properties);

/** A step's title in a language, from the data the app reads. */
const stepTitle = (lang: Lang, index: number) => (lang === 'en' ? TOUR[index]!.title : CONTENT[lang]!.tours.find((t) => t.id === 'briefing')!.steps.find((t) => t.id === TOUR[index]!.id)!.title);

/**
 * In every page, from its first byte: each canvas text the page draws (the PNG export) with its
 * font and whether that font's faces for the text were loaded at that moment; each glyph MapLibre
 * rasterizes for its labels (TinySDF draws one glyph at a time on an OffscreenCanvas, with the CSS
 * family of the font file that covers it); and how many WebGL contexts were made.
 */
function recorder() {
  const w = window as unknown as { __text: { text: string; font: string; ready: boolean }[]; __glyphs: { text: string; font: string }[]; __webgl: number };
  w.__text = [];
  w.__glyphs = [];
  w.__webgl = 0;
  const fill2d = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text: string, ...rest: [number, number, number?]) {
    w.__text.push({ text: String(text), font: this.font, ready: document.fonts.check(this.font, String(text)) });
    return fill2d.call(this, text, ...rest);
  };
  const fillOff = OffscreenCanvasRenderingContext2D.prototype.fillText;
  OffscreenCanvasRenderingContext2D.prototype.fillText = function (text: string, ...rest: [number, number, number?]) {
    w.__glyphs.push({ text: String(text), font: this.font });
    return fillOff.call(this, text, ...rest);
  };
  const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, kind: string, options?: unknown) => RenderingContext | null;
  (HTMLCanvasElement.prototype as { getContext: unknown }).getContext = function (this: HTMLCanvasElement, kind: string, options?: unknown) {
    if (/webgl/.test(kind)) w.__webgl++;
    return getContext.call(this, kind, options);
  };
}

interface FontReport {
  /** Glyphs drawn, by the platform font's family name. */
  families: Record<string, number>;
  /** Elements whose own text was drawn (in part) in another font: "font: text". */
  others: string[];
  /** Elements looked at. */
  elements: number;
}

/**
 * The fonts Chromium really used for the text directly inside each rendered element under
 * `selector`, from the DevTools protocol (CSS.getPlatformFontsForNode). Elements whose text has a
 * character no Noto Sans file has (the briefing's arrows) are left out, and counted apart.
 */
async function platformFonts(page: Page, selector: string): Promise<FontReport & { skipped: number }> {
  // Layout first, then every font file that layout asked for.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const { texts, skipped } = await page.evaluate(
    ({ selector, symbols }) => {
      for (const el of document.querySelectorAll('[data-font-probe]')) el.removeAttribute('data-font-probe');
      const texts: string[] = [];
      let skipped = 0;
      for (const root of document.querySelectorAll(selector)) {
        for (const el of [root, ...root.querySelectorAll('*')]) {
          const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
          if (!own || el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
          if ([...own].some((ch) => symbols.includes(ch))) {
            skipped++;
            continue;
          }
          el.setAttribute('data-font-probe', String(texts.length));
          texts.push(own);
        }
      }
      return { texts, skipped };
    },
    { selector, symbols: [...NOT_IN_NOTO] },
  );
  const cdp = await page.context().newCDPSession(page);
  const report: FontReport = { families: {}, others: [], elements: 0 };
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-probe]' });
    for (const nodeId of nodeIds) {
      // An element the page replaced since it was marked (a loading message giving way to what
      // loaded) is no longer on screen: nothing of it is drawn, so there is no font to check.
      const read = await Promise.all([cdp.send('DOM.getAttributes', { nodeId }), cdp.send('CSS.getPlatformFontsForNode', { nodeId })]).catch((e: Error) => {
        if (/Could not find node/.test(e.message)) return null;
        throw e;
      });
      if (!read) continue;
      const [{ attributes }, { fonts }] = read;
      const text = texts[Number(attributes[attributes.indexOf('data-font-probe') + 1])] ?? '';
      report.elements++;
      for (const f of fonts) {
        report.families[f.familyName] = (report.families[f.familyName] ?? 0) + f.glyphCount;
        if (f.familyName !== 'Noto Sans') report.others.push(`${f.familyName}: ${text.slice(0, 60)}`);
      }
    }
  } finally {
    await cdp.detach();
  }
  return { ...report, skipped };
}

/**
 * The glyphs MapLibre rasterized for its labels so far, and by the CSS family it drew them with
 * (one family per font file: each covers its own subset).
 */
async function labelGlyphs(page: Page): Promise<{ chars: Set<string>; byFamily: Map<string, Set<string>> }> {
  const glyphs = await page.evaluate(() => (window as unknown as { __glyphs: { text: string; font: string }[] }).__glyphs);
  const byFamily = new Map<string, Set<string>>();
  for (const g of glyphs) {
    const family = /^\S+\s+([^,]+)/.exec(g.font)![1]!.trim().replace(/^["']|["']$/g, '');
    if (!byFamily.has(family)) byFamily.set(family, new Set());
    byFamily.get(family)!.add(g.text);
  }
  return { chars: new Set(glyphs.map((g) => g.text)), byFamily };
}

/**
 * The fonts Chromium uses for the map label font: each family MapLibre drew glyphs with must be a
 * FontFace MapLibre registered and loaded; the glyphs drawn with each family, set in exactly that
 * family (no fallback in the stack), must be drawn in Noto Sans, per CSS.getPlatformFontsForNode.
 */
async function labelFontReport(page: Page): Promise<{ faces: string[]; report: FontReport & { skipped: number } }> {
  const { byFamily } = await labelGlyphs(page);
  const families = [...byFamily].map(([family, chars]) => ({ family, text: [...chars].filter((c) => c.trim()).join('') }));
  const faces = await page.evaluate(
    (names) => [...document.fonts].filter((f) => names.includes(f.family)).map((f) => `${f.family} ${f.status}`),
    families.map((f) => f.family),
  );
  await page.evaluate(
    (families) => {
      document.getElementById('label-font-probe')?.remove();
      const probe = document.createElement('div');
      probe.id = 'label-font-probe';
      probe.setAttribute('aria-hidden', 'true');
      Object.assign(probe.style, { position: 'fixed', left: '0', top: '0', zIndex: '99', background: '#fff' });
      for (const { family, text } of families) {
        const span = document.createElement('span');
        span.style.fontFamily = `'${family}'`;
        span.textContent = text;
        probe.append(span);
      }
      document.body.append(probe);
    },
    families,
  );
  const report = await platformFonts(page, '#label-font-probe');
  await page.evaluate(() => document.getElementById('label-font-probe')?.remove());
  return { faces, report };
}

/** The labels the map should draw in a language: the basemap's English, or CLDR's (the browser's) unless the policy sets one. */
async function expectedLabels(page: Page, lang: Lang): Promise<Map<string, string>> {
  const overrides = lang === 'en' ? [] : CONTENT[lang]!.countries.map((c) => [c.id, c.name]);
  const pairs = await page.evaluate(
    ({ lang, labels, overrides }) => {
      const own = new Map(overrides as [string, string][]);
      const cldr = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      return labels.map((l) => [l.iso2, (lang === 'en' ? l.name : (own.get(l.iso2) ?? cldr.of(l.iso2) ?? l.name)).toLocaleUpperCase(lang)] as [string, string]);
    },
    { lang, labels: LABELS, overrides },
  );
  return new Map(pairs);
}

/** The subsets of Noto Sans whose files the page fetched, from request URLs. */
const subsetsIn = (urls: string[]) => [...new Set(urls.map((u) => /noto-sans-(latin-ext|latin|cyrillic)-\d+-normal/.exec(u)?.[1]).filter(Boolean))].sort();
/** The other languages' interface chunks and content files fetched. */
const foreignStrings = (urls: string[], lang: Lang) => urls.filter((u) => /\/assets\/(en|ro|pl|tr|ru)-[\w-]+\.(js|json)$/.exec(u)?.[1] !== undefined && !new RegExp(`/assets/${lang}-`).test(u));

let browser: Browser;
/** The same browser with the live map held back: for tests of the page, not of the drawn map. */
let still: Browser;
beforeAll(async () => {
  browser = await openBrowser({ acceptDownloads: true });
  still = await openBrowser({ acceptDownloads: true, liveMap: false });
  await browser.context.addInitScript(recorder);
});
afterAll(async () => {
  await closeOffline(still, baseUrl);
  await closeOffline(browser, baseUrl);
});

describe.each(LANGS)('%s, all the way', (lang) => {
  const t = STRINGS[lang];

  it('the first view fetches its own font subsets and strings only; page text and map labels are drawn in Noto Sans, the labels in the language; the PNG is in it too', async () => {
    const from = browser.requests.length;
    const app = await MapApp.open(browser, baseUrl, `#lang=${lang}`);
    const page = app.page;
    try {
      await app.waitForMapIdle();
      await page.locator(`.map[data-labels="${lang}"]`).waitFor({ state: 'attached', timeout: STATE_TIMEOUT });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);

      // First view: the font files of the language's script, its strings, nothing of the others'.
      const firstView = browser.requests.slice(from);
      expect(subsetsIn(firstView), 'font subsets fetched').toEqual([...LANGUAGE_SUBSETS[lang]].sort());
      expect(foreignStrings(firstView, lang), "other languages' strings").toEqual([]);
      if (lang !== 'en') expect(firstView.some((u) => new RegExp(`/assets/${lang}-[\\w-]+\\.json$`).test(u)), 'its content translations').toBe(true);

      // The page's text, all of it, in Noto Sans.
      const pageFonts = await platformFonts(page, 'body');
      expect(pageFonts.elements).toBeGreaterThan(40);
      expect(pageFonts.others, 'page text in another font').toEqual([]);
      expect(Object.keys(pageFonts.families)).toEqual(['Noto Sans']);

      // The map's labels: the names given are the language's (CLDR's through Intl.DisplayNames, or the
      // policy's); every glyph drawn belongs to them, and all of Poland's, Germany's and Romania's are drawn.
      const labels = await expectedLabels(page, lang);
      const { chars } = await labelGlyphs(page);
      const allowed = new Set([...labels.values(), ...placeNames(lang)].join(''));
      expect([...chars].filter((c) => c.trim() && !allowed.has(c)), 'glyphs from no label of this language').toEqual([]);
      for (const code of ['PL', 'DE', 'RO']) expect([...labels.get(code)!].filter((c) => c.trim() && !chars.has(c)), `${code}: ${labels.get(code)}`).toEqual([]);
      if (lang === 'ru') expect([...chars].filter((c) => /[A-Z]/.test(c)), 'no Latin capitals on a Russian map').toEqual([]);
      if (lang !== 'en') {
        const cldr = await page.evaluate((lang) => new Intl.DisplayNames([lang], { type: 'region' }).of('PL')!.toLocaleUpperCase(lang), lang);
        expect(labels.get('PL')).toBe(cldr);
        expect(cldr).not.toBe('POLAND');
      }
      // ... and the font MapLibre drew them with is Noto Sans: its registered files, loaded.
      const labelFont = await labelFontReport(page);
      expect(labelFont.faces.length).toBeGreaterThan(0);
      expect(labelFont.faces.every((f) => f.endsWith(' loaded')), labelFont.faces.join(', ')).toBe(true);
      expect(labelFont.report.others, 'label glyphs in another font').toEqual([]);
      expect(Object.keys(labelFont.report.families)).toEqual(['Noto Sans']);

      // A site's panel (more text, in more of the script): Noto Sans too.
      await app.marker('kurecik').click();
      await app.panel().waitFor();
      const panelFonts = await platformFonts(page, '[data-testid="panel"]');
      expect(panelFonts.others, 'panel text in another font').toEqual([]);
      if (lang === 'ru') {
        expect(await app.panelTitle()).toContain('Кюреджик');
        expect(await page.getByTestId('site-local-name').textContent()).toBe('Kürecik');
      } else expect(await page.getByTestId('site-local-name').count()).toBe(0);

      // The PNG: title, legend, note and credits in the language, each drawn with its faces loaded.
      await page.evaluate(() => ((window as unknown as { __text: unknown[] }).__text.length = 0));
      await page.getByRole('button', { name: t.share.button, exact: true }).click();
      await page.locator('dialog.share-dialog[open]').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 80_000 }),
        page.getByRole('button', { name: t.share.downloadPng }).click(),
      ]);
      expect((await downloaded(download)).subarray(1, 4).toString()).toBe('PNG');
      const drawn = await page.evaluate(() => (window as unknown as { __text: { text: string; font: string; ready: boolean }[] }).__text);
      // The title: the image's largest bold text (its lines, as wrapped).
      const size = (font: string) => Number(/^(?:700|bold) ([\d.]+)px/.exec(font)?.[1] ?? 0);
      const largest = Math.max(...drawn.map((d) => size(d.font)));
      expect(drawn.filter((d) => size(d.font) === largest).map((d) => d.text).join(' ')).toBe(t.title);
      const texts = drawn.map((d) => d.text).join(' ');
      expect(texts).toContain(t.kinds.interceptor);
      expect(texts.replace(/\s+/g, ' ')).toContain(t.illustrative.split(' ').slice(0, 4).join(' '));
      expect(drawn.filter((d) => !d.ready).map((d) => `${d.font}: ${d.text}`), 'drawn before its font was loaded').toEqual([]);
      expect(drawn.every((d) => /Noto Sans/.test(d.font))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("the tour's steps, captions and the presenter's window are in the language", async () => {
    const b = await Briefing.open(still, baseUrl, `#tour=1&lang=${lang}`);
    try {
      const caption = await platformFonts(b.page, '.briefing-caption');
      expect(caption.others, 'caption text in another font').toEqual([]);
      // Every step's title, step by step as a presenter moves on.
      const titles: string[] = [];
      for (let step = 1; step <= TOUR.length; step++) {
        if (step > 1) await b.page.keyboard.press('ArrowRight');
        await b.waitForStep(step);
        titles.push(await b.title());
      }
      expect(titles).toEqual(TOUR.map((_, i) => stepTitle(lang, i)));
      if (lang !== 'en') expect(titles.filter((title, i) => title === TOUR[i]!.title), 'steps left in English').toEqual([]);
    } finally {
      await b.page.close();
    }

    const presenter = await still.context.newPage();
    try {
      await presenter.goto(`${baseUrl}#tour=3&presenter=1&lang=${lang}`);
      await presenter.locator('.presenter[data-step="3"]').waitFor();
      expect(await presenter.locator('#presenter-current-title').textContent()).toBe(stepTitle(lang, 2));
      expect(await presenter.locator('.presenter-next-title').textContent()).toBe(stepTitle(lang, 3));
    } finally {
      await presenter.close();
    }
  });
});

describe('on a phone', () => {
  it('the title is whole, on at most two lines beside the menu, in every language', async () => {
    const phone = await openBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, liveMap: false });
    try {
      const page = await phone.context.newPage();
      for (const lang of LANGS) {
        await page.goto('about:blank');
        await page.goto(`${baseUrl}#lang=${lang}`);
        const title = page.locator('.app-header h1');
        await expect.poll(() => title.textContent()).toBe(STRINGS[lang].title);
        const shown = await title.evaluate((h) => {
          const style = getComputedStyle(h);
          const menu = document.querySelector('.menu-button')!.getBoundingClientRect();
          return {
            cut: h.scrollWidth > h.clientWidth + 1 || h.scrollHeight > h.clientHeight + 1 || style.textOverflow === 'ellipsis',
            lines: Math.round(h.getBoundingClientRect().height / parseFloat(style.lineHeight)),
            tallerThanMenu: h.getBoundingClientRect().height > menu.height + 1,
          };
        });
        expect(shown.cut, lang).toBe(false);
        expect(shown.lines, lang).toBeLessThanOrEqual(2);
        expect(shown.tallerThanMenu, lang).toBe(false);
      }
    } finally {
      await phone.close();
    }
  });
});

describe('switching language', () => {
  it('relabels the live map without making a new one', async () => {
    const app = await MapApp.open(browser, baseUrl, '#lang=en');
    const page = app.page;
    try {
      await app.waitForMapIdle();
      await page.locator('.map[data-labels="en"]').waitFor({ state: 'attached' });
      expect((await labelGlyphs(page)).chars.has('P')).toBe(true);
      // Mark the map's canvas: a new map would bring a new one (and a new WebGL context).
      const before = await page.evaluate(() => {
        (document.querySelector('.maplibregl-canvas') as HTMLCanvasElement & { __probe?: boolean }).__probe = true;
        return (window as unknown as { __webgl: number }).__webgl;
      });
      await page.getByTestId('language').selectOption('ru');
      await page.locator('.map[data-labels="ru"]').waitFor({ state: 'attached' });
      await app.waitForMapIdle();
      const polska = (await expectedLabels(page, 'ru')).get('PL')!;
      await expect
        .poll(async () => {
          const { chars } = await labelGlyphs(page);
          return [...polska].filter((c) => c.trim() && !chars.has(c));
        })
        .toEqual([]);
      const after = await page.evaluate(() => ({
        same: (document.querySelector('.maplibregl-canvas') as HTMLCanvasElement & { __probe?: boolean }).__probe === true,
        canvases: document.querySelectorAll('.maplibregl-canvas').length,
        webgl: (window as unknown as { __webgl: number }).__webgl,
      }));
      expect(after).toEqual({ same: true, canvases: 1, webgl: before });
      // And back: the English names again, the same map.
      await page.getByTestId('language').selectOption('en');
      await page.locator('.map[data-labels="en"]').waitFor({ state: 'attached' });
      expect(await page.evaluate(() => (document.querySelector('.maplibregl-canvas') as HTMLCanvasElement & { __probe?: boolean }).__probe)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("the briefing's language menu retranslates the tour, and the presenter's window follows", async () => {
    const b = await Briefing.open(browser, baseUrl, '#tour=4');
    const presenter = await browser.context.newPage();
    try {
      await presenter.goto(`${baseUrl}#tour=4&presenter=1`);
      await presenter.locator('.presenter[data-step="4"]').waitFor();
      expect(await b.title()).toBe(TOUR[3]!.title);
      await b.page.getByTestId('briefing-language').selectOption('pl');
      await b.page.locator('.briefing-caption h2', { hasText: stepTitle('pl', 3) }).waitFor();
      expect(await b.stepNumber()).toBe(4);
      await presenter.locator('#presenter-current-title', { hasText: stepTitle('pl', 3) }).waitFor();
      expect(await presenter.evaluate(() => document.documentElement.lang)).toBe('pl');
      // Keys typed in the menu are the menu's: the tour stays on its step.
      await b.page.getByTestId('briefing-language').focus();
      await b.page.keyboard.press('ArrowDown');
      await b.page.locator('html[lang="tr"]').waitFor({ state: 'attached' });
      expect(await b.stepNumber()).toBe(4);
      await presenter.locator('#presenter-current-title', { hasText: stepTitle('tr', 3) }).waitFor();
    } finally {
      await presenter.close();
      await b.page.close();
    }
  });
});

describe('what is shared keeps its language', () => {
  it("a reader whose browser chose Russian shares links and a snippet that say so, and a citation in Russian", async () => {
    const russian = await openBrowser({ locale: 'ru-RU', liveMap: false });
    try {
      const app = await MapApp.open(russian, baseUrl, '#site=rota');
      await app.page.locator('html[lang="ru"]').waitFor({ state: 'attached' });
      await app.page.getByRole('button', { name: ru.share.button, exact: true }).click();
      await app.page.locator('dialog.share-dialog[open]').waitFor();
      expect(await app.shareField('share-link')).toMatch(/#site=rota.*&lang=ru$/);
      expect(await app.shareField('share-snippet')).toMatch(/src="[^"]*[#;]lang=ru[&"]/);
      const cite = await app.shareField('share-citation');
      expect(cite).toMatch(/^«.+», .+ \(дата обращения: \d{1,2} [а-я]+ \d{4} г\.\)\.$/);
      expect(cite).toContain('lang=ru');
    } finally {
      await russian.close();
    }
  });

  it('English nobody chose stays out of the link; the snippet names it', async () => {
    const app = await MapApp.open(still, baseUrl, '#site=rota');
    try {
      await app.waitForMapIdle();
      await app.openShare();
      expect(await app.shareField('share-link')).not.toContain('lang=');
      expect(await app.shareField('share-snippet')).toMatch(/src="[^"]*[#;]lang=en[&"]/);
      expect(await app.shareField('share-citation')).toMatch(/\(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)\.$/);
    } finally {
      await app.page.close();
    }
  });
});

describe('the one-file briefing', () => {
  const file = new URL('../../dist-briefing/epaa-briefing.html', import.meta.url);

  it('has every language inside: lang= is honoured, the menu switches, the text is Noto Sans, nothing is fetched', async () => {
    expect(existsSync(file), 'run `npx vite build --mode briefing` first (npm test does)').toBe(true);
    const offline = await openBrowser({ viewport: { width: 1280, height: 800 } });
    try {
      await offline.context.addInitScript(recorder);
      const page = await offline.context.newPage();
      await page.goto(`${file.href}#lang=tr`);
      const b = new Briefing(page);
      await b.waitForStep(1);
      expect(await b.title()).toBe(stepTitle('tr', 0));
      await b.waitForMapIdle();
      await page.locator('.map[data-labels="tr"]').waitFor({ state: 'attached' });
      const turkish = await platformFonts(page, '.briefing-caption');
      expect(turkish.others).toEqual([]);
      for (const next of ['ru', 'ro', 'pl'] as const) {
        await page.getByTestId('briefing-language').selectOption(next);
        await page.locator('.briefing-caption h2', { hasText: stepTitle(next, 0) }).waitFor();
        await page.locator(`.map[data-labels="${next}"]`).waitFor({ state: 'attached' });
        expect((await platformFonts(page, '.briefing-caption')).others, next).toEqual([]);
      }
      // The Russian labels were drawn, in the package's own Noto Sans.
      await b.waitForMapIdle();
      const labelFont = await labelFontReport(page);
      expect(labelFont.report.others).toEqual([]);
      expect([...(await labelGlyphs(page)).chars].some((c) => /[А-Я]/.test(c))).toBe(true);
      expect(offline.requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
      expect(offline.pageErrors).toEqual([]);
    } finally {
      await offline.close();
    }
  });
});

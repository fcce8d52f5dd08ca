// What a real briefing needs beyond the tour itself: a legend on the projected map and on each
// handout page, dimmed sites that survive a washed-out projector, an audience handout without the
// speaker notes and a presenter one with them, link addresses on paper, the dated table of the plan
// against what happened on the step that asks for it, and no text under 14 px in a 1280 x 720 room.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { Briefing } from './support/briefing';
import { axeProblems } from './support/axe';
import { PALETTE } from '../../src/theme/palette';
import { ru } from '../../src/i18n/messages/ru';
import { en } from '../../src/i18n/messages/en';

const baseUrl = inject('baseUrl');
const read = (file: string) => JSON.parse(readFileSync(new URL(`../../geodata/${file}`, import.meta.url), 'utf8'));
const tour = read('tours/briefing.json').steps as { id: string; table?: string; statements: string[] }[];
const phases = read('phases.json') as { id: number; plannedYear: number; outcome: string; actual: { date: string; starts?: string }[] }[];
const N = tour.length;
// The step that asks for the table, by its data (the code names no step).
const planStep = tour.findIndex((s) => s.table === 'plan-vs-actual') + 1;

/** "#rrggbb" as getComputedStyle writes it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

let browser: Browser;
let b: Briefing;
beforeAll(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 720 } });
  b = await Briefing.open(browser, baseUrl, `#tour=${planStep}`);
  await b.waitForMapIdle();
});
afterAll(async () => {
  await browser.close();
});

async function goToStep(n: number): Promise<void> {
  await b.page.evaluate((h) => (location.hash = h), `#tour=${n}`);
  await b.waitForStep(n);
}

/** Every visible piece of text under `min` px: its element, size and the start of its text. */
function textUnder(min: number): Promise<string[]> {
  return b.page.evaluate((floor) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      // Text for screen readers only (1 px boxes) is not seen.
      if (box.width <= 1 || box.height <= 1) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < floor) small.push(`${el.tagName.toLowerCase()}.${el.className}: ${size}px "${text.slice(0, 40)}"`);
    }
    return small;
  }, min);
}

describe('the briefing at 1280 x 720', () => {
  it('has a legend on the map: the kinds of sites shown, with the map’s own symbols, and the pale symbol explained', async () => {
    await goToStep(planStep);
    const legend = b.page.getByRole('group', { name: 'Legend' });
    expect(await legend.count()).toBe(1);
    expect(await legend.isVisible()).toBe(true);
    const onMap = await b.page.locator('.briefing-map .site-marker').evaluateAll((els) =>
      els.map((el) => ({ kind: [...el.classList].find((c) => c.startsWith('kind-'))!.slice(5), dimmed: el.classList.contains('emphasis-earlier'), d: el.querySelector('path')!.getAttribute('d') })),
    );
    const entries = await legend.locator('li').evaluateAll((els) =>
      els.map((el) => ({ kind: el.getAttribute('data-legend-kind')!, dimmed: el.classList.contains('site-legend-dimmed'), text: el.textContent ?? '', d: el.querySelector('path')!.getAttribute('d') })),
    );
    expect(new Set(entries.filter((e) => !e.dimmed).map((e) => e.kind))).toEqual(new Set(onMap.map((m) => m.kind)));
    // The legend draws the symbols the markers draw.
    for (const e of entries) expect(e.d).toBe(onMap.find((m) => m.kind === e.kind)!.d);
    // This step dims the sites it does not name: the legend says what the pale symbol means.
    expect(onMap.some((m) => m.dimmed)).toBe(true);
    const pale = entries.filter((e) => e.dimmed);
    expect(pale).toHaveLength(1);
    expect(pale[0]!.text).toContain('Pale symbol: a site not in this step');
  });

  it('draws dimmed sites opaque, pale and edged in ink, as its legend shows them', async () => {
    const styleOf = (selector: string) =>
      b.page.locator(selector).first().evaluate((el) => {
        const svg = el.closest('svg')!;
        return { fill: getComputedStyle(el).fill, stroke: getComputedStyle(svg).stroke, opacity: getComputedStyle(svg).opacity };
      });
    const kind = await b.page.locator('.site-legend-dimmed').getAttribute('data-legend-kind');
    const marker = await styleOf(`.briefing-map .site-marker.emphasis-earlier.kind-${kind} path`);
    const inLegend = await styleOf('.briefing-legend .site-legend-dimmed path');
    const inFocus = await styleOf(`.briefing-map .site-marker.emphasis-current path`);
    expect(marker.opacity).toBe('1');
    expect(marker.stroke).toBe(rgb(PALETTE.light.ink));
    expect(inFocus.stroke).not.toBe(marker.stroke);
    expect(inLegend).toEqual(marker);
  });

  it('shows the dated plan-versus-actual table on the step that asks for it, and only there', async () => {
    await goToStep(planStep);
    const table = b.page.locator('[data-testid="plan-table"]');
    expect(await table.locator('caption').textContent()).toBe('Each phase: the year it was planned for, and what happened, by date');
    for (const p of phases) {
      const row = table.locator(`tr[data-plan-phase="${p.id}"]`);
      const dates = await row.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
      expect(dates).toEqual([String(p.plannedYear), ...p.actual.filter((e) => e.starts).map((e) => e.date)]);
      const done = p.actual.find((e) => e.starts === 'done');
      if (p.outcome === 'late' && done) expect(await row.textContent()).toContain(`${Number(done.date.slice(0, 4)) - p.plannedYear} years after the planned year`);
      // The row says its outcome once ("Done: January 2012", not "Done / Done: January 2012").
      const outcomeWord = en.outcome[p.outcome as keyof typeof en.outcome];
      expect((await row.locator('td').last().textContent())!.split(outcomeWord).length - 1, `phase ${p.id}`).toBe(1);
    }
    expect(await table.locator('tbody tr').count()).toBe(phases.length);
    // In the room the table is read, not clicked: no source links on it.
    expect(await table.locator('a').count()).toBe(0);
    await goToStep(planStep === 1 ? 2 : 1);
    expect(await b.page.locator('[data-testid="plan-table"]').count()).toBe(0);
  });

  it('has no visible text under 14 px at any step', async () => {
    for (let n = 1; n <= N; n++) {
      await goToStep(n);
      expect(await textUnder(14), `step ${n}`).toEqual([]);
      // A mark of certainty shows its note on focus: that text is read in the room too.
      const mark = b.page.locator('.briefing .certainty-mark');
      if ((await mark.count()) > 0) {
        await mark.first().focus();
        expect(await textUnder(14), `step ${n}, a mark's note`).toEqual([]);
        await mark.first().blur();
      }
    }
  });

  it('speaks the room’s language: the legend, the table and the quotes in Russian, the translation first', async () => {
    await b.page.evaluate((h) => (location.hash = h), `#tour=${planStep}&lang=ru`);
    const legend = b.page.getByRole('group', { name: ru.legendHeading });
    await legend.waitFor();
    expect(await legend.locator('.site-legend-dimmed').textContent()).toContain(ru.exportDetails.dimmedStep);
    expect(await b.page.locator('[data-testid="plan-table"] caption').textContent()).toBe(ru.exportDetails.planCaption);
    // A quote in English: the room reads the Russian first and large, the English after it, smaller but legible.
    const quoted = async () =>
      b.page.locator('.briefing-caption .statement figure').first().evaluate((f) => {
        const parts = [...f.children].filter((e) => e.matches('blockquote, .translation'));
        const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
        return { order: parts.map((e) => (e.matches('blockquote') ? `words:${e.getAttribute('lang')}` : 'translation')), sizes: parts.map(px) };
      });
    const ruQuote = await quoted();
    expect(ruQuote.order).toEqual(['translation', 'words:en']);
    expect(ruQuote.sizes[0]).toBeGreaterThan(ruQuote.sizes[1]!);
    // Legible: at least 14 px even on this 1280 x 720 screen (about 17 px at 1920 x 1080).
    expect(ruQuote.sizes[1]).toBeGreaterThanOrEqual(14);
    expect(await axeProblems(b.page)).toEqual([]);
    await b.page.evaluate((h) => (location.hash = h), `#tour=${planStep}&lang=en`);
    await b.page.getByRole('group', { name: 'Legend' }).waitFor();
    // In the language it was said in, the quote alone.
    expect((await quoted()).order).toEqual(['words:en']);
  });

  it('is clean for axe with the legend and the table', async () => {
    await goToStep(planStep);
    await b.page.locator('[data-testid="plan-table"]').waitFor();
    expect(await axeProblems(b.page)).toEqual([]);
  });
});

describe('the plan step on a projector', () => {
  // English, and Russian: its translations under each quote make the longest step.
  it.each([
    [1280, 720, 'en'],
    [1920, 1080, 'en'],
    [1280, 720, 'ru'],
    [1920, 1080, 'ru'],
  ])('shows the whole step at %i x %i (%s) without scrolling: every statement and the whole table', async (width, height, lang) => {
    await b.page.setViewportSize({ width, height });
    try {
      await b.page.evaluate((h) => (location.hash = h), `#tour=${planStep}&lang=${lang}`);
      // The room's language has arrived: the interface's words and the tour's.
      const title = lang === 'en' ? undefined : (read(`i18n/${lang}.json`) as { tours: { id: string; steps: { id: string; title: string }[] }[] }).tours.find((t) => t.id === 'briefing')!.steps.find((t) => t.id === tour[planStep - 1]!.id)?.title;
      await b.page.locator('[data-testid="plan-table"] caption', { hasText: (lang === 'ru' ? ru : en).exportDetails.planCaption }).waitFor();
      if (title) await b.page.locator('.briefing-caption h2', { hasText: title }).waitFor();
      const seen = await b.page.evaluate(async () => {
        await document.fonts.ready;
        const caption = document.querySelector('.briefing-caption')!;
        const inside = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
        };
        const statements = [...caption.querySelectorAll('.statement')];
        return {
          overflow: caption.scrollHeight - caption.clientHeight,
          statements: statements.length,
          outside: statements.filter((el) => !inside(el)).map((el) => el.textContent!.slice(0, 40)),
          table: inside(document.querySelector('[data-testid="plan-table"]')!),
        };
      });
      expect(seen.overflow).toBeLessThanOrEqual(1);
      expect(seen.statements).toBe(tour[planStep - 1]!.statements.length);
      expect(seen.outside).toEqual([]);
      expect(seen.table).toBe(true);
    } finally {
      await b.page.evaluate((h) => (location.hash = h), `#tour=${planStep}&lang=en`);
      await b.page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});

describe('the handout', () => {
  beforeAll(async () => {
    await goToStep(1);
    await b.page.getByRole('button', { name: 'Handout' }).click();
    await b.page.locator('.handout[data-ready="true"]').waitFor({ timeout: 120_000 });
  });

  it('has a legend on every page, under its map', async () => {
    const pages = await b.page.locator('.handout-step').evaluateAll((els) =>
      els.map((el) => ({ legend: el.querySelector('[role="group"][aria-label="Legend"] li') !== null, afterImage: el.querySelector('img + .handout-legend') !== null })),
    );
    expect(pages).toHaveLength(N);
    expect(pages.every((p) => p.legend && p.afterImage)).toBe(true);
  });

  it('is the audience’s by default, without speaker notes; the presenter’s has them', async () => {
    const audience = b.page.getByRole('radio', { name: 'For the audience (no speaker notes)' });
    expect(await audience.isChecked()).toBe(true);
    expect(await b.page.locator('.handout-notes').count()).toBe(0);
    expect(await b.page.getByRole('heading', { name: 'Speaker notes' }).count()).toBe(0);
    expect(await b.page.locator('.handout-version-line').textContent()).toContain('For the audience');

    await b.page.getByRole('radio', { name: 'For the presenter (with speaker notes)' }).check();
    const notes = await b.page.locator('.handout-notes').allTextContents();
    expect(notes).toHaveLength(N);
    expect(notes.every((n) => n.length > 0)).toBe(true);
    expect(await b.page.locator('.handout-version-line').textContent()).toContain('For the presenter');
    expect(await axeProblems(b.page)).toEqual([]);

    await audience.check();
    expect(await b.page.locator('.handout-notes').count()).toBe(0);
  });

  it('gives the plan step its table with each date’s sources', async () => {
    const table = b.page.locator('.handout-step').nth(planStep - 1).locator('table');
    expect(await table.locator('tbody tr').count()).toBe(phases.length);
    const changes = phases.flatMap((p) => p.actual.filter((e) => e.starts));
    expect(await table.locator('li .source-refs').count()).toBe(changes.length);
  });

  it('prints each link’s address after its text', async () => {
    const links = b.page.locator('.handout a[href^="http"]');
    expect(await links.count()).toBeGreaterThan(0);
    const after = () => links.evaluateAll((els) => els.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })));
    // On screen the link is enough...
    expect((await after()).every((l) => l.after === 'none')).toBe(true);
    await b.page.emulateMedia({ media: 'print' });
    try {
      // ...on paper the address is written out.
      const printed = await after();
      expect(printed.filter((l) => !l.after.includes(l.href))).toEqual([]);
      expect(await b.page.locator('.handout-version').isVisible()).toBe(false);
    } finally {
      await b.page.emulateMedia({ media: null });
    }
  });
});

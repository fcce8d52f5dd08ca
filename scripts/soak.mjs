#!/usr/bin/env node
// `npm run soak`: a long session in Chromium. 300 phase changes, 300 site selections,
// 300 briefing steps, then 30 map mounts and unmounts (entering and leaving the briefing).
// Prints the JS heap after garbage collection before and after, the listener counts on window
// and document, and the canvases left. Figures, not assertions: the browser tests assert the
// deterministic parts (listeners, WebGL contexts).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const N = Number(process.env.SOAK_N ?? 300);
const MOUNTS = Number(process.env.SOAK_MOUNTS ?? 30);
if (!process.argv.includes('--no-build')) execFileSync(`${root}node_modules/.bin/vite`, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
// Serve a snapshot, so a rebuild of dist/ during the long run cannot pull files from under it.
const snapshot = mkdtempSync(join(tmpdir(), 'epaa-soak-'));
cpSync(`${root}dist`, snapshot, { recursive: true });
const server = await serve(snapshot);
const browser = await launch({ viewport: { width: 1280, height: 800 } });
const page = await browser.newPage();
const cdp = await browser.newCDPSession(page);
const warnings = [];
page.on('console', (m) => m.type() === 'warning' && /WebGL/.test(m.text()) && !/GPU stall/.test(m.text()) && warnings.push(m.text()));

async function heapAfterGc() {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * The heap the app's own objects take, from a heap snapshot: everything except V8's compiled code
 * (which grows as functions get optimised, whatever the app keeps) and the browser's own
 * performance-timeline and DevTools records (bounded buffers, and there only because we measure).
 */
async function objectHeapAfterGc() {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const on = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', on);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', on);
  const snap = JSON.parse(chunks.join(''));
  const m = snap.snapshot.meta;
  const NF = m.node_fields.length;
  const [nType, nName, nSize] = ['type', 'name', 'self_size'].map((f) => m.node_fields.indexOf(f));
  const types = m.node_types[nType];
  const excluded = /^(Performance|TaskAttributionTiming|blink::(NetworkResourcesData|ScriptTimingInfo|TextRecord|SoftNavigationContext))/;
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += NF) {
    const type = types[snap.nodes[i + nType]];
    if (type === 'code') continue;
    if (excluded.test(snap.strings[snap.nodes[i + nName]])) continue;
    total += snap.nodes[i + nSize];
  }
  return total;
}
async function listeners() {
  const out = {};
  for (const expr of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
    const list = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners;
    out[expr] = list.length;
    out[`${expr}Types`] = list.map((l) => l.type).sort().join(',');
  }
  return out;
}
const idle = (scope = '') => page.locator(`${scope} .map[data-map-state="idle"]`.trim()).waitFor({ state: 'attached', timeout: 90_000 });

const sites = await (async () => {
  await page.goto(server.url);
  await idle();
  return page.locator('.site-list button[data-site]').evaluateAll((b) => b.map((e) => e.dataset.site));
})();

/** One round of everything the session does; run once to warm up, so that first-use allocations
 * (lazy chunks, tile and glyph caches, Playwright's own page hooks) are not counted as growth. */
// Clicks go through the page's own DOM (element.click()), not Playwright's locators, whose
// actionability checks keep references to the elements they touched and would count as growth.
const click = (selector) => page.evaluate((s) => document.querySelector(s).click(), selector);
const present = () => page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Present').click());

async function round(n, mounts) {
  for (let i = 0; i < n; i++) await click(`.phase-list button[data-phase="${(i % 4) + 1}"]`);
  await click('.phase-all');
  for (let i = 0; i < n; i++) await click(`.site-list button[data-site="${sites[i % sites.length]}"]`);
  await page.keyboard.press('Escape');
  await present();
  await idle('.briefing');
  for (let i = 0; i < n; i++) await page.keyboard.press(i % 22 < 11 ? 'ArrowRight' : 'ArrowLeft');
  await page.keyboard.press('Escape');
  await idle();
  for (let i = 0; i < mounts; i++) {
    await present();
    await idle('.briefing');
    await page.keyboard.press('Escape');
    await idle();
  }
}

await round(22, 1);
const before = { heap: await heapAfterGc(), objects: await objectHeapAfterGc(), listeners: await listeners() };
const t0 = Date.now();

await round(N, MOUNTS);
const after = { heap: await heapAfterGc(), objects: await objectHeapAfterGc(), listeners: await listeners() };
const canvases = await page.locator('canvas').count();
await browser.close();
await server.close();
rmSync(snapshot, { recursive: true, force: true });

const mb = (n) => `${(n / 1048576).toFixed(2)} MiB`;
console.log(`Long session: ${N} phase changes, ${N} site selections, ${N} briefing steps, ${MOUNTS} map mounts/unmounts (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
const growth = (a, b) => `${(((b - a) / a) * 100).toFixed(1)}%`;
console.log(`  JS heap after GC (V8's own figure):   before ${mb(before.heap)}, after ${mb(after.heap)}, growth ${growth(before.heap, after.heap)}`);
console.log(`  objects after GC (without compiled code and timeline records): before ${mb(before.objects)}, after ${mb(after.objects)}, growth ${growth(before.objects, after.objects)}`);
console.log(`  listeners on window/document: before ${before.listeners.window}/${before.listeners.document}, after ${after.listeners.window}/${after.listeners.document}`);
if (after.listeners.windowTypes !== before.listeners.windowTypes) console.log(`  window listener types: ${before.listeners.windowTypes} -> ${after.listeners.windowTypes}`);
console.log(`  canvases left: ${canvases}; WebGL warnings: ${warnings.length}`);

#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse's desktop preset on the production app and on the bench's bare
// MapLibre page, side by side. A second opinion beside `npm run bench`, never a gate: it exits 0
// whatever the scores, and non-zero only when a run itself fails.
//
// Builds both pages as the bench does, serves each from its own local server (scripts/serve.mjs),
// starts Debian's Chromium by path through chrome-launcher (no browser download) with the flags the
// tests use, and runs Lighthouse's Node API against that browser's debugging port. The page and the
// browser can reach only 127.0.0.1 and localhost. LIGHTHOUSE_RUNS (default 1) runs each page that
// many times, alternating which goes first, and prints the medians. The full reports are written to
// lighthouse-results/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { serve } from './serve.mjs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));

const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium found: run `node scripts/ensure-browsers.mjs chromium` or set CHROMIUM_PATH.');

const vite = `${root}node_modules/.bin/vite`;
execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
execFileSync(vite, ['build', '--config', 'bench/vite.config.ts'], { cwd: root, stdio: 'inherit' });

const CATEGORIES = [
  ['performance', 'performance'],
  ['accessibility', 'accessibility'],
  ['best-practices', 'best practices'],
  ['seo', 'SEO'],
];
const METRICS = [
  ['first-contentful-paint', 'FCP', (ms) => `${(ms / 1000).toFixed(2)} s`],
  ['largest-contentful-paint', 'LCP', (ms) => `${(ms / 1000).toFixed(2)} s`],
  ['total-blocking-time', 'TBT', (ms) => `${Math.round(ms)} ms`],
  ['cumulative-layout-shift', 'CLS', (v) => v.toFixed(3)],
];

const app = await serve(`${root}dist`);
const bare = await serve(`${root}dist-bench`);
const chrome = await chromeLauncher.launch({
  chromePath,
  // Software WebGL (SwiftShader) for MapLibre, as Playwright gives the tests; headless as they run.
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new', '--enable-unsafe-swiftshader'],
  logLevel: 'silent',
});

/** @type {Record<'app' | 'bare', any[]>} */
const reports = { app: [], bare: [] };
/** @type {Record<'app' | 'bare', string[]>} */
const html = { app: [], bare: [] };
let failed = null;
try {
  const pages = /** @type {const} */ (['app', 'bare']);
  const urls = { app: app.url, bare: bare.url };
  for (let i = 0; i < RUNS; i++) {
    for (let j = 0; j < pages.length; j++) {
      const which = pages[(i + j) % pages.length];
      const result = await lighthouse(urls[which], { port: chrome.port, logLevel: 'error', output: ['json', 'html'] }, desktopConfig);
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no result for the ${which} page`);
      if (lhr.runtimeError) throw new Error(`Lighthouse could not run on the ${which} page: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      reports[which].push(lhr);
      html[which].push(/** @type {string[]} */ (result.report)[1]);
    }
  }
} catch (error) {
  failed = error;
} finally {
  await chrome.kill();
  await app.close();
  await bare.close();
}
if (failed) {
  console.error(`\nLighthouse run failed: ${failed instanceof Error ? failed.message : failed}`);
  process.exit(1);
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const score = (which, id) => median(reports[which].map((r) => r.categories[id]?.score));
const metric = (which, id) => median(reports[which].map((r) => r.audits[id]?.numericValue));

const rows = [
  ...CATEGORIES.map(([id, label]) => [label, score('app', id).toFixed(2), score('bare', id).toFixed(2)]),
  ...METRICS.map(([id, label, format]) => [label, format(metric('app', id)), format(metric('bare', id))]),
];
const widths = [0, 1, 2].map((c) => Math.max(...[['metric', 'app', 'bare'], ...rows].map((r) => r[c].length)));
const line = (r) => `  ${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}`;
const lhVersion = reports.app[0].lighthouseVersion;
console.log(`\nLighthouse ${lhVersion}, desktop preset, ${RUNS === 1 ? 'one run each' : `median of ${RUNS} runs each`} (${chromePath}):`);
console.log(line(['metric', 'app', 'bare']));
for (const r of rows) console.log(line(r));

// Targets: the app scores at least what the bare page does for performance, and full marks for the rest.
const perf = { app: score('app', 'performance'), bare: score('bare', 'performance') };
const targets = [
  [`performance at least the bare page's (${perf.app.toFixed(2)} against ${perf.bare.toFixed(2)})`, perf.app >= perf.bare],
  ...CATEGORIES.slice(1).map(([id, label]) => [`${label} 1.00 (${score('app', id).toFixed(2)})`, score('app', id) === 1]),
];
console.log(`\nTargets for the app: ${targets.map(([text, ok]) => `${text} ${ok ? 'holds' : 'MISSED'}`).join('; ')}.`);

// What stands in the way, from the app's last run: failed audits of the full-marks categories,
// and the performance audits that cost most.
const last = reports.app[reports.app.length - 1];
for (const [id, label] of CATEGORIES.slice(1)) {
  const failing = last.categories[id].auditRefs
    .filter((ref) => ref.weight > 0 && last.audits[ref.id].score !== null && last.audits[ref.id].score < 1)
    .map((ref) => `${ref.id} (${last.audits[ref.id].title})`);
  if (failing.length) console.log(`  app ${label}, failing: ${failing.join('; ')}`);
}
const costly = last.categories.performance.auditRefs
  .filter((ref) => ref.group !== 'metrics' && ref.group !== 'hidden' && last.audits[ref.id].score !== null && last.audits[ref.id].score < 0.9)
  .map((ref) => last.audits[ref.id])
  .map((a) => ({ a, saving: Math.max(0, ...Object.values(a.metricSavings ?? {}).map(Number).filter(Number.isFinite)) }))
  .sort((x, y) => y.saving - x.saving)
  .slice(0, 6)
  .map(({ a }) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
if (costly.length) console.log(`  app performance, what Lighthouse says costs most: ${costly.join('; ')}`);
// Where each page's performance points go: a metric's weight times what its score falls short of 1.
for (const which of /** @type {const} */ (['app', 'bare'])) {
  const lost = reports[which][0].categories.performance.auditRefs
    .filter((ref) => ref.group === 'metrics' && ref.weight > 0)
    .map((ref) => ({ id: ref.id, points: ref.weight * (1 - median(reports[which].map((r) => r.audits[ref.id].score ?? 0))) }))
    .sort((a, b) => b.points - a.points)
    .map(({ id, points }) => `${id} ${points.toFixed(1)}`);
  console.log(`  ${which} performance, points lost of 100 by metric: ${lost.join(', ')}`);
}
const errored = [...new Set([...reports.app, ...reports.bare].flatMap((r) => Object.values(r.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id)))];
if (errored.length) console.log(`  audits Lighthouse could not run (no score, not counted): ${errored.join(', ')}`);

// The pages may load only from their own local server (and data: or blob: URLs they make).
const elsewhere = new Set();
for (const lhr of [...reports.app, ...reports.bare]) {
  for (const { url } of lhr.audits['network-requests']?.details?.items ?? []) {
    if (/^https?:/.test(url) && !/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) elsewhere.add(url);
  }
}
console.log(elsewhere.size ? `\nRequests to other hosts (blocked by the host-resolver flag): ${[...elsewhere].join(', ')}` : '\nNo request to any other host.');

mkdirSync(`${root}lighthouse-results`, { recursive: true });
for (const which of /** @type {const} */ (['app', 'bare'])) {
  reports[which].forEach((lhr, i) => {
    writeFileSync(`${root}lighthouse-results/${which}-${i + 1}.json`, JSON.stringify(lhr) + '\n');
    writeFileSync(`${root}lighthouse-results/${which}-${i + 1}.html`, html[which][i] ?? '');
  });
}
console.log('\nFull reports (JSON and HTML) in lighthouse-results/.');

#!/usr/bin/env node
// `npm run bench`: how fast the app reaches its first map idle against a bare MapLibre page with
// the same basemap and sites (the floor), and what the first view downloads.
//
// Builds both, serves each from its own local server (same server code, no-store caching), then in
// one Chromium alternates the two pages for BENCH_RUNS runs each (default 7) and reports min,
// median and max of navigation -> first `idle` (a performance mark set on MapLibre's first idle
// event), their ratio, and the gzip bytes of every file the app's first view loaded, by category.
// Writes the figures to bench-results/latest.json. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const VIEWPORT = { width: 1280, height: 800 };

const vite = `${root}node_modules/.bin/vite`;
execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
execFileSync(vite, ['build', '--config', 'bench/vite.config.ts'], { cwd: root, stdio: 'inherit' });

const app = await serve(`${root}dist`);
const bare = await serve(`${root}dist-bench`);
const browser = await launch({ viewport: VIEWPORT });

/** Opens a page, waits for the first-idle mark, returns its time since navigation start (ms). */
async function firstIdle(url, onResponse) {
  const page = await browser.newPage();
  if (onResponse) page.on('response', onResponse);
  await page.goto(url);
  const ms = await page.waitForFunction(
    () => performance.getEntriesByName('map-first-idle')[0]?.startTime,
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  const value = await ms.jsonValue();
  await page.close();
  return value;
}

// What the first view loads: every response of one app run (page and worker), gzip-sized from disk.
const loaded = new Set();
await firstIdle(app.url, (r) => loaded.add(r.url()));

const times = { app: [], bare: [] };
for (let i = 0; i < RUNS; i++) {
  // Alternate which page goes first, so neither always gets the warmer machine.
  const order = i % 2 === 0 ? ['bare', 'app'] : ['app', 'bare'];
  for (const which of order) times[which].push(await firstIdle(which === 'app' ? app.url : bare.url));
}
await browser.close();
await app.close();
await bare.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs), runs: xs.map((x) => Math.round(x)) });

function category(file) {
  if (/maplibre/.test(file)) return 'maplibre';
  if (/\/react-[^/]*\.js$/.test(file)) return 'react';
  if (/\/(land|borders|labels)-[^/]*\.geojson$/.test(file)) return 'basemap';
  if (/\.(geojson|json)$/.test(file)) return 'geodata';
  if (/\.woff2?$/.test(file)) return 'fonts';
  if (/\.css$/.test(file)) return 'app css';
  if (/\.m?js$/.test(file)) return 'app js';
  if (/\.html$|\/$/.test(file)) return 'html';
  return 'other';
}
const files = [...loaded]
  .filter((u) => u.startsWith(app.url))
  .map((u) => {
    let path = decodeURIComponent(new URL(u).pathname);
    if (path.endsWith('/')) path += 'index.html';
    const body = readFileSync(`${root}dist${path}`);
    return { file: path, category: category(path), raw: body.length, gzip: gzipSync(body).length };
  });
const bytes = {};
for (const f of files) {
  bytes[f.category] ??= { raw: 0, gzip: 0, files: 0 };
  bytes[f.category].raw += f.raw;
  bytes[f.category].gzip += f.gzip;
  bytes[f.category].files++;
}
const beyond = Object.entries(bytes)
  .filter(([c]) => c !== 'maplibre' && c !== 'react')
  .reduce((sum, [, b]) => sum + b.gzip, 0);

const result = {
  date: new Date().toISOString(),
  runs: RUNS,
  viewport: VIEWPORT,
  firstIdleMs: { app: stats(times.app), bare: stats(times.bare) },
  ratio: median(times.app) / median(times.bare),
  bytes,
  beyondMapLibreAndReactGzip: beyond,
  files,
};

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const fmt = (s) => `min ${s.min.toFixed(0)}  median ${s.median.toFixed(0)}  max ${s.max.toFixed(0)} ms`;
console.log(`\nNavigation -> first map idle, ${RUNS} runs each, ${VIEWPORT.width}x${VIEWPORT.height}, software WebGL:`);
console.log(`  bare MapLibre  ${fmt(result.firstIdleMs.bare)}`);
console.log(`  app            ${fmt(result.firstIdleMs.app)}`);
console.log(`  ratio app/bare (medians)  ${result.ratio.toFixed(2)}x`);
console.log(`\nFirst view downloads (gzip):`);
for (const [c, b] of Object.entries(bytes).sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`  ${c.padEnd(10)} ${kb(b.gzip).padStart(11)}  (${b.files} file${b.files > 1 ? 's' : ''}, ${kb(b.raw)} raw)`);
}
console.log(`  beyond MapLibre and React: ${kb(beyond)}`);
mkdirSync(`${root}bench-results`, { recursive: true });
writeFileSync(`${root}bench-results/latest.json`, JSON.stringify(result, null, 2) + '\n');
console.log('\nWritten to bench-results/latest.json');

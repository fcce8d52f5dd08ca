#!/usr/bin/env node
// `npm run bench:frames`: what one frame of the map costs in this machine's Chromium (software
// WebGL here), and how many frames the app draws to open and to select a site. Most of the
// browser tests' time is these frames, so this is where their time goes.
//
// Measures, in alternating runs (BENCH_RUNS, default 5), the CPU time of the whole machine
// (/proc/stat, Linux) and the wall time per frame while the map is dragged a few pixels back and
// forth for 30 frames: in the app (its map at the size a 1280x800 window gives it), in the bench's
// bare MapLibre page with the same style at the same size (the floor), and on a canvas that is
// only cleared (what a frame costs before anything is drawn). Prints medians and the app's ratio
// to the bare page. Needs the production build in dist/ (`npm run build`); builds the bare page.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS) || 5;
const FRAMES = 30;

if (!existsSync(`${root}dist/index.html`)) {
  console.error('No production build in dist/: run `npm run build` first.');
  process.exit(1);
}
execFileSync(`${root}node_modules/.bin/vite`, ['build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

/** Busy CPU time of the whole machine so far, in seconds (all cores). */
function busy() {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Drags the canvas matching `selector` by a few pixels each frame; the cost per frame in ms. */
async function dragCost(page, selector) {
  const cpu = busy();
  const start = Date.now();
  await page.evaluate(
    async ({ selector, frames }) => {
      const canvas = document.querySelector(selector);
      const at = (type, x) => canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: 200, bubbles: true, buttons: 1 }));
      at('mousedown', 300);
      for (let i = 1; i <= frames; i++) {
        at('mousemove', 300 + (i % 2 ? 3 : -3));
        await new Promise((r) => requestAnimationFrame(r));
      }
      at('mouseup', 300);
    },
    { selector, frames: FRAMES },
  );
  return { cpu: ((busy() - cpu) * 1000) / FRAMES, wall: (Date.now() - start) / FRAMES };
}

/** Counts the frames a WebGL canvas draws (its first clear in each frame), from the page's start. */
function countFrames() {
  const w = window;
  w.__frames = 0;
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, options) {
    const gl = getContext.call(this, kind, options);
    if (gl && /webgl/.test(kind) && !gl.__counted) {
      gl.__counted = true;
      const clear = gl.clear.bind(gl);
      let last = -1;
      gl.clear = (bits) => {
        const now = performance.now();
        if (now - last > 4) w.__frames++;
        last = now;
        return clear(bits);
      };
    }
    return gl;
  };
}

const app = await serve(`${root}dist`);
const bare = await serve(`${root}dist-bench`);
const context = await launch({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
await context.addInitScript(countFrames);
const results = { app: [], bare: [], clear: [], openFrames: [], selectFrames: [] };
let mapSize = null;
try {
  for (let run = 0; run < RUNS; run++) {
    // The app: its first idle and a site selected, to its next idle; a drag on a second page.
    const page = await context.newPage();
    await page.goto(app.url);
    await page.locator('.map.drawn[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
    results.openFrames.push(await page.evaluate(() => window.__frames));
    await page.evaluate(() => (window.__frames = 0));
    await page.locator('.site-marker[data-site="deveselu"]').click();
    await page.getByTestId('panel').waitFor();
    // The selection moves the map (the panel narrows it and the sites are fitted again): idle after that.
    await page.waitForFunction(() => document.querySelector('.map')?.dataset.mapState === 'idle' && window.__frames > 0);
    await page.waitForTimeout(1500); // frames still to come arrive here; counted, not timed
    results.selectFrames.push(await page.evaluate(() => window.__frames));
    await page.close();
    const drag = await context.newPage();
    await drag.goto(app.url);
    await drag.locator('.map.drawn[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 60_000 });
    mapSize = await drag.locator('.maplibregl-canvas').evaluate((c) => ({ width: c.clientWidth, height: c.clientHeight }));
    results.app.push(await dragCost(drag, '.maplibregl-canvas'));
    await drag.close();

    // The bare page at the app's map size.
    const floor = await context.newPage();
    await floor.setViewportSize(mapSize);
    await floor.goto(bare.url);
    await floor.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 60_000 });
    results.bare.push(await dragCost(floor, 'canvas'));

    // A canvas of that size, only cleared each frame.
    await floor.setContent(`<canvas width="${mapSize.width}" height="${mapSize.height}"></canvas>`);
    await floor.evaluate(() => {
      const canvas = document.querySelector('canvas');
      const gl = canvas.getContext('webgl2');
      let n = 0;
      canvas.addEventListener('mousemove', () => {
        gl.clearColor(n++ % 2, 0.5, 0.5, 1);
        gl.clear(gl.COLOR_BUFFER_BIT);
      });
    });
    results.clear.push(await dragCost(floor, 'canvas'));
    await floor.close();
  }
} finally {
  await context.close();
  await app.close();
  await bare.close();
}

const cpu = (k) => median(results[k].map((r) => r.cpu));
const wall = (k) => median(results[k].map((r) => r.wall));
console.log(`One map frame at ${mapSize.width}x${mapSize.height}, median of ${RUNS} runs (CPU of all cores / wall, per frame):`);
for (const [k, label] of [['app', 'the app'], ['bare', 'bare MapLibre page, same style'], ['clear', 'a WebGL canvas only cleared']]) {
  console.log(`  ${label.padEnd(32)} ${cpu(k).toFixed(0).padStart(4)} ms CPU  ${wall(k).toFixed(0).padStart(4)} ms wall`);
}
console.log(`  the app against the bare page: ${(cpu('app') / cpu('bare')).toFixed(2)}x CPU, ${(wall('app') / wall('bare')).toFixed(2)}x wall`);
console.log(`Frames drawn: ${median(results.openFrames)} to the app's first idle, ${median(results.selectFrames)} to select a site (medians)`);

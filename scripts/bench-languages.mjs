// The first view in each language: which font files and string files it downloads, and their
// gzip size. Part of `npm run bench` (scripts/bench.mjs); on its own, `node scripts/bench-languages.mjs`
// measures the build in dist/ once per language and prints the same table (no timings).
//
// A language's first view should fetch the Noto Sans subsets its text is written in and nothing
// else (English: Latin only; Română, Polski, Türkçe: Latin and Latin Extended; Русский: Latin and
// Cyrillic; as src/theme/fonts.ts says), and its own interface table and content translations,
// none of another language's.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async (path) => (await runnerImport(`${root}${path}`, { root, logLevel: 'silent', define: { __SINGLE_FILE__: 'false' } })).module;

/** What kind of file a built asset is, for the first view's byte counts. */
export function category(file) {
  if (/maplibre/.test(file)) return 'maplibre';
  if (/\/react-[^/]*\.js$/.test(file)) return 'react';
  if (/\/(land|borders|labels)-[^/]*\.geojson$/.test(file)) return 'basemap';
  if (/\/assets\/(en|ro|pl|tr|ru)-[\w-]+\.(js|json)$/.test(file)) return 'strings';
  if (/\.(geojson|json)$/.test(file)) return 'geodata';
  if (/\.woff2?$/.test(file)) return 'fonts';
  if (/\.css$/.test(file)) return 'app css';
  if (/\.m?js$/.test(file)) return 'app js';
  if (/\.html$|\/$/.test(file)) return 'html';
  return 'other';
}

/** The files behind the URLs a page loaded from `appUrl` (a build in `dist`), with their sizes. */
export function builtFiles(urls, appUrl, dist = `${root}dist`) {
  return [...new Set(urls)]
    .filter((u) => u.startsWith(appUrl))
    .map((u) => {
      let path = decodeURIComponent(new URL(u).pathname);
      if (path.endsWith('/')) path += 'index.html';
      const body = readFileSync(`${dist}${path}`);
      return { file: path, category: category(path), raw: body.length, gzip: gzipSync(body).length };
    });
}

const sum = (files) => files.reduce((n, f) => n + f.gzip, 0);

/**
 * Opens the app once per language (`firstView(url)` resolves to every URL the page and its worker
 * loaded by the map's first idle) and checks what was fetched. Returns one row per language and
 * the problems found, as sentences.
 */
export async function languageFirstViews(appUrl, firstView) {
  const { LANGUAGES } = await load('src/i18n/languages.ts');
  const { LANGUAGE_SUBSETS } = await load('src/theme/fonts.ts');
  const rows = [];
  const problems = [];
  for (const lang of LANGUAGES) {
    const files = builtFiles(await firstView(`${appUrl}#lang=${lang}`), appUrl);
    const fonts = files.filter((f) => f.category === 'fonts');
    const strings = files.filter((f) => f.category === 'strings');
    const subsets = [...new Set(fonts.map((f) => /noto-sans-(latin-ext|latin|cyrillic)-\d+-normal/.exec(f.file)?.[1] ?? f.file))].sort();
    const expected = [...LANGUAGE_SUBSETS[lang]].sort();
    const foreign = strings.filter((f) => !f.file.startsWith(`/assets/${lang}-`)).map((f) => f.file);
    const own = strings.filter((f) => f.file.startsWith(`/assets/${lang}-`));
    if (subsets.join() !== expected.join()) problems.push(`${lang}: fetched font subsets ${subsets.join(', ') || 'none'}, not ${expected.join(', ')}`);
    if (foreign.length) problems.push(`${lang}: fetched other languages' strings ${foreign.join(', ')}`);
    // English is in the main bundle; every other language has its interface table and its content.
    if (lang !== 'en' && !(own.some((f) => f.file.endsWith('.js')) && own.some((f) => f.file.endsWith('.json')))) {
      problems.push(`${lang}: its own interface table and content translations were not both fetched`);
    }
    const beyond = sum(files.filter((f) => f.category !== 'maplibre' && f.category !== 'react'));
    rows.push({ lang, subsets, fontFiles: fonts.length, fontsGzip: sum(fonts), strings: own.length, stringsGzip: sum(own), beyondMapLibreAndReactGzip: beyond });
  }
  return { rows, problems };
}

/** Prints the rows; `budget`, if given, is the bytes beyond MapLibre and React each may fetch. */
export function printLanguageFirstViews({ rows, problems }, budget) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
  console.log(`\nFirst view in each language (gzip): the font subsets and strings it fetched, and all it fetched beyond MapLibre and React:`);
  for (const r of rows) {
    const strings = r.strings ? `${r.strings} files ${kb(r.stringsGzip)}` : `in the main bundle`.padEnd(19);
    console.log(`  ${r.lang}  fonts ${r.subsets.join(' + ').padEnd(17)} ${r.fontFiles} files ${kb(r.fontsGzip)}   strings ${strings}   beyond ${kb(r.beyondMapLibreAndReactGzip)}${budget ? ` (budget ${budget} bytes)` : ''}`);
  }
  console.log(problems.length ? `  PROBLEMS: ${problems.join('; ')}` : '  each fetched only its own font subsets and strings');
}

// On its own: measure dist/ (build it first) in one Chromium.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { serve } = await import('./serve.mjs');
  const { launch } = await import('./chromium.mjs');
  const app = await serve(`${root}dist`);
  const browser = await launch({ viewport: { width: 1280, height: 800 } });
  try {
    // Requests of the whole context: the map's worker fetches the basemap.
    let urls = [];
    browser.on('request', (r) => urls.push(r.url()));
    const result = await languageFirstViews(app.url, async (url) => {
      urls = [];
      const page = await browser.newPage();
      try {
        await page.goto(url);
        await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 120_000, polling: 50 });
      } finally {
        await page.close();
      }
      return urls;
    });
    printLanguageFirstViews(result);
    process.exitCode = result.problems.length ? 1 : 0;
  } finally {
    await browser.close();
    await app.close();
  }
}

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { singleFile } from './build/single-file.ts';
import { dimmedCssPlugin, paletteCssPlugin } from './build/palette-css.ts';
import { layoutCssPlugin } from './build/layout-css.ts';
import { eagerWrappersPlugin } from './build/eager-wrappers.ts';
import { thirdPartyNotices } from './build/third-party-notices.ts';
import { linkPreview, siteUrlFrom } from './build/link-preview.ts';
import { packageBesideApp, packageIntoApp } from './build/package-beside-app.ts';
import { en } from './src/i18n/messages/en.ts';

/**
 * Puts the static map (sites drawn on the basemap, by scripts/build-basemap.mjs) beside
 * index.html, for its <noscript>: Vite does not rewrite URLs inside <noscript>; and the basemap's
 * licence notice beside it.
 */
function noscriptMap(): Plugin {
  return {
    name: 'epaa-noscript-map',
    generateBundle() {
      const source = readFileSync(new URL('./geodata/basemap/static-map.svg', import.meta.url));
      this.emitFile({ type: 'asset', fileName: 'static-map.svg', source });
      // The basemap's sources and licence texts go with the data (its BSD licence asks for it).
      const notice = readFileSync(new URL('./geodata/basemap/NOTICE.md', import.meta.url));
      this.emitFile({ type: 'asset', fileName: 'basemap-NOTICE.md', source: notice });
    },
  };
}

/**
 * Starts the first view's data and its static map downloading with the page (preload hints), in
 * parallel with the code that asks for them: the map's first paint needs both. Data files are
 * found in the bundle by name: the ones at the top of geodata/ that the first view reads (the tour,
 * the corrections and other languages' texts load later), and the light static basemap.
 */
function preloadFirstView(): Plugin {
  // The statements are read just after the first view (data/validate.ts, STATEMENTS_FILE): no hint.
  const FIRST_VIEW = /^assets\/(sites|phases|sources|glossary|ranges)-[\w-]+\.(geo)?json$/;
  return {
    name: 'epaa-preload-first-view',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        const files = Object.keys(ctx.bundle);
        const data = files.filter((f) => FIRST_VIEW.test(f));
        const image = files.filter((f) => /^assets\/static-basemap-(?!dark-)[\w-]+\.svg$/.test(f));
        return [
          ...data.map((f) => ({ tag: 'link', attrs: { rel: 'preload', href: `./${f}`, as: 'fetch', crossorigin: '' }, injectTo: 'head' as const })),
          ...image.map((f) => ({ tag: 'link', attrs: { rel: 'preload', href: `./${f}`, as: 'image' }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

/**
 * The first view's own code in one chunk. Left to itself the bundler puts every module that the
 * first view shares with a lazy part (the briefing, the exports, the list view) into a small
 * chunk of its own: about twenty files that the page must fetch before the first paint, six at a
 * time over HTTP/1.1. This finds the modules the entry reaches by static imports alone, once the
 * module graph is known, and names them for one chunk group; what only lazy parts use stays lazy.
 */
function firstViewChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const firstView = new Set<string>();
  const plugin: Plugin = {
    name: 'epaa-first-view-chunk',
    buildEnd() {
      const seen = new Set<string>();
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (queue.length) {
        const id = queue.pop()!;
        if (seen.has(id)) continue;
        seen.add(id);
        const info = this.getModuleInfo(id);
        if (!info) continue;
        if (!info.isEntry && !/node_modules/.test(id)) firstView.add(id);
        queue.push(...info.importedIds);
      }
    },
  };
  return { plugin, test: (id) => firstView.has(id) };
}

// `vite build` makes the static site in dist/ (relative base: it runs from any folder of any
// server). `vite build --mode briefing` makes the one-file offline briefing package:
// every asset inlined, no code splitting, written as dist-briefing/epaa-briefing.html. The site
// ships the package beside its index.html, copied by the app build when it has been built
// (`npm run build` builds the package, then the app).
//
// SITE_URL (where the site is published, e.g. https://example.org/epaa-map/) makes the link
// preview's addresses absolute, adds the canonical link and writes the oEmbed file.
export default defineConfig(({ mode }) => {
  const oneFile = mode === 'briefing';
  const preview = () =>
    linkPreview({
      siteUrl: siteUrlFrom(process.env.SITE_URL),
      basemapSvg: readFileSync(new URL('./geodata/basemap/static-basemap.svg', import.meta.url), 'utf8'),
      sitesGeojson: readFileSync(new URL('./geodata/sites.geojson', import.meta.url), 'utf8'),
      text: { title: en.title, subtitle: en.subtitle, kinds: en.kinds },
      meta: { title: en.title, siteName: en.share.publisher, imageAlt: `${en.staticMap}: ${en.title}`, frameTitle: en.share.iframeTitle },
    });
  const firstView = firstViewChunk();
  const packageDir = new URL('./dist-briefing/', import.meta.url);
  const appDir = new URL('./dist/', import.meta.url);
  return {
    base: './',
    plugins: [
      react(),
      firstView.plugin,
      paletteCssPlugin(),
      dimmedCssPlugin(),
      layoutCssPlugin(),
      thirdPartyNotices({ inline: oneFile }),
      ...(oneFile
        ? [singleFile('epaa-briefing.html'), packageIntoApp(packageDir, appDir)]
        : [noscriptMap(), preloadFirstView(), preview(), packageBesideApp(packageDir), eagerWrappersPlugin('react')]),
    ],
    define: { __SINGLE_FILE__: JSON.stringify(oneFile) },
    build: {
      target: 'es2022',
      outDir: oneFile ? 'dist-briefing' : 'dist',
      // Data and fonts stay separate files in the site: the app fetches geodata at run time, so
      // tests can swap one file. The one-file package inlines everything.
      assetsInlineLimit: oneFile ? () => true : 0,
      cssCodeSplit: !oneFile,
      // Nothing to preload in one file (and Vite's preload placeholder is left unfilled without chunks).
      // Every engine the app supports preloads modules itself (Chromium, Firefox 115, Safari 17);
      // an older one just loads each module when it is imported, so the polyfill (about 0.5 KB
      // gzip in the first view) is left out.
      modulePreload: oneFile ? false : { polyfill: false },
      chunkSizeWarningLimit: oneFile ? 4000 : 1200,
      rolldownOptions: {
        output: {
          // MapLibre and React in chunks of their own: they change less often than the app (better
          // caching) and the benchmark can count the app's own bytes apart from them.
          codeSplitting: oneFile
            ? false
            : {
                groups: [
                  { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/, priority: 3 },
                  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
                  // Turf and our geometry: only the illustrative layers and the measure tool use them.
                  { name: 'geo', test: /node_modules[\\/](@turf|geojson-equality|point-in-polygon|rbush|polyclip|arc)[\\/]|src[\\/]geo[\\/](measure|overlays)/, priority: 2 },
                  { name: 'app', test: firstView.test, priority: 1 },
                ],
              },
        },
      },
    },
    server: {
      port: 5173,
      strictPort: false,
      // The builds' output is not source: a rebuilt package must not reload the pages of the dev server.
      watch: { ignored: ['**/dist/**', '**/dist-briefing/**', '**/dist-bench/**'] },
    },
  };
});

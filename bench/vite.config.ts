import { defineConfig } from 'vite';

// Builds the bare-MapLibre baseline page for `npm run bench` into dist-bench/.
export default defineConfig({
  root: new URL('./bare', import.meta.url).pathname,
  base: './',
  define: { __SINGLE_FILE__: 'false' },
  build: { outDir: new URL('../dist-bench', import.meta.url).pathname, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 },
  logLevel: 'warn',
});

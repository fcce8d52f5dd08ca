import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base so the static build runs from any folder of any web server.
export default defineConfig({
  base: './',
  plugins: [react()],
  define: { __SINGLE_FILE__: 'false' },
  build: {
    target: 'es2022',
    // Data and fonts stay separate files: the app fetches geodata at run time, so an editor's
    // change to geodata/ needs a rebuild but no code change, and tests can swap one file.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre and React in chunks of their own: they change less often than the app (better
        // caching) and the benchmark can count the app's own bytes apart from them (issue #7).
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
});

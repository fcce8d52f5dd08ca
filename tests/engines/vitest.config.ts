import { defineConfig } from 'vitest/config';

// The cross-engine suite: what a reader does, in Firefox ESR and WebKitGTK (Debian's packages), on
// a virtual display of its own so that both draw the WebGL map. One engine per file, the files in
// parallel.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/engines/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/engines/support/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});

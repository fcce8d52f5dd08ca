import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __SINGLE_FILE__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/fast-check.ts'],
    // A few tests work through the whole basemap (seconds of CPU); `npm test` runs them beside the
    // typecheck and lint, on cores that may be shared.
    testTimeout: 30_000,
  },
});

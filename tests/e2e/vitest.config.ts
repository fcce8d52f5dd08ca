import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium driven by playwright-core against the production build.
// One Chromium for the whole run (started in global-setup.ts); each spec file opens its own
// contexts in it. One file at a time: software WebGL on two cores is slow, and timings must not
// starve each other.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    setupFiles: ['tests/setup/fast-check.ts'],
    fileParallelism: false,
    // Generous: every wait inside a test is on a state, and other work may share the cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});

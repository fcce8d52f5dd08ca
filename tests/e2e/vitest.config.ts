import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium driven by playwright-core against the production build.
// Spec files run in parallel, one worker per core, each worker with a Chromium of its own (started
// in global-setup.ts) in which each file opens its own contexts. EPAA_TEST_WORKERS overrides the
// count (1 runs the files one at a time).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    setupFiles: ['tests/setup/fast-check.ts'],
    maxWorkers: Number(process.env.EPAA_TEST_WORKERS) || availableParallelism(),
    // Generous: every wait inside a test is on a state, and other work may share the cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});

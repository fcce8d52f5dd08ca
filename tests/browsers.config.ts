import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Every real-browser test in one run: the Chromium suite (tests/e2e) and the cross-engine suite in
// Firefox and WebKit (tests/engines), their files spread over one worker per core.
// EPAA_TEST_WORKERS overrides the count.
export default defineConfig({
  test: {
    projects: ['tests/e2e/vitest.config.ts', 'tests/engines/vitest.config.ts'],
    maxWorkers: Number(process.env.EPAA_TEST_WORKERS) || availableParallelism(),
  },
});

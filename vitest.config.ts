import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __SINGLE_FILE__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/fast-check.ts'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser tests start Chromium; two at once on a two-core machine only slows both.
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Every test does a fixed amount of work; on a busy two-core machine (other suites alongside) it only
    // takes longer, so the timeout is a guard against hangs, far above any normal run (30 s failed there).
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Browser tests start Chromium; two at once on a two-core machine only slows both.
    maxWorkers: 2,
  },
});

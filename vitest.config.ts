import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dist/**/*.test.ts'],
    // Tests are bounded by the work they do, not by time; a busy two-core machine can be several times slower than an
    // idle one, and the checks over every page of three editions (html-validate, vnu) take 15 s idle and about a
    // minute under load, so the timeouts only stop a hang (vitest's defaults are 5 s per test and 10 s per hook).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // One worker per core (vitest's default leaves one core free): the dist tests' longest files (html-validate, vnu)
    // then run side by side instead of one after the other.
    maxWorkers: '100%',
  },
});

import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/lib/chromium.ts';

/**
 * Browser tests run against the built site in dist/, served as static files by scripts/serve-dist.ts. Where a system Chromium is configured
 * (CHROMIUM_PATH) or found (Debian's /usr/bin/chromium), it is used with flags that keep it off the network;
 * otherwise Playwright's own browser is used, as on an ordinary developer laptop.
 */
const port = 4329;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  fullyParallel: true,
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  // These tests check behaviour, not speed (budgets live in scripts/bench.ts): a first search loads Pagefind's
  // WebAssembly and index, which on a busy two-core runner can take longer than the default 5 s.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: CHROMIUM_ARGS,
        }
      : {},
  },
  webServer: {
    command: `npm run build && node scripts/serve-dist.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

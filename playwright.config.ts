import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/lib/chromium.ts';

/**
 * Browser tests run against the built site in dist/, served as static files by scripts/serve-dist.ts. Where a system Chromium is configured
 * (CHROMIUM_PATH) or found (Debian's /usr/bin/chromium), it is used with flags that keep it off the network;
 * otherwise Playwright's own browser is used, as on an ordinary developer laptop.
 *
 * The server is always this run's own: the site is built (`npm run build`) and served on a port the system picks
 * (port 0), and the tests start once the server prints the port it listens on. A server left running by another
 * checkout or an earlier run is never reused, and no two runs can take the same port.
 */
// Set from the server's output (webServer.wait below) before the workers start; the workers read it here.
const port = process.env['KPE_E2E_PORT'];

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  fullyParallel: true,
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  // A test's work is bounded by what it checks (a fixed list of pages or queries), never by time: the timeouts are far
  // above what the tests take on a busy two-core machine and only stop a hang.
  timeout: 120_000,
  // These tests check behaviour, not speed (budgets live in scripts/bench.ts): a first search loads Pagefind's
  // WebAssembly and index, which on a busy two-core runner can take longer than the default 5 s.
  expect: { timeout: 15_000 },
  use: {
    ...(port ? { baseURL: `http://127.0.0.1:${port}` } : {}),
    ...devices['Desktop Chrome'],
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: CHROMIUM_ARGS,
        }
      : {},
  },
  // Two projects only to order the work: the tests with a long setup (search: one serial chain whose ground truth is
  // read from every page first; security and deploy: builds of copies) start first, beside the accessibility checks,
  // instead of running alone at the end.
  projects: [
    { name: 'long-setup', testMatch: /(search|security|deploy)\.spec\.ts$/ },
    { name: 'other', testIgnore: /(search|security|deploy)\.spec\.ts$/ },
  ],
  webServer: {
    command: 'npm run build && node scripts/serve-dist.ts 0',
    // The line scripts/serve-dist.ts prints once it listens (see LISTENING in scripts/lib/serve.ts).
    wait: { stdout: /^serving .* at http:\/\/127\.0\.0\.1:(?<kpe_e2e_port>\d+)\/$/m },
    reuseExistingServer: false,
    // The whole build comes first; on a busy two-core machine it can take a few minutes.
    timeout: 600_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

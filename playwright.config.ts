import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, testChromium } from './scripts/lib/chromium.ts';
import { variantDist } from './scripts/build-variant.ts';

/**
 * Browser tests run against the built sites, served as static files by scripts/serve-dist.ts. Where a system Chromium
 * is configured (CHROMIUM_PATH) or found (Debian's chromium-headless-shell, or its full chromium), it is used with
 * flags that keep it off the network (scripts/lib/chromium.ts: which one, and why the headless shell); otherwise
 * Playwright's own browser is used, as on an ordinary developer laptop.
 *
 * The tests never build: `npm test` builds both sites first (`npm run build:test`), and the servers only serve them.
 *   - the default build, dist/ (`npm run build`): every test's `baseURL`;
 *   - the variant build, .build/variant/dist/ (`npm run build:variant`, scripts/build-variant.ts: the public address,
 *     the FY2025 fixture plan and markup in a title at once): its address is in the environment variable
 *     KPE_VARIANT_URL (`variantURL` in tests/e2e/variant.ts).
 * Each is served on a port the system picks (port 0), and the tests start once both servers print the port they
 * listen on. A server left running by another checkout or an earlier run is never reused, and no two runs can take
 * the same port.
 */
// Set from the servers' output (webServer.wait below) before the workers start; the workers read them here.
const port = process.env['KPE_E2E_PORT'];
const variantPort = process.env['KPE_VARIANT_PORT'];
if (variantPort) process.env['KPE_VARIANT_URL'] = `http://127.0.0.1:${variantPort}`;

/** A prebuilt site to serve: fails at once, naming the command that builds it, when it is missing. */
function prebuilt(dir: string, command: string): string {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir} holds no built site: build it with \`${command}\` (\`npm run build:test\` builds both)`);
  return dir;
}
const root = import.meta.dirname;

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
    // A page of the local server loads in well under a second, even on a busy machine: a navigation still waiting
    // after a minute has hung, and fails naming its address instead of holding its test until the test's timeout.
    navigationTimeout: 60_000,
    ...(port ? { baseURL: `http://127.0.0.1:${port}` } : {}),
    ...devices['Desktop Chrome'],
    launchOptions: testChromium
      ? {
          executablePath: testChromium,
          args: CHROMIUM_ARGS,
        }
      : {},
  },
  // Two projects only to order the work: the longest tests (the crawl of every page in chunks; search, whose ground
  // truth is read from every page first) start first and share both workers, instead of running alone at the end.
  projects: [
    { name: 'long', testMatch: /(search|crawl)\.spec\.ts$/ },
    { name: 'other', testIgnore: /(search|crawl)\.spec\.ts$/ },
  ],
  webServer: [
    {
      command: `node scripts/serve-dist.ts 0 ${JSON.stringify(prebuilt(join(root, 'dist'), 'npm run build'))}`,
      // The line scripts/serve-dist.ts prints once it listens (see LISTENING in scripts/lib/serve.ts).
      wait: { stdout: /^serving .*\/dist\/? at http:\/\/127\.0\.0\.1:(?<kpe_e2e_port>\d+)\/$/m },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/serve-dist.ts 0 ${JSON.stringify(prebuilt(variantDist, 'npm run build:variant'))}`,
      wait: { stdout: /^serving .*\/variant\/dist\/? at http:\/\/127\.0\.0\.1:(?<kpe_variant_port>\d+)\/$/m },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});

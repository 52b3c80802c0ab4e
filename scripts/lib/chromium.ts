/**
 * Which Chromium the browser tests and benchmarks drive, with flags that keep it off the network; undefined means
 * Playwright's own browser.
 *
 * - systemChromium, the full browser: a configured (CHROMIUM_PATH) or system one (Debian's /usr/bin/chromium). What
 *   needs the desktop browser's own pages runs in it: chrome://accessibility (tests/e2e/table-semantics.spec.ts),
 *   Lighthouse, the search benchmark.
 * - testChromium, what every other browser test runs in: Chromium's headless shell (Debian's chromium-headless-shell,
 *   built from the same source and version as chromium), the same Blink and V8 without the desktop browser around
 *   them. It is what Playwright itself runs headless tests in by default; here it opens a page in about half the
 *   time, which is most of the browser tests' time. A configured CHROMIUM_PATH is used for these tests too, and where
 *   no shell is installed they run in the full browser.
 */
import { existsSync } from 'node:fs';

const first = (paths: (string | undefined)[]): string | undefined =>
  paths.find((path): path is string => Boolean(path && existsSync(path)));

export const systemChromium: string | undefined = first([
  process.env['CHROMIUM_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
]);

export const testChromium: string | undefined = process.env['CHROMIUM_PATH']
  ? systemChromium
  : (first(['/usr/bin/chromium-headless-shell']) ?? systemChromium);

/** Root in a container needs --no-sandbox; the rest stop Chromium's own background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

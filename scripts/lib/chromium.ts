/**
 * Which Chromium the browser tests and benchmarks drive: a configured (CHROMIUM_PATH) or system one (Debian's
 * /usr/bin/chromium), with flags that keep it off the network; undefined means Playwright's own browser.
 */
import { existsSync } from 'node:fs';

export const systemChromium: string | undefined = [
  process.env['CHROMIUM_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((path): path is string => Boolean(path && existsSync(path)));

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

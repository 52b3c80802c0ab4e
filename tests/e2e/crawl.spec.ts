/**
 * One visit per page and width: every page of the sitemap of the default build is opened once at a phone's width
 * (360 × 740) and once at a laptop's (1280 × 800), and every per-page check runs on that load (tests/e2e/page-checks/).
 * Problems are collected across the pages of a chunk and reported together, one line per page and check, so a run
 * names every failing page at once.
 *
 * Per width:
 *   - both: reflow, clipping and tap targets (fit), the shell's tap targets and no sideways scroll (chrome), chart
 *     text size and overflow, no request off the origin and no Content-Security-Policy violation, and phrase line
 *     breaks (on the pages of LINE_BREAK_PAGES, see there);
 *   - 360 px only: axe (WCAG 2.2 AA, as a phone reader meets the page), the short header with its search link, and the
 *     glossary links (the same markup at every width).
 */
import { expect, test, type Page } from '@playwright/test';
import { PAGES_WITH_SCRIPT } from '../../scripts/lib/dist.ts';
import { htmlPages, ids, read, sitemapPaths } from '../dist/site.ts';
import { axeProblems, installAxe } from './page-checks/a11y.ts';
import { chartProblems } from './page-checks/charts.ts';
import { chromeProblems } from './page-checks/chrome.ts';
import { fitProblems, TARGET } from './page-checks/fit.ts';
import { glossaryProblems } from './page-checks/glossary.ts';
import { LINE_BREAK_PAGES, lineBreakProblems } from './page-checks/line-breaks.ts';

const pages = sitemapPaths();
const chartPages = htmlPages().filter((path) => read(path).includes('class="chart"'));
const glossaryEntries = ids(read('/glossary/'));
const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
// Split the pages into chunks so the two workers share them; each test reuses one browser page.
const CHUNKS = 6;

test('the pages and charts crawled here are all the site has', () => {
  expect(pages.length).toBeGreaterThan(290);
  // Home, the plan, 8 visions, 2 priorities, the 2013 report, its 3 parts and the crosswalk at least.
  expect(chartPages.length).toBeGreaterThanOrEqual(17);
  for (const path of ['/', '/fy2024/', '/fy2024/visions/1/', '/fy2024/priorities/1/', '/2013/', '/2013/crosswalk/'])
    expect(chartPages).toContain(path);
  expect(chartPages.filter((p) => !pages.includes(p))).toEqual([]);
});

/** Records requests off the page's origin and policy violations, under the path being visited. */
function watch(page: Page, origin: string, problems: string[], current: () => string): void {
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:'))
      problems.push(`${current()}: security: requests ${r.url()}`);
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) problems.push(`${current()}: security: ${m.text()}`);
  });
}

/** Every check on one load of the page; fit last, as it opens every <details>. */
async function check(page: Page, path: string, width: number, height: number): Promise<[string, string[]][]> {
  const results: [string, string[]][] = [];
  if (width <= 360) results.push(['axe', await axeProblems(page)]);
  results.push(['chrome', await chromeProblems(page, width, height)]);
  if (LINE_BREAK_PAGES.includes(path)) results.push(['line breaks', await lineBreakProblems(page, width)]);
  if (width <= 360) results.push(['glossary', await glossaryProblems(page, path, glossaryEntries)]);
  if (chartPages.includes(path)) {
    const charts = await page.evaluate(chartProblems);
    // Every chart has text to measure: this is no empty check.
    if (charts.lines <= 5) charts.found.push(`only ${charts.lines} lines of chart text measured`);
    results.push(['charts', charts.found]);
  }
  results.push(['fit', await page.evaluate(fitProblems, TARGET)]);
  return results;
}

for (const { width, height } of WIDTHS) {
  for (let c = 0; c < CHUNKS; c++) {
    const chunk = pages.filter((_, i) => i % CHUNKS === c);
    test(`at ${width} px every page passes every per-page check (pages ${c + 1}/${CHUNKS}, ${chunk.length} pages)`, async ({
      page,
      baseURL,
    }) => {
      // Bounded by the pages in the chunk; a second or two a page on an idle machine, with ample headroom.
      test.setTimeout(60_000 + chunk.length * 15_000);
      await page.setViewportSize({ width, height });
      if (width <= 360) await installAxe(page);
      const problems: string[] = [];
      let path = '';
      watch(page, new URL(baseURL!).origin, problems, () => path);
      for (path of chunk) {
        await page.goto(path);
        // Only these pages run scripts that fetch after the load (search's index, the lists' state).
        if (PAGES_WITH_SCRIPT.includes(path)) await page.waitForLoadState('networkidle');
        for (const [name, found] of await check(page, path, width, height))
          problems.push(...found.map((p) => `${path}: ${name}: ${p}`));
      }
      expect(problems).toEqual([]);
    });
  }
}

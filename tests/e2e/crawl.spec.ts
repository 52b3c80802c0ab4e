/**
 * One visit per page and width: every page of the sitemap of the default build, in all three editions, is opened once
 * at a phone's width (360 × 740), and the pages of the markup cover (below) once more at a laptop's (1280 × 800); every
 * per-page check runs on that load (tests/e2e/page-checks/). Pages of one template differ in their text, and text that
 * does not fit shows first on a phone's narrow screen, where every page is opened; at 1280 px the layout is decided by
 * the markup (a table's columns, a grid, a chart's frame), which the cover holds in full: every element signature of
 * every page of the three editions is on some cover page. `KPE_CRAWL_ALL=1` opens every page at 1280 px too.
 * Problems are collected across the pages of a chunk and reported together, one line per page and check, so a run
 * names every failing page at once.
 *
 * Per width:
 *   - both: reflow, clipping and tap targets (fit), the shell's tap targets and no sideways scroll (chrome), chart
 *     text size and overflow, no request off the origin and no Content-Security-Policy violation, and phrase line
 *     breaks (on the pages of LINE_BREAK_PAGES, see there);
 *   - 360 px only: axe (WCAG 2.2 AA, as a phone reader meets the page), on the pages of the markup cover (below), and
 *     the short header with its search link.
 * The glossary links are read from the built files (tests/dist/term-links.test.ts): they need no browser.
 *
 * axe runs on a markup cover, not on every page (tests/e2e/page-checks/axe-cover.ts, proved in
 * tests/dist/axe-cover.test.ts): the fewest pages, chosen greedily, that together hold every element signature of the
 * site (tag, classes, role, aria-* names, lang, Astro's data-astro-cid-* scoping attributes). axe's rules judge
 * exactly these: which elements, which styles (and so colours, contrast and sizes) they get, their roles and ARIA.
 * Pages of one template share every signature, so running axe on each of them repeats one finding many times. What
 * this trades: a fault that only text or attribute values carry (an empty link text, a duplicate id, an aria-label
 * that names nothing) on a page outside the cover is not seen by axe; the dist tests (html-validate and vnu for ids and
 * attributes, the wording and link tests for texts) read every page. `KPE_AXE_ALL=1 npx playwright test crawl` runs axe
 * on every page, as before.
 */
import { expect, test, type Page } from '@playwright/test';
import { PAGES_WITH_SCRIPT } from '../../scripts/lib/dist.ts';
import { htmlPages, read, sitemapPaths } from '../dist/site.ts';
import { axeProblems, installAxe } from './page-checks/a11y.ts';
import { markupCover, signatures } from './page-checks/axe-cover.ts';
import { chartProblems } from './page-checks/charts.ts';
import { chromeProblems } from './page-checks/chrome.ts';
import { fitProblems, TARGET } from './page-checks/fit.ts';
import { LINE_BREAK_PAGES, lineBreakProblems } from './page-checks/line-breaks.ts';
import { editionOf } from '../../src/lib/i18n/editions.ts';

const pages = sitemapPaths();
const chartPages = htmlPages().filter((path) => read(path).includes('class="chart"'));
// The pages axe runs on: the markup cover, or every page with KPE_AXE_ALL=1.
const axePages = new Set(
  process.env['KPE_AXE_ALL'] === '1' ? pages : markupCover(new Map(pages.map((p) => [p, signatures(read(p))]))),
);
const WIDTHS = [
  { width: 360, height: 740, pages },
  {
    width: 1280,
    height: 800,
    pages: process.env['KPE_CRAWL_ALL'] === '1' ? pages : pages.filter((p) => axePages.has(p)),
  },
];
// Split the pages into chunks so the two workers share them; each test reuses one browser page.
const CHUNKS = 8;

test('the pages and charts crawled here are all the site has', () => {
  // Every edition's pages: about 310 each.
  for (const edition of ['ja', 'easy', 'en'])
    expect(pages.filter((p) => editionOf(p) === edition).length).toBeGreaterThan(290);
  // Home, the plan, 8 visions, 2 priorities, the 2013 report, its 3 parts and the crosswalk at least.
  expect(chartPages.length).toBeGreaterThanOrEqual(17);
  for (const path of ['/', '/fy2024/', '/fy2024/visions/1/', '/fy2024/priorities/1/', '/2013/', '/2013/crosswalk/'])
    expect(chartPages).toContain(path);
  expect(chartPages.filter((p) => !pages.includes(p))).toEqual([]);
  // axe runs on pages of the site, every one of them only with KPE_AXE_ALL=1.
  expect([...axePages].filter((p) => !pages.includes(p))).toEqual([]);
  expect(axePages.size).toBeGreaterThan(10);
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
  if (width <= 360 && axePages.has(path)) results.push(['axe', await axeProblems(page)]);
  results.push(['chrome', await chromeProblems(page, width, height)]);
  if (LINE_BREAK_PAGES.includes(path)) results.push(['line breaks', await lineBreakProblems(page, width)]);
  if (chartPages.includes(path)) {
    const charts = await page.evaluate(chartProblems);
    // Every chart has text to measure: this is no empty check.
    if (charts.lines <= 5) charts.found.push(`only ${charts.lines} lines of chart text measured`);
    results.push(['charts', charts.found]);
  }
  results.push(['fit', await page.evaluate(fitProblems, TARGET)]);
  return results;
}

for (const { width, height, pages: visited } of WIDTHS) {
  for (let c = 0; c < CHUNKS; c++) {
    // At 360 px the pages axe runs on are dealt out first, so every chunk gets its share of them.
    const order = width <= 360 ? [...axePages, ...visited.filter((p) => !axePages.has(p))] : visited;
    const chunk = order.filter((_, i) => i % CHUNKS === c);
    test(`at ${width} px every page passes every per-page check (pages ${c + 1}/${CHUNKS}, ${chunk.length} pages)`, async ({
      page,
      baseURL,
    }) => {
      // Bounded by the pages in the chunk; a second or two a page on an idle machine, with ample headroom.
      test.setTimeout(60_000 + chunk.length * 15_000);
      await page.setViewportSize({ width, height });
      const problems: string[] = [];
      let path = '';
      watch(page, new URL(baseURL!).origin, problems, () => path);
      for (path of chunk) {
        // axe only in the documents it runs on, in the one tab of the chunk.
        const axe = width <= 360 && axePages.has(path) ? await installAxe(page) : undefined;
        await page.goto(path);
        await axe?.dispose();
        // Only these pages run scripts that fetch after the load (search's index, the lists' state).
        if (PAGES_WITH_SCRIPT.includes(path)) await page.waitForLoadState('networkidle');
        for (const [name, found] of await check(page, path, width, height))
          problems.push(...found.map((p) => `${path}: ${name}: ${p}`));
      }
      expect(problems).toEqual([]);
    });
  }
}

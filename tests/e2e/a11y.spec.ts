/** axe (WCAG 2.2 AA rules) on every page of the sitemap, in Chromium, at phone width. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './dist.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = sitemapPaths();
// Split the pages into a few tests so the two workers share them.
const CHUNKS = 6;

for (let c = 0; c < CHUNKS; c++) {
  const chunk = pages.filter((_, i) => i % CHUNKS === c);
  test(`axe reports no WCAG 2.2 AA violations (pages ${c + 1}/${CHUNKS}, ${chunk.length} pages)`, async ({ page }) => {
    test.setTimeout(chunk.length * 5_000);
    await page.setViewportSize({ width: 360, height: 800 });
    const violations: string[] = [];
    for (const path of chunk) {
      await page.goto(path);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of result.violations)
        violations.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(violations).toEqual([]);
  });
}

/** axe (WCAG 2.2 AA rules) on every page of the sitemap, in Chromium, at phone width. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../dist/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = sitemapPaths();
// Split the pages into a few tests so the two workers share them.
const CHUNKS = 6;

for (let c = 0; c < CHUNKS; c++) {
  const chunk = pages.filter((_, i) => i % CHUNKS === c);
  test(`axe reports no WCAG 2.2 AA violations (pages ${c + 1}/${CHUNKS}, ${chunk.length} pages)`, async ({ page }) => {
    // Bounded by the pages in the chunk; about 1 s a page on an idle machine, with ample headroom for a busy one.
    test.setTimeout(60_000 + chunk.length * 10_000);
    await page.setViewportSize({ width: 360, height: 800 });
    const violations: string[] = [];
    for (const path of chunk) {
      await page.goto(path);
      // The site has no frames, so axe runs in the page itself (legacy mode: no per-frame partial runs merged in a
      // second blank page), and only violations are detailed: the same rules and findings at a fraction of the cost.
      if (page.frames().length !== 1) violations.push(`${path}: has frames; run axe without legacy mode`);
      const result = await new AxeBuilder({ page })
        .options({ runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] })
        .setLegacyMode(true)
        .analyze();
      for (const v of result.violations)
        violations.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(violations).toEqual([]);
  });
}

/**
 * The page shell, one interaction each: the glossary in the footer and a link back to the top of the page that works
 * without JavaScript. The header and tap targets of every page are checked by tests/e2e/crawl.spec.ts.
 */
import { expect, test } from '@playwright/test';

test('the footer links the glossary', async ({ page }) => {
  await page.goto('/fy2024/');
  await expect(page.locator('body > footer').getByRole('link', { name: '用語集' })).toHaveAttribute(
    'href',
    '/glossary/',
  );
});

test('the end of a long page links back to its top, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/fy2024/');
  const back = page.getByRole('main').getByRole('link', { name: 'ページの先頭へ' });
  await expect(back).toHaveAttribute('href', '#top');
  await expect(page.locator('#top')).toHaveCount(1);
  await back.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(740);
  await back.click();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await context.close();
});

test('at 360 px a breadcrumb separator stays on the line of the crumb after it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // The trail the review found broken: 令和6年度計画 › ビジョン7 … › 熊本西環状道路の整備推進, 「›」 left alone at a line's end.
  await page.goto('/fy2024/projects/a9e5b148/');
  const crumbs = page.getByRole('navigation', { name: 'パンくずリスト' }).locator('li + li');
  expect(await crumbs.count()).toBe(3);
  // The separator is the crumb's ::before; its link or name starts on the same line (the same top, give or take a
  // pixel or two of padding), so 「›」 cannot end a line without it.
  const gaps = await crumbs.evaluateAll((items) =>
    items.map((li) => {
      const crumb = li.firstElementChild!.getBoundingClientRect();
      const own = li.getBoundingClientRect();
      return crumb.top - own.top;
    }),
  );
  for (const gap of gaps) expect(Math.abs(gap)).toBeLessThanOrEqual(4);
});

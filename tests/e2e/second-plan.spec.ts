/**
 * A second year's plan in the browser: the variant build (scripts/build-variant.ts) registers the FY2025 fixture;
 * its search offers the new plan. The built files of that plan are checked by tests/dist/second-plan.test.ts.
 */
import { expect, test } from '@playwright/test';
import { variantURL } from './variant.ts';

test('search offers the new plan and finds its records', async ({ page }) => {
  await page.goto(`${variantURL()}/search/?q=${encodeURIComponent('生成AI')}&plan=fy2025`);
  await expect(page.getByLabel('資料')).toHaveValue('fy2025');
  await expect(page.locator('#f-plan option[value="fy2025"]')).toHaveText('令和7年度アクションプラン');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(results.first()).toContainText('生成AIを活用した業務効率化の推進');
  const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => h!.startsWith('/fy2025/'))).toBe(true);
});

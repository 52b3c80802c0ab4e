/**
 * 2013 statuses say who judged, in the browser: a badge's link leads to its rule, and the method page publishes how
 * many sub-items and items each rule decided. Every badge and the rule IDs in the built files are checked by
 * tests/dist/status.test.ts.
 */
import { expect, test } from '@playwright/test';

test('No.102: in progress, classified by this site on the clause of 「開始」, linked to its rule', async ({ page }) => {
  await page.goto('/2013/items/102/');
  // Line 355: 「伝統工芸の後継者育成のため、人づくり基金を活用して担い手支援事業開始 ストリートアートプレックスの開催についても支援を実施」.
  const sub = page.locator('section', { has: page.getByRole('heading', { name: '文化芸術を支える担い手の支援' }) });
  await expect(sub).toContainText('担い手支援事業開始');
  await expect(sub.locator('[data-status-badge]')).toHaveText(/実施中\s*このサイトによる分類/);
  // The quote is the whole clause 「開始」 ends, from the 、 before it.
  await expect(sub).toContainText('根拠：「人づくり基金を活用して担い手支援事業開始」');
  await expect(page.getByRole('main')).toContainText('熊本市の判定ではありません');
  await sub.getByRole('link', { name: 'このサイトによる分類' }).click();
  await expect(page).toHaveURL(/\/method\/#rule-S2a-started-or-expanded$/);
  const rule = page.locator('#rule-S2a-started-or-expanded');
  await expect(rule).toContainText('「〜を開始」');
  // The rule lists what it decided: the cases re-decided by hand in the source (lines 52, 334, 355).
  for (const no of [12, 95, 102]) await expect(rule.getByRole('link', { name: `No.${no}`, exact: true })).toBeVisible();
});

test('the method page publishes how many sub-items and items each rule decided', async ({ page }) => {
  await page.goto('/method/');
  const counts = async (scope: string) =>
    (
      await page
        .locator(`#status ~ ol.rules`)
        .nth(scope === 'subitem' ? 0 : 1)
        .locator('li .count')
        .allTextContents()
    )
      .map((t) => /：(\d+)件/.exec(t)![1]!)
      .map(Number);
  const subitemCounts = await counts('subitem');
  const itemCounts = await counts('item');
  // Every rule has its count; the counts add up to the document's sub-items (185 without re-listings, read by hand
  // into content/curated/roadmap2013-shape.json) and its 130 items. The re-listing rule's items are counted in the
  // rule that decided them, so it is left out of the sum.
  expect(subitemCounts).toHaveLength(10);
  expect(subitemCounts.reduce((a, b) => a + b, 0)).toBe(185);
  expect(itemCounts.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(130);
  // Lines 415 (No.117) and 433 (No.125): items that print only re-listed sub-items of No.94.
  await expect(page.locator('#rule-relisted-only')).toContainText('この規則で決まった項目：2件');
});

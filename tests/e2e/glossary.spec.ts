/**
 * The glossary page and a term link followed to its entry. Every page's term links are checked by
 * tests/dist/term-links.test.ts (read from the built files), the pages without term links included.
 */
import { expect, test } from '@playwright/test';

test('a term link goes to its entry, which explains it', async ({ page }) => {
  await page.goto('/fy2024/visions/1/');
  await page.getByRole('main').locator('a[data-term="measure"]').click();
  await expect(page).toHaveURL(/\/glossary\/#measure$/);
  await expect(page.locator('#measure')).toHaveText(/^施策/);
  await expect(page.locator('#measure + dd')).toContainText('ビジョンを実現するための取組の柱');
});

test('the glossary explains each term once, under its own anchor, and says where the explanation comes from', async ({
  page,
}) => {
  await page.goto('/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('用語集');
  const terms = page.locator('dt[id]');
  expect(await terms.count()).toBeGreaterThanOrEqual(17);
  for (const word of ['千円', '再掲', '補正予算', '前年度欄は「－」', 'EBPM', 'このサイトによる分類', 'データ版']) {
    await expect(terms.filter({ hasText: word })).toHaveCount(1);
  }
  // The source defines EBPM in a ※ note (line 1331); MICE it does not, so that entry says it is a general meaning.
  await expect(page.locator('#ebpm + dd')).toContainText('証拠に基づいた政策立案');
  await expect(page.locator('#mice + dd')).toContainText('一般的な意味');
  // The index at the top links every entry.
  const index = page.getByRole('navigation', { name: '用語の一覧' }).getByRole('link');
  await expect(index).toHaveCount(await terms.count());
});

/**
 * The h1 of /fy2024/ breaks where a reader expects (tests/e2e/page-checks/line-breaks.ts measures the lines; every
 * page's headings and labels are checked by tests/e2e/crawl.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { wrapped } from './page-checks/line-breaks.ts';

test.use({ viewport: { width: 360, height: 740 } });

test('the h1 of /fy2024/ keeps 令和6年度 whole and breaks before アクションプラン', async ({ page }) => {
  await page.goto('/fy2024/');
  const h1 = (await wrapped(page, 'h1')).find((b) => b.text.startsWith('熊本市第8次総合計画'));
  // 熊本市第8次総合計画 令和6年度アクションプラン(案) is wider than a phone's column, so it wraps.
  expect(h1?.lines).toMatch(/^熊本市第8次総合計画 ／?令和6年度／?アクションプラン／?\(案\)$/);
});

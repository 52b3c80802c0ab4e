/**
 * Tables on a phone, one interaction each: a table that must scroll says so and scrolls from the keyboard, and a
 * table of figures reflows into cards. Every page's reflow is checked by tests/e2e/crawl.spec.ts.
 */
import { expect, test } from '@playwright/test';

test('a table that must scroll says so, and the cue goes once the table fits', async ({ page }) => {
  // Lines 473-477: the tablet-consultation table as printed, three columns.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/fy2024/projects/9ecbce66/');
  const region = page.getByRole('region', { name: 'こどもの権利サポートセンターのタブレット相談の拡充' });
  await expect(region.locator('xpath=..').getByText('横にスクロールできます')).toBeVisible();
  await expect(region).toHaveCSS('overflow-x', 'auto');
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1280, height: 740 });
  await expect(region.locator('xpath=..').getByText('横にスクロールできます')).toBeHidden();
});

test('on a phone a table of figures reflows into cards that name every figure', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/fy2024/');
  const table = page.getByRole('table', { name: 'ビジョンと事業費' });
  // Still a table to assistive technology, with its five columns.
  await expect(table.getByRole('columnheader')).toHaveCount(5);
  const first = table.getByRole('row', { name: /ビジョン1 こどもが輝き/ });
  // The budget (the fourth column) is whole, inside the screen and labelled with its column's name.
  const budget = first.getByRole('cell').nth(2);
  await expect(budget).toHaveAttribute('data-label', (await table.getByRole('columnheader').nth(3).textContent())!);
  await expect(budget).toHaveText(/^[\d,.]+[千万億]/);
  const box = (await budget.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await budget.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  // At desktop width it is an ordinary table again: the column headers show.
  await page.setViewportSize({ width: 1280, height: 740 });
  await expect(table.getByRole('columnheader').nth(3)).toBeVisible();
});

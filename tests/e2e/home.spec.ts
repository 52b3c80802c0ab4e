/**
 * The home page leads with the numbers a citizen came for, and /2013/ with its score: at 360 × 740 the plan's total,
 * its project count and the 2013 statuses are inside the first screen. Every expected figure below is written out
 * as read by hand in the sources (content/sources/), not computed with the site's own formatters or data.
 */
import { expect, test } from '@playwright/test';
import { ids, read } from '../dist/site.ts';

// FY2024 (content/sources/000_dbb0204a5abc5e36.txt): 113 budgets 「N千円」, 85 on a line of their own and 28 at the end
// of their title's line (「太陽光発電設備等: 9,700千円」, line 944, is part of a budget, not one). Nine projects are
// listed twice (e.g. 児童手当の拡充, lines 122 and 404; 翻訳・通訳体制の強化, lines 222 and 862, 市内/庁内): 104
// projects, 28,796,190千円, shown to one decimal in 億円.
const TOTAL = '288.0億円';
const PROJECTS = '104事業';
// The largest vision: ビジョン1 (lines 318–576), 21 budget lines, 17,521,188千円, over half of the plan's total.
const LARGEST_VISION = { number: 1, title: 'こどもが輝き、若者が希望を抱くまち', value: '175.2億円' };
// The 2013 statuses of the 130 items, in the site's order (done, in progress, preparing, partly cancelled, cancelled,
// unknown; cancelled is not used): 9 完了 (No.8, 9, 10, 11, 16, 22, 42, 63, 71) and 102 実施中 as the README lists
// them, 17 準備・検討中, 一部中止 only No.44 (its sub-item 花畑地区文化ホールの整備), 不明 only No.21. Shares of 130 to
// one decimal.
const STATUSES = [
  { status: 'done', label: '完了', count: '9', share: '6.9%' },
  { status: 'in-progress', label: '実施中', count: '102', share: '78.5%' },
  { status: 'preparing', label: '準備・検討中', count: '17', share: '13.1%' },
  { status: 'partly-cancelled', label: '一部中止', count: '1', share: '0.8%' },
  { status: 'unknown', label: '不明', count: '1', share: '0.8%' },
];

test('at 360 × 740 the plan total, the project count and the 2013 score are in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const total = page.locator('[data-stat="total"]');
  const count = page.locator('[data-stat="projects"]');
  const score = page.locator('[data-stat="2013"]');
  const vision = page.locator('[data-stat="vision"]');

  await expect(total.locator('[data-value]')).toHaveText(TOTAL);
  // The caption says what the total is not.
  await expect(total).toContainText('市の予算全体ではありません');
  await expect(total).toHaveAttribute('href', '/fy2024/');
  await expect(count.locator('[data-value]')).toHaveText(PROJECTS);

  await expect(vision.locator('[data-value]')).toHaveText(LARGEST_VISION.value);
  await expect(vision).toContainText(LARGEST_VISION.title);
  await expect(vision).toHaveAttribute('href', `/fy2024/visions/${LARGEST_VISION.number}/`);

  // The score: every status used, in order, with its count, and the attribution with the rules.
  const cells = score.locator('[data-status-count]');
  await expect(cells).toHaveCount(STATUSES.length);
  for (const [i, c] of STATUSES.entries()) {
    await expect(cells.nth(i)).toHaveAttribute('data-status-count', c.status);
    await expect(cells.nth(i)).toContainText(c.label);
    await expect(cells.nth(i).locator('[data-value]')).toHaveText(c.count);
  }
  await expect(score.getByRole('link', { name: 'このサイトによる分類' })).toHaveAttribute('href', '/method/#status');

  for (const card of [total, count, cells.first(), cells.last()]) {
    const box = (await card.boundingBox())!;
    expect(box.y + box.height, await card.innerText()).toBeLessThanOrEqual(740);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
  // The data version is for /data/, not the home page.
  await expect(page.getByRole('main')).not.toContainText('データ版');
});

test('/2013/ opens with one card per status: count, share of all items, and a link to its list', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/2013/');
  const board = page.locator('[data-scoreboard]');
  const cells = board.locator('[data-status-count]');
  await expect(cells).toHaveCount(STATUSES.length);
  const anchors = ids(read('/2013/status/'));
  for (const [i, c] of STATUSES.entries()) {
    const cell = cells.nth(i);
    // The status in words, not only in colour.
    await expect(cell).toContainText(c.label);
    await expect(cell.locator('[data-value]')).toHaveText(c.count);
    await expect(cell).toContainText(`130項目の${c.share}`);
    await expect(cell).toHaveAttribute('href', `/2013/status/#${c.status}`);
    expect(anchors.has(c.status), c.status).toBe(true);
  }
  // Who classified them, right below.
  await expect(page.getByRole('main')).toContainText('熊本市の判定ではありません');
  const box = (await cells.first().boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(740);
});

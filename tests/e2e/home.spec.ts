/**
 * The home page leads with the numbers a citizen came for, and /2013/ with its score: at 360 × 740 the plan's total,
 * its project count and the 2013 statuses are inside the first screen, and every number equals one computed here
 * from the committed data in content/, not read from the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatShare, formatYenShort } from '../../src/lib/format/format.ts';
import { ids, read } from '../dist/site.ts';

const content = (path: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', path), 'utf8'));

const latest = (content('plans.json') as Array<{ id: string }>).at(-1)!.id;
const plan = (content(`${latest}/plan.json`) as Array<{ totals: { thousandYen: number } }>)[0]!;
const projects = content(`${latest}/projects.json`) as unknown[];
const visions = content(`${latest}/visions.json`) as Array<{ number: number; title: string; totalThousandYen: number }>;
const items = content('2013/items.json') as Array<{ status: string }>;
// The site's status order (src/lib/format/status.ts), spelled out here so a reordering there is caught.
const ORDER = ['done', 'in-progress', 'preparing', 'partly-cancelled', 'cancelled', 'unknown'];
const LABELS = ['完了', '実施中', '準備・検討中', '一部中止', '中止', '不明'];
const counts = ORDER.map((s, i) => ({ s, label: LABELS[i]!, n: items.filter((i) => i.status === s).length })).filter(
  (c) => c.n,
);

test('at 360 × 740 the plan total, the project count and the 2013 score are in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const total = page.locator('[data-stat="total"]');
  const count = page.locator('[data-stat="projects"]');
  const score = page.locator('[data-stat="2013"]');
  const vision = page.locator('[data-stat="vision"]');

  await expect(total.locator('[data-value]')).toHaveText(formatYenShort(plan.totals.thousandYen));
  // The caption says what the total is not.
  await expect(total).toContainText('市の予算全体ではありません');
  await expect(total).toHaveAttribute('href', `/${latest}/`);
  await expect(count.locator('[data-value]')).toHaveText(`${projects.length}事業`);

  const largest = visions.reduce((a, b) => (b.totalThousandYen > a.totalThousandYen ? b : a));
  await expect(vision.locator('[data-value]')).toHaveText(formatYenShort(largest.totalThousandYen));
  await expect(vision).toContainText(largest.title);
  await expect(vision).toHaveAttribute('href', `/${latest}/visions/${largest.number}/`);

  // The score: every status used, in order, with its count, and the attribution with the rules.
  const cells = score.locator('[data-status-count]');
  await expect(cells).toHaveCount(counts.length);
  for (const [i, c] of counts.entries()) {
    await expect(cells.nth(i)).toHaveAttribute('data-status-count', c.s);
    await expect(cells.nth(i)).toContainText(c.label);
    await expect(cells.nth(i).locator('[data-value]')).toHaveText(String(c.n));
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
  await expect(cells).toHaveCount(counts.length);
  const anchors = ids(read('/2013/status/'));
  for (const [i, c] of counts.entries()) {
    const cell = cells.nth(i);
    // The status in words, not only in colour.
    await expect(cell).toContainText(c.label);
    await expect(cell.locator('[data-value]')).toHaveText(String(c.n));
    await expect(cell).toContainText(`${items.length}項目の${formatShare(c.n, items.length)}`);
    await expect(cell).toHaveAttribute('href', `/2013/status/#${c.s}`);
    expect(anchors.has(c.s), c.s).toBe(true);
  }
  expect(counts.reduce((sum, c) => sum + c.n, 0)).toBe(items.length);
  // Who classified them, right below.
  await expect(page.getByRole('main')).toContainText('熊本市の判定ではありません');
  const box = (await cells.first().boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(740);
});

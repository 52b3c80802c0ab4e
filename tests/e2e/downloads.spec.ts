/**
 * The download of a complete list's view: the file holds the rows the page shows, in the page's order (read from the
 * DOM), and each of them as the open-data CSV writes it (the same line, byte for byte, so the spreadsheet round trip
 * of tests/dist/spreadsheet.test.ts holds for it too). Without JavaScript the link downloads the whole list's file.
 * One visit per page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Download } from '@playwright/test';
import { dist } from '../dist/site.ts';
import { parseCsv } from '../dist/spreadsheet.ts';

const whole = readFileSync(join(dist, 'data/fy2024/projects.csv'));
const wholeLines = whole.subarray(3).toString('utf8').split('\r\n');

const bytesOf = async (download: Download) => readFileSync((await download.path())!);

test('the view /fy2024/projects/?vision=5&sort=change&order=desc downloads as its rows, in its order', async ({
  page,
}) => {
  await page.goto('/fy2024/projects/?vision=5&sort=change&order=desc');
  const link = page.locator('[data-list-download]');
  // Vision 5 lists 6 projects (tests/e2e/lists.spec.ts counts them from the committed data).
  await expect(link).toHaveText('表示中の6件をCSVでダウンロード', { useInnerText: true });
  const shown = (
    await page.locator('list-view tbody tr th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
  ).map((href) => href.split('/').at(-2)!);
  expect(shown.length).toBe(6);

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('fy2024-projects-vision5-change-desc.csv');
  const bytes = await bytesOf(download);
  expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const textBody = bytes.subarray(3).toString('utf8');
  expect(textBody.endsWith('\r\n')).toBe(true);
  expect(/(?<!\r)\n/.test(textBody)).toBe(false);

  const [header, ...rows] = parseCsv(textBody);
  const id = header!.indexOf('事業ID');
  expect(rows.map((r) => r[id])).toEqual(shown.map((s) => `project-${s}`));
  // Every line as the open data has it: the same columns, header and cells.
  const lines = textBody.split('\r\n').slice(0, -1);
  expect(lines[0]).toBe(wholeLines[0]);
  for (const line of lines.slice(1)) expect(wholeLines).toContain(line);
  // Japanese intact: every row names vision 5 as the plan prints it (its line 392… heading, 豊かな環境を未来につなぐまち).
  const vision = header!.indexOf('ビジョン');
  for (const r of rows) expect(r[vision]).toBe('ビジョン5 豊かな環境を未来につなぐまち');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the projects list’s link downloads the whole list’s open-data CSV', async ({ page }) => {
    await page.goto('/fy2024/projects/');
    const link = page.locator('[data-list-download]');
    await expect(link).toHaveText('全104件をCSVでダウンロード', { useInnerText: true });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('fy2024-projects.csv');
    expect(Buffer.compare(await bytesOf(download), whole)).toBe(0);
  });
});

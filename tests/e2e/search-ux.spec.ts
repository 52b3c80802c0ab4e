/**
 * How the search page behaves for a person, beyond recall and precision (tests/e2e/search.spec.ts): browsing by
 * filters without a query, typing through an input method, highlighting every word, the first screen of a phone,
 * the newest plan first; and the crosswalk's filters kept in the URL. Expected sets come from the committed data in
 * content/, never from the page under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { matches } from '../../src/lib/search/tokens.ts';
import { STATUS_LABELS } from '../../src/lib/format/status.ts';

const content = join(import.meta.dirname, '..', '..', 'content');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(content, path), 'utf8')) as T;

// The FY2024 plan's records, as the data says: the plan's ID is its folder's name.
const PLAN = 'fy2024';
const projects = json<Array<{ id: string; budgetThousandYen: number; sections: string[] }>>(`${PLAN}/projects.json`);
const items = json<Array<{ no: number; part: string; status: keyof typeof STATUS_LABELS }>>('2013/items.json');

const results = (page: Page) => page.locator('[data-search-results] > li');

/** The result URLs in order, every batch loaded. */
async function allResults(page: Page): Promise<string[]> {
  await expect(page.getByRole('status')).not.toBeEmpty();
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(before);
  }
  return results(page).evaluateAll((lis) => lis.map((li) => li.querySelector('a')!.getAttribute('href')!));
}

test('filters without a query list every record of vision 5', async ({ page }) => {
  await page.goto('/search/?vision=5');
  const found = await allResults(page);
  const truth = [
    `/${PLAN}/visions/5/`,
    ...projects.filter((p) => p.sections.includes('vision-5')).map((p) => `/${PLAN}/projects/${p.id}/`),
  ];
  // The vision page and its six projects.
  expect(truth.length).toBe(7);
  expect([...found].sort()).toEqual([...truth].sort());
  // Without a query the list has a stated order (checked in search.spec.ts), and the status says which.
  await expect(page.getByRole('status')).toHaveText(
    `ビジョン5に当たるページが${truth.length}件あります。予算額の大きい順（予算額のないページは後）、同じなら題名順に並べています。`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`「ビジョン5」の一覧（${truth.length}件）`);
  await expect(page).toHaveTitle(new RegExp(`^「ビジョン5」の一覧（${truth.length}件） \\| `));
});

test('a budget band alone lists every project in it', async ({ page }) => {
  await page.goto('/search/?band=ge1b');
  const truth = projects.filter((p) => p.budgetThousandYen >= 1_000_000).map((p) => `/${PLAN}/projects/${p.id}/`);
  expect([...(await allResults(page))].sort()).toEqual([...truth].sort());
});

test('a budget sort ranks only the projects, by budget, and says so', async ({ page }) => {
  await page.goto(`/search/?plan=${PLAN}&sort=budget-desc`);
  const found = await allResults(page);
  const budget = new Map(projects.map((p) => [`/${PLAN}/projects/${p.id}/`, p.budgetThousandYen]));
  expect([...found].sort()).toEqual([...budget.keys()].sort());
  const budgets = found.map((url) => budget.get(url)!);
  expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
  await expect(page.getByRole('status')).toContainText('予算額の大きい順（予算額のある事業のみ）');
});

test('nothing is searched or announced while an input method composes; the composed word is', async ({ page }) => {
  const requests: string[] = [];
  // A search fetches index chunks (and then results); focusing the box may load Pagefind's code, which searches nothing.
  page.on('request', (request) => {
    if (/\/pagefind\/(index|fragment)\//.test(request.url())) requests.push(request.url());
  });
  // Timers under the test's control: any search a keystroke scheduled has run by the time it is checked.
  await page.clock.install();
  await page.goto('/search/');
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { log: string[] }).log = log;
    const replace = history.replaceState.bind(history);
    history.replaceState = (data: unknown, unused: string, url?: string | URL | null) => {
      log.push(`url ${String(url)}`);
      replace(data, unused, url);
    };
    const status = document.querySelector('[role=status]')!;
    new MutationObserver(() => log.push(`status ${status.textContent}`)).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    const input = document.querySelector<HTMLInputElement>('#q')!;
    input.focus();
    input.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    for (const value of ['ち', 'ちか', 'ちかす', 'ちかすい', '地下水']) {
      input.value = value;
      input.dispatchEvent(
        new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText', data: value }),
      );
    }
  });
  await page.clock.runFor(5_000);
  expect(await page.evaluate(() => (window as unknown as { log: string[] }).log)).toEqual([]);
  expect(requests).toEqual([]);
  await expect(page.getByRole('status')).toBeEmpty();

  await page.clock.resume();
  await page.evaluate(() => {
    (window as unknown as { log: string[] }).log.push('compositionend');
    document.querySelector('#q')!.dispatchEvent(new CompositionEvent('compositionend', { data: '地下水' }));
  });
  await expect(page.getByRole('status')).toContainText('「地下水」を含むページが');
  await expect(results(page).first().locator('mark').first()).toHaveText('地下水');
  const log = await page.evaluate(() => (window as unknown as { log: string[] }).log);
  expect(log[0]).toBe('compositionend');
  expect(log.filter((l) => l.startsWith('url '))).toEqual([`url /search/?q=${encodeURIComponent('地下水')}`]);
  expect(requests.length).toBeGreaterThan(0);
});

test('two words: both highlighted, and the heading and document title carry the query', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('熊本 地震')}`);
  const found = await allResults(page);
  expect(found.length).toBeGreaterThan(0);
  await expect(page).toHaveTitle(new RegExp(`^「熊本 地震」の検索結果（${found.length}件） \\| `));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`「熊本 地震」の検索結果（${found.length}件）`);
  const marked = await results(page).evaluateAll((lis) =>
    lis.map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent)),
  );
  // Only the query's words are marked, and each result's excerpt shows where both occur together when they do.
  expect(new Set(marked.flat())).toEqual(new Set(['熊本', '地震']));
  expect(marked[0]).toEqual(expect.arrayContaining(['熊本', '地震']));
  const both = marked.filter((m) => m.includes('熊本') && m.includes('地震')).length;
  expect(both).toBeGreaterThanOrEqual(found.length / 2);
});

test('on a phone the count and the first results are on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/search/?q=${encodeURIComponent('地下水')}&vision=5`);
  await expect(page.getByRole('status')).toContainText('件あります');
  await expect(page.getByRole('status')).toBeInViewport({ ratio: 1 });
  await expect(results(page).first().getByRole('link')).toBeInViewport({ ratio: 1 });
  // The filters fold away but say what is chosen, and open again with one tap.
  const summary = page.locator('summary', { hasText: '絞り込みと並べ替え' });
  await expect(summary).toContainText('ビジョン5');
  await expect(page.getByLabel('ビジョン', { exact: true })).toBeHidden();
  await summary.click();
  await expect(page.getByLabel('ビジョン', { exact: true })).toBeVisible();
});

test('on a phone, typing a query folds the filters so the count and the first result show', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/search/');
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  // The reader opens the filters first, then types.
  await page.locator('summary', { hasText: '絞り込みと並べ替え' }).click();
  await expect(page.getByLabel('ビジョン', { exact: true })).toBeVisible();
  await page.getByLabel('検索する語').pressSequentially('子ども');
  await expect(page.getByRole('status')).toContainText('件あります');
  await expect(page.getByLabel('ビジョン', { exact: true })).toBeHidden();
  await expect(page.getByRole('status')).toBeInViewport({ ratio: 1 });
  const first = await results(page).first().getByRole('link').boundingBox();
  expect(first!.y + first!.height).toBeLessThan(740);
});

test('at an equal match the newest plan comes before 2013', async ({ page }) => {
  for (const query of ['地下水', '公共交通']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const found = await allResults(page);
    const titles = await results(page).evaluateAll((lis) => lis.map((li) => li.querySelector('a')!.textContent!));
    const rank = found.map((url, i) => (matches(titles[i]!, query) ? 0 : 2) + (url.startsWith(`/${PLAN}/`) ? 0 : 1));
    expect(rank.some((r) => r % 2 === 0) && rank.some((r) => r % 2 === 1), query).toBe(true);
    expect(rank, query).toEqual([...rank].sort((a, b) => a - b));
  }
});

test.describe('the crosswalk filters', () => {
  const shown = (page: Page) => page.locator('.crosswalk > li:visible');
  const radio = (page: Page, group: string, name: string) =>
    page.getByRole('radiogroup', { name: group }).getByRole('radio', { name, exact: true });

  test('keep their state in the URL and say how many items match', async ({ page }) => {
    const count = (part: string, status: string) =>
      items.filter((i) => (!part || i.part === part) && (!status || i.status === status)).length;
    await page.goto('/2013/crosswalk/?part=II&status=in-progress');
    await expect(radio(page, '部', 'II')).toBeChecked();
    await expect(radio(page, '状況', STATUS_LABELS['in-progress'])).toBeChecked();
    await expect(shown(page)).toHaveCount(count('II', 'in-progress'));
    await expect(page.getByRole('status')).toHaveText(
      `全${items.length}項目のうち${count('II', 'in-progress')}項目が当てはまります。`,
    );

    await radio(page, '部', 'すべて').check();
    await expect(page).toHaveURL(/\/2013\/crosswalk\/\?status=in-progress$/);
    await expect(shown(page)).toHaveCount(count('', 'in-progress'));
    await expect(page.getByRole('status')).toContainText(`${count('', 'in-progress')}項目が当てはまります`);
    await page.reload();
    await expect(radio(page, '部', 'すべて')).toBeChecked();
    await expect(radio(page, '状況', STATUS_LABELS['in-progress'])).toBeChecked();
    await expect(shown(page)).toHaveCount(count('', 'in-progress'));
  });

  test('say so when no item matches', async ({ page }) => {
    // A part and a status with no item in common, found in the data.
    const parts = [...new Set(items.map((i) => i.part))];
    const statuses = [...new Set(items.map((i) => i.status))];
    const [part, status] = parts
      .flatMap((p) => statuses.map((s) => [p, s] as const))
      .find(([p, s]) => !items.some((i) => i.part === p && i.status === s))!;
    await page.goto('/2013/crosswalk/');
    await radio(page, '部', part).check();
    await radio(page, '状況', STATUS_LABELS[status]).check();
    await expect(page).toHaveURL(new RegExp(`\\?part=${part}&status=${status}$`));
    await expect(shown(page)).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(`当てはまる項目はありません（全${items.length}項目）。`);
    await expect(page.getByText('部・状況・つながりのこの組み合わせに当たる項目はありません。')).toBeVisible();
    await radio(page, '状況', 'すべて').check();
    await expect(page.getByText('部と状況のこの組み合わせに当たる項目はありません。')).toBeHidden();
  });
});

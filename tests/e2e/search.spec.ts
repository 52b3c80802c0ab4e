/**
 * Search evaluation in Chromium. Ground truth comes from the built pages themselves: the text a reader sees in each
 * indexed page's <main> (what innerText gives, leaving out parts marked data-pagefind-ignore). For every query the
 * result list must be exactly the pages whose text contains it (recall = precision = 1.0), with title matches
 * first; filters and sorting must keep to the same set.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { matches } from '../../src/lib/search/tokens.ts';
import { read, sitemapPaths } from '../dist/site.ts';

interface Indexed {
  url: string;
  title: string;
  text: string;
  meta: { kind: string; budgetThousandYen?: number; filters: Record<string, string[]> };
}

const QUERIES: Record<string, string[]> = {
  kanji: [
    '地下水',
    '児童手当',
    '熊本城',
    '半導体',
    '交通渋滞',
    '待機児童',
    '耐震化',
    '防災行政無線',
    '市電',
    '総合計画',
  ],
  katakana: [
    'マイナンバーカード',
    'ハザードマップ',
    'カーシェアリング',
    'スマートインターチェンジ',
    'ヤングケアラー',
    'タブレット',
    'レンタサイクル',
    'アピアランスケア',
  ],
  twoCharacters: ['保育', '観光', '消防', '医療', '空港', '農業', '図書'],
  latin: ['MICE', 'PFOS', 'ICカード', 'AIデマンドタクシー', 'DX', 'NPO', 'TSMC', 'ＭＩＣＥ', 'ﾊｻﾞｰﾄﾞﾏｯﾌﾟ'],
  fragments: ['幹線', '本港', '下水', 'ンバーカ', 'ケアラ'],
  acrossWords: ['の推進', '支援を実施', '熊本市の', 'を強化します', '子育て支援'],
  noMatch: ['熊本空港線', '東京タワー', '宇宙開発', '量子コンピュータ', 'ZZZQ'],
  severalWords: ['熊本 地下水', '市電 100周年'],
};

let indexed: Indexed[] = [];

/** Reads every indexed page's visible main text in the browser. */
async function readPages(page: Page): Promise<Indexed[]> {
  const out: Indexed[] = [];
  for (const url of sitemapPaths()) {
    await page.goto(url);
    const record = await page.evaluate(() => {
      const main = document.querySelector<HTMLElement>('main[data-pagefind-body]');
      if (!main) return null;
      // CSSOM changes are allowed by the Content-Security-Policy; an injected <style> element would not be.
      for (const el of main.querySelectorAll<HTMLElement>('[data-pagefind-ignore]')) el.style.display = 'none';
      return {
        title: main.querySelector('h1')!.innerText,
        text: main.innerText,
        meta: JSON.parse(main.dataset['search']!) as Indexed['meta'],
      };
    });
    if (record) out.push({ url, ...record });
  }
  return out;
}

/** Runs a search through the page's own UI and returns the result URLs in order, loading every batch. */
async function search(page: Page, params: string): Promise<string[]> {
  await page.goto(`/search/?${params}`);
  const count = page.locator('[data-search-count]');
  await expect(count).not.toBeEmpty();
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-results] > li').count();
    await more.click();
    await expect(page.locator('[data-search-results] > li')).not.toHaveCount(before);
  }
  return page
    .locator('[data-search-results] > li')
    .evaluateAll((items) => items.map((li) => li.querySelector('a')!.getAttribute('href')!));
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  // Reads every indexed page (about 300) in the browser: bounded by the page count, with room for a busy machine.
  test.setTimeout(600_000);
  const page = await browser.newPage();
  indexed = await readPages(page);
  await page.close();
});

test('the harness has queries of every kind and ground truth from the built pages', () => {
  expect(Object.values(QUERIES).flat().length).toBeGreaterThanOrEqual(40);
  // Every sitemap page marked for indexing was read, and the record pages are among them.
  expect(indexed.length).toBe(sitemapPaths().filter((p) => read(p).includes('data-pagefind-body')).length);
  expect(indexed.filter((p) => /^\/(fy2024\/projects|2013\/items)\//.test(p.url))).toHaveLength(104 + 130);
});

for (const [kind, queries] of Object.entries(QUERIES)) {
  test(`recall and precision are 1.0, title matches first: ${kind}`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const query of queries) {
      const truth = indexed.filter((p) => matches(p.text, query)).map((p) => p.url);
      const found = await search(page, `q=${encodeURIComponent(query)}`);
      expect.soft(new Set(found).size, `${query}: duplicates`).toBe(found.length);
      expect.soft([...found].sort(), `${query}: result set`).toEqual([...truth].sort());
      // Every page whose title contains the query comes before every page whose title does not.
      const inTitle = found.map((url) => matches(indexed.find((p) => p.url === url)?.title ?? '', query));
      expect
        .soft(
          inTitle.indexOf(false) === -1 || inTitle.lastIndexOf(true) < inTitle.indexOf(false),
          `${query}: title matches first`,
        )
        .toBe(true);
    }
  });
}

test('filters keep exactly the matching pages of the filter', async ({ page }) => {
  const cases: Array<[string, (p: Indexed) => boolean]> = [
    ['q=地下水&vision=5', (p) => p.meta.filters['vision']?.includes('5') ?? false],
    ['q=推進&plan=2013', (p) => p.meta.filters['plan']?.includes('2013') ?? false],
    [
      'q=推進&plan=fy2024&section=ward',
      (p) => (p.meta.filters['plan']?.includes('fy2024') && p.meta.filters['section']?.includes('ward')) ?? false,
    ],
    ['q=整備&status=preparing', (p) => p.meta.filters['status']?.includes('preparing') ?? false],
    ['q=支援&band=ge1b', (p) => p.meta.filters['band']?.includes('ge1b') ?? false],
  ];
  for (const [params, keep] of cases) {
    const query = new URLSearchParams(params).get('q')!;
    const truth = indexed.filter((p) => matches(p.text, query) && keep(p)).map((p) => p.url);
    expect(truth.length, params).toBeGreaterThan(0);
    expect([...(await search(page, params))].sort(), params).toEqual([...truth].sort());
  }
});

test('sorting by budget orders projects by their budget and keeps the set of projects', async ({ page }) => {
  const found = await search(page, `q=${encodeURIComponent('整備')}&plan=fy2024&sort=budget-desc`);
  const budgets = found.map((url) => indexed.find((p) => p.url === url)!.meta.budgetThousandYen ?? -1);
  expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
  // A budget sort ranks only the records with a budget band (the projects), and the status line says so.
  const truth = indexed
    .filter((p) => matches(p.text, '整備') && p.meta.filters['plan']?.includes('fy2024') && p.meta.filters['band'])
    .map((p) => p.url);
  expect([...found].sort()).toEqual([...truth].sort());
});

test('the URL carries the query and filters, and reloads to the same results', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('検索する語').fill('地下水');
  await page.getByLabel('ビジョン', { exact: true }).selectOption('5');
  await expect(page).toHaveURL(/\/search\/\?q=%E5%9C%B0%E4%B8%8B%E6%B0%B4&vision=5$/);
  const first = await page.locator('[data-search-results] > li a').first().getAttribute('href');
  await page.reload();
  await expect(page.getByLabel('検索する語')).toHaveValue('地下水');
  await expect(page.getByLabel('ビジョン', { exact: true })).toHaveValue('5');
  await expect(page.locator('[data-search-results] > li a').first()).toHaveAttribute('href', first!);
});

test('results show title, context, budget or status, and an excerpt with <mark>', async ({ page }) => {
  await search(page, `q=${encodeURIComponent('児童手当')}`);
  const first = page.locator('[data-search-results] > li').first();
  await expect(first.getByRole('link')).toHaveText('児童手当の拡充');
  // Line 122: 13,384,000千円, shown in a list as 133.8億円.
  await expect(first).toContainText('133.8億円');
  await expect(first.locator('mark').first()).toHaveText('児童手当');
  await search(page, `q=${encodeURIComponent('花畑地区文化ホール')}`);
  await expect(page.locator('[data-search-results]')).toContainText('状況：一部中止');
});

test('an empty result says what to do, and the count is announced', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('宇宙開発')}`);
  const status = page.getByRole('status');
  await expect(status).toContainText('見つかりませんでした');
  await expect(status).toContainText('絞り込みを外す');
});

test('a search that cannot fetch the index or a result says so, drops old results, and the next one retries', async ({
  page,
}) => {
  let block = true;
  await page.route(/\/pagefind\/pagefind-entry\.json/, (route) => (block ? route.abort() : route.continue()));
  await page.goto(`/search/?q=${encodeURIComponent('市電')}`);
  await expect(page.getByRole('status')).toContainText('検索できませんでした');
  block = false;
  const submit = page.getByRole('main').getByRole('button', { name: '検索', exact: true });
  await submit.click();
  await expect(page.getByRole('status')).toContainText('「市電」を含むページが');
  // A result that cannot be fetched: the message replaces the results of the previous query.
  await page.route(/\/pagefind\/fragment\//, (route) => route.abort());
  await page.getByLabel('検索する語').fill('地下水');
  await submit.click();
  await expect(page.getByRole('status')).toContainText('検索できませんでした');
  await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
});

test('keyboard only: type, submit and reach the first result', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('検索する語').focus();
  await page.keyboard.type('市電');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('件あります');
  await page.keyboard.press('Tab');
  // Tab moves from the search box to the button, then through the filters, then to the first result.
  for (
    let i = 0;
    i < 8 && !(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null));
    i++
  )
    await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).toBe(true);
});

test('the search page with results passes axe (WCAG 2.2 AA)', async ({ page }) => {
  await search(page, `q=${encodeURIComponent('地下水')}`);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});

test('the header search form works without JavaScript as a plain GET form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fy2024/');
  await page.getByRole('banner').getByRole('searchbox').fill('地下水');
  await page.getByRole('banner').getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E5%9C%B0%E4%B8%8B%E6%B0%B4$/);
  await expect(page.getByRole('main')).toContainText('JavaScriptが必要です');
  await context.close();
});

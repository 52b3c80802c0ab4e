/**
 * Search evaluation in Chromium, against an independent oracle. Ground truth is the test's own reading of the built
 * pages: the text of each indexed page's <main> as a reader meets it, read from the HTML file by innerText's rules
 * (./page-text.ts; leaving out parts marked data-pagefind-ignore), compared with the query by the few folding rules below, written here for what a reader
 * types. Nothing of the search's own code (src/lib/search/tokens.ts, scripts/build-search.ts and what it imports) is
 * used, so a fault shared by the indexer and the browser cannot make the oracle agree with it. For every query the
 * result list must be exactly the pages whose text contains it (recall = precision = 1.0), with title matches first;
 * filters and sorting must keep to the same set.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { indexedMain } from './page-text.ts';

interface Indexed {
  url: string;
  title: string;
  text: string;
  meta: { kind: string; budgetThousandYen?: number; filters: Record<string, string[]> };
}

/**
 * A text as a reader's query and the page are compared. A reader types with an input method that may give
 * full-width Latin (ＭＩＣＥ), half-width katakana (ﾊｻﾞｰﾄﾞﾏｯﾌﾟ) or a full-width space between words, for the MICE,
 * ハザードマップ and space the page prints: Unicode compatibility folding (NFKC) makes them the same characters. A
 * reader types Latin letters in either case (mice, dx) and means MICE, DX: case is folded.
 */
const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/** A reader separates the words of a query with spaces (full-width ones are folded to spaces above). */
const words = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

/**
 * Whether a page answers a query: its text contains every word of the query as typed, as one unbroken string. A
 * word does not run on across a line of its own (innerText puts a line break between blocks), so a title and the
 * paragraph after it never join into a match.
 */
function contains(text: string, query: string): boolean {
  const folded = fold(text);
  return words(query).every((word) => folded.includes(word));
}

// Hand-picked queries, every kind a reader types. Line numbers are those of the FY2024 plan
// (content/sources/000_dbb0204a5abc5e36.txt, "FY2024") and the 2013 report (001_2876ceca144e21ba.txt, "2013").
const QUERIES: Record<string, string[]> = {
  kanji: [
    '地下水', // in both documents (FY2024 line 166, 2013 line 341): results from both plans
    '児童手当', // one project (FY2024 line 118), listed in a priority and a vision: one record, found once
    '熊本城', // FY2024 line 1026 and the 2013 report (line 176): both documents again
    '半導体', // many FY2024 pages (line 42 on), none of 2013
    '交通渋滞', // a four-kanji compound (FY2024 line 159)
    '待機児童', // only in 2013 (line 204): a word the newer plan does not use
    '耐震化', // 2013 only, inside a longer phrase (line 193, 公共施設の耐震化の推進)
    '防災行政無線', // a six-kanji term in a single description (FY2024 line 774)
    '市電', // two characters, in both documents (FY2024 line 1130, 2013 line 106)
    '総合計画', // in the plan's own name and intro (FY2024 lines 7, 19): overview pages, not only records
  ],
  katakana: [
    'マイナンバーカード', // a long loanword (FY2024 line 111)
    'ハザードマップ', // both documents (FY2024 line 766, 2013 line 191)
    'カーシェアリング', // 2013 only (line 142)
    'スマートインターチェンジ', // the longest, 12 characters (2013 line 117)
    'ヤングケアラー', // with the long-vowel mark ー inside and at the end (FY2024 line 46)
    'タブレット', // inside a description, not a title (FY2024 line 102)
    'レンタサイクル', // 2013 (line 174), in the progress text as well as the name
    'アピアランスケア', // followed by a ※ note mark in the title (FY2024 line 790): the mark is not part of the word
  ],
  twoCharacters: [
    '保育', // two characters, many pages of both documents
    '観光', // the most frequent of these in 2013 (line 49 on)
    '消防', // both documents (FY2024 line 727, 2013 line 198)
    '医療', // also inside longer words (医療費, 医療用ウィッグ)
    '空港', // inside 熊本空港 (FY2024 line 208, 2013 line 126)
    '農業', // both documents (FY2024 line 666, 2013 line 306)
    '図書', // inside 図書館 only (FY2024 lines 516, 520)
  ],
  latin: [
    'MICE', // Latin capitals (FY2024 line 614, 2013 line 160)
    'PFOS', // Latin in a Japanese sentence, next to a ・ (FY2024 line 233, PFOS・PFOA)
    'ICカード', // Latin followed by katakana (2013 line 105); not 高速道路IC (FY2024 line 208)
    'AIデマンドタクシー', // Latin then katakana in a title (FY2024 line 1150)
    'DX', // two Latin capitals, in parentheses and in 子育てDX (FY2024 lines 48, 339)
    'NPO', // in NPO法人 (2013 line 251)
    'TSMC', // once, in one description (FY2024 line 181)
    'ＭＩＣＥ', // full-width Latin as an input method may type it: the same pages as MICE
    'ﾊｻﾞｰﾄﾞﾏｯﾌﾟ', // half-width katakana with voicing marks: the same pages as ハザードマップ
  ],
  fragments: [
    '幹線', // the start of 幹線道路 (FY2024 line 1128)
    '本港', // the end of 熊本港 (2013 line 122), which must not find 熊本空港 (no 本港 in it)
    '下水', // inside 地下水 and 下水道: a fragment across word boundaries
    'ンバーカ', // the middle of マイナンバーカード, no word of its own
    'ケアラ', // the middle of ヤングケアラー
  ],
  acrossWords: [
    'の推進', // particle + noun, in many titles of both documents
    '支援を実施', // across a particle (FY2024 line 860, 2013 line 192)
    '熊本市の', // the city's name and a particle, in the site's own text as well as the sources
    'を強化します', // a sentence ending (FY2024 line 134)
    '子育て支援', // kanji, hiragana, kanji (FY2024 line 343, 2013 line 207)
  ],
  noMatch: [
    '熊本空港線', // 熊本空港 occurs (FY2024 line 208) but 熊本空港線 nowhere: no partial or word-by-word match
    '東京タワー', // nothing of it in either document
    '宇宙開発', // nothing
    '量子コンピュータ', // nothing, with a katakana part
    'ZZZQ', // nothing, Latin
  ],
  severalWords: [
    '熊本 地下水', // two words, each in many pages: only pages with both
    '市電 100周年', // two words found apart: 市電開業100周年記念事業 (FY2024 line 1162), not the zoo's or the water's 100周年
  ],
};

let indexed: Indexed[] = [];

/** The built site's pages as site paths (`/fy2024/` for dist/fy2024/index.html), read from dist/ directly. */
function builtPages(): string[] {
  const dist = join(import.meta.dirname, '..', '..', 'dist');
  return (
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
      // The Japanese site's pages: each edition (/easy/, /en/) has its own index (search-editions.spec.ts).
      .filter((file) => !/^(easy|en)\//.test(file))
      .filter((file) => readFileSync(join(dist, file), 'utf8').includes('data-pagefind-body'))
      .map((file) => `/${file.slice(0, -'index.html'.length)}`)
      .sort()
  );
}

/** Reads every indexed page's main text from its HTML file (./page-text.ts: innerText's rules, without a browser). */
function readPages(): Indexed[] {
  const dist = join(import.meta.dirname, '..', '..', 'dist');
  return builtPages().flatMap((url) => {
    const main = indexedMain(readFileSync(join(dist, url, 'index.html'), 'utf8'));
    return main ? [{ url, title: main.title, text: main.text, meta: JSON.parse(main.search) as Indexed['meta'] }] : [];
  });
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Runs a search through the page's own UI and returns the result URLs in order, loading every batch. A search that
 * only changes the query is typed into the search page's own box, which searches as a reader types: Pagefind's
 * WebAssembly and index then load once per test, not once per query. A search whose URL is under test (exact=1,
 * filters, sorting), and the first of a test, opens the URL.
 */
async function search(page: Page, params: string): Promise<string[]> {
  const asked = new URLSearchParams(params);
  const here = page.url().startsWith('http') ? new URL(page.url()) : undefined;
  const onlyQuery = (p: URLSearchParams) => [...p.keys()].every((k) => k === 'q');
  if (asked.get('q') && onlyQuery(asked) && here?.pathname === '/search/' && onlyQuery(here.searchParams)) {
    const query = asked.get('q')!;
    await page.getByLabel('検索する語').fill(query);
    await expect(page).toHaveURL(`/search/?${new URLSearchParams({ q: query })}`);
    // The heading names the query and the count once that query's first results are shown (SiteSearch.astro).
    await expect(page.locator('[data-search-heading]')).toHaveText(
      new RegExp(`^「${escape(query)}」の検索結果（\\d+件）$`),
    );
  } else {
    await page.goto(`/search/?${params}`);
    await expect(page.locator('[data-search-count]')).not.toBeEmpty();
  }
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

// The tests are independent, so the two workers share them; each worker reads the ground truth once.
test.beforeAll(() => {
  // Every indexed page (about 300) read from dist/: the crawl (crawl.spec.ts) is the one browser visit per page.
  indexed = readPages();
});

test('the ground truth has every project and item page', () => {
  // 104 projects (113 budgets in the FY2024 plan, nine of them listed twice) and 130 numbered items of 2013: a
  // ground truth missing pages would let a search that misses them pass.
  expect(indexed.filter((p) => p.url.startsWith('/fy2024/projects/') && p.url !== '/fy2024/projects/')).toHaveLength(
    104,
  );
  expect(indexed.filter((p) => /^\/2013\/items\/\d+\/$/.test(p.url))).toHaveLength(130);
});

for (const [kind, queries] of Object.entries(QUERIES)) {
  test(`recall and precision are 1.0, title matches first: ${kind}`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const query of queries) {
      const truth = indexed.filter((p) => contains(p.text, query)).map((p) => p.url);
      // Every query but the no-match ones occurs in the sources (the lines named above), so an empty truth would
      // mean the oracle read nothing, and an empty result would pass unseen.
      if (kind === 'noMatch') expect(truth, `${query}: ground truth`).toEqual([]);
      else expect(truth.length, `${query}: ground truth`).toBeGreaterThan(0);
      const found = await search(page, `q=${encodeURIComponent(query)}`);
      expect.soft(new Set(found).size, `${query}: duplicates`).toBe(found.length);
      expect.soft([...found].sort(), `${query}: result set`).toEqual([...truth].sort());
      // Every page whose title contains the query comes before every page whose title does not.
      const inTitle = found.map((url) => contains(indexed.find((p) => p.url === url)?.title ?? '', query));
      expect
        .soft(
          inTitle.indexOf(false) === -1 || inTitle.lastIndexOf(true) < inTitle.indexOf(false),
          `${query}: title matches first`,
        )
        .toBe(true);
    }
  });
}

/**
 * Spelling variants, stated here as a reader knows them (not read from the search's table): each group is the ways
 * the plans and their readers write one word. A search for any spelling lists exactly the pages whose text contains
 * one of the group's spellings; with exact=1, exactly the pages that contain the spelling typed. Line numbers as above.
 */
const VARIANTS: string[][] = [
  ['子供', '子ども', 'こども'], // 子ども医療費 (2013 line 213), こども家庭センター (FY2024 line 132); 子供 nowhere
  ['障害', '障がい', '障碍'], // 障がい only (FY2024 line 326, 2013 line 226)
  ['取組', '取組み', '取り組み'], // 取組 in most records, 取り組み in sentences (FY2024 line 68, 2013 line 15)
  ['受入', '受入れ', '受け入れ'], // 受入れ体制 (FY2024 line 388), 受け入れ (2013 line 431)
  ['引継', '引継ぎ', '引き継ぎ'], // 引継事務 (2013 line 27)
  ['乗換', '乗換え', '乗り換え'], // バス乗換拠点 (2013 line 95), 乗り換え利便性 (2013 line 112)
  ['箇所', 'ヶ所', 'か所', 'カ所', 'ケ所', '個所'], // 箇所, and the counter 3ヶ所 (2013 line 206)
  ['県', '縣'], // the old form in one FY2024 title (縣市連携, line 1088)
  ['手続', '手続き'], // 申請手続き (FY2024 line 1299)
  ['建替え', '建替', '建て替え'], // 建て替え促進 (FY2024 line 599)
];

// Two halves of the groups and the exact searches: three tests the two workers share.
for (const [part, groups] of [VARIANTS.slice(0, 5), VARIANTS.slice(5)].entries()) {
  test(`a spelling finds the pages of every spelling of its word (groups ${part + 1}/2)`, async ({ page }) => {
    test.setTimeout(300_000);
    for (const group of groups) {
      const truth = indexed.filter((p) => group.some((spelling) => contains(p.text, spelling))).map((p) => p.url);
      expect(truth.length, `${group.join('/')}: ground truth`).toBeGreaterThan(0);
      for (const spelling of group) {
        const found = await search(page, `q=${encodeURIComponent(spelling)}`);
        expect.soft(new Set(found).size, `${spelling}: duplicates`).toBe(found.length);
        expect.soft([...found].sort(), `${spelling}: result set`).toEqual([...truth].sort());
      }
    }
  });
}

test('exact=1 finds only the pages of the spelling typed', async ({ page }) => {
  // Exact: the typed spelling only, for a spelling no page holds, one that some pages hold, and a one-character form.
  for (const spelling of ['子供', 'こども', '取組み', '縣']) {
    const truth = indexed.filter((p) => contains(p.text, spelling)).map((p) => p.url);
    const found = await search(page, `q=${encodeURIComponent(spelling)}&exact=1`);
    expect.soft([...found].sort(), `${spelling} (exact): result set`).toEqual([...truth].sort());
  }
});

test('a variant search says what it searched and links the exact search, and back', async ({ page }) => {
  await search(page, `q=${encodeURIComponent('子供')}`);
  const note = page.locator('[data-search-variants]');
  await expect(note).toHaveText('「子供」を「子ども」「こども」も含めて検索しました。「子供」だけで検索');
  await expect(page.getByRole('status')).toContainText('件あります');
  // Variant hits are marked as exact hits are.
  const marks = await page.locator('[data-search-results] mark').allTextContents();
  expect(new Set(marks)).toEqual(new Set(['子ども', 'こども']));
  await note.getByRole('link', { name: '「子供」だけで検索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E5%AD%90%E4%BE%9B&exact=1$/);
  await expect(page.getByRole('status')).toContainText('見つかりませんでした');
  await expect(note).toHaveText('「子供」と書かれたページだけを検索しました。「子ども」「こども」も含めて検索');
  // The exact search is a link of its own: reloaded, it stays exact.
  await page.reload();
  await expect(page.getByRole('status')).toContainText('見つかりませんでした');
  await note.getByRole('link', { name: '「子ども」「こども」も含めて検索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E5%AD%90%E4%BE%9B$/);
  await expect(page.getByRole('status')).toContainText('件あります');
  // A query without variants says nothing about them.
  await search(page, `q=${encodeURIComponent('地下水')}`);
  await expect(note).toBeHidden();
});

test('the header search box shows the query on the results page', async ({ page }) => {
  await search(page, `q=${encodeURIComponent('地下水')}`);
  await expect(page.getByRole('banner').getByRole('searchbox')).toHaveValue('地下水');
  await page.getByLabel('検索する語').fill('市電');
  await expect(page.getByRole('status')).toContainText('「市電」を含むページ');
  await expect(page.getByRole('banner').getByRole('searchbox')).toHaveValue('市電');
});

test('without a query, a list is ordered by budget, then title, and says so', async ({ page }) => {
  const found = await search(page, 'plan=fy2024');
  const collator = new Intl.Collator('ja');
  const truth = indexed
    .filter((p) => p.meta.filters['plan']?.includes('fy2024'))
    .sort(
      (a, b) =>
        (b.meta.budgetThousandYen ?? -1) - (a.meta.budgetThousandYen ?? -1) ||
        collator.compare(a.title, b.title) ||
        a.url.localeCompare(b.url),
    )
    .map((p) => p.url);
  expect(found).toEqual(truth);
  await expect(page.getByRole('status')).toContainText('予算額の大きい順');
  await expect(page.getByRole('status')).toContainText('題名順');
});

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
    const truth = indexed.filter((p) => contains(p.text, query) && keep(p)).map((p) => p.url);
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
    .filter((p) => contains(p.text, '整備') && p.meta.filters['plan']?.includes('fy2024') && p.meta.filters['band'])
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
  // Excerpts quote a record's own text, never the labels of its links to other records (the crosswalk's 共通する語句):
  // 第3子 is in a project's text (FY2024 line 120) and a 2013 item's (2013 line 208), which the crosswalk links.
  await search(page, `q=${encodeURIComponent('第3子')}`);
  const excerpts = await page.locator('[data-search-results] .excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) expect(excerpt).not.toContain('共通する語句');
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

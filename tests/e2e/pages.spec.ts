/** Each page type in Chromium, checked against facts read by hand from the sources (line numbers in comments). */
import { expect, test } from '@playwright/test';
import { htmlPages, read } from '../dist/site.ts';

test('a vision page lists its projects, its total and its measures', async ({ page }) => {
  await page.goto('/fy2024/visions/4/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('だれもが自分らしくいきいきと生活できるまち');
  // Five projects at lines 844-872: 3,000 + 29,000 + 5,000 + 3,722 + 4,000 千円.
  const table = page.getByRole('table', { name: 'ビジョン4の事業（予算額の大きい順）' });
  await expect(table.locator('tbody tr')).toHaveCount(5);
  await expect(table.locator('tbody tr').first()).toContainText('民間活力を活用した健康づくり');
  // 44,722千円 = 4,472.2万円.
  await expect(page.getByRole('main')).toContainText('44,722千円（4,472万円');
  await expect(page.getByRole('table', { name: 'ビジョン4の施策' }).locator('tbody tr')).toHaveCount(4);
  // A chart with a text alternative and its data table.
  const chart = page.getByRole('img', { name: /ビジョン4の事業/ });
  await expect(chart).toBeVisible();
  await expect(page.getByRole('main')).toContainText('最も大きいのは「民間活力を活用した健康づくり」');
});

test('a project page shows the budget both ways, the previous year, the change and the source lines', async ({
  page,
}) => {
  await page.goto('/fy2024/projects/c15a479c/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('児童手当の拡充');
  const main = page.getByRole('main');
  // Lines 122-123 and 404.
  // 133.84億円 and 114.98億円, each in 億円 with one decimal.
  await expect(main).toContainText('13,384,000千円（133.8億円');
  await expect(main).toContainText('11,498,000千円（115.0億円）');
  await expect(main).toContainText('+1,886,000千円（+16.4%）');
  await expect(main).toContainText('予算122行目');
  await expect(main).toContainText('予算404行目');
  await expect(main.getByRole('link', { name: '重点事項1 こども関連施策の推進' })).toHaveAttribute(
    'href',
    '/fy2024/priorities/1/',
  );
  await expect(page.getByRole('navigation', { name: 'パンくずリスト' })).toContainText(
    'ビジョン1 こどもが輝き、若者が希望を抱くまち',
  );
});

test('a project printed under two titles shows both and the data-quality note', async ({ page }) => {
  await page.goto('/fy2024/projects/bd092203/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('市内の翻訳・通訳体制の強化');
  await expect(page.getByRole('main')).toContainText('「庁内の翻訳・通訳体制の強化」');
  await expect(page.getByRole('heading', { name: 'データについての注記' })).toBeVisible();
});

test('a priority page shows FY2023 → FY2024 for its projects', async ({ page }) => {
  await page.goto('/fy2024/priorities/2/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('半導体関連企業の熊本進出に伴う諸課題への対応');
  const table = page.getByRole('table', { name: '重点事項2の事業と前年度予算' });
  await expect(table.locator('tbody tr')).toHaveCount(7);
  // Lines 235-236: 2,935千円, (-): a line in the column, which says no amount is printed and no more.
  await expect(table.getByRole('row', { name: /地下水及び公共用水域の監視強化/ })).toContainText('前年度欄は「－」');
  // The source's mark is explained once, under the table.
  await expect(page.getByRole('main')).toContainText(
    '「前年度欄は『－』」は、原資料で前年度の予算の欄が「(-)」と記されている事業です。',
  );
  await expect(page.getByRole('main')).toContainText('令和5年度の合計は274,611千円');
});

test('ward pages: the list and one ward', async ({ page }) => {
  await page.goto('/fy2024/wards/');
  await expect(page.getByRole('table', { name: '区ごとの掲載事業と推進経費' }).locator('tbody tr')).toHaveCount(6);
  await page.getByRole('link', { name: '北区', exact: true }).first().click();
  await expect(page).toHaveURL(/\/fy2024\/wards\/kita\/$/);
  // Lines 1428-1440: 3,900 + 1,181 千円.
  await expect(page.getByRole('main')).toContainText('2事業、合計5,081千円');
  await expect(page.getByRole('heading', { level: 2, name: '北区こどもまつりの開催' })).toBeVisible();
});

test('a 2013 promise page shows sub-items, cells, progress, status and the rule', async ({ page }) => {
  await page.goto('/2013/items/44/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MICE(マイス)機能の充実');
  // The sub-items' headings (the crosswalk's links to FY2024 follow under headings of their own).
  await expect(page.locator('section.sub').getByRole('heading', { level: 3 })).toHaveText([
    'MICEの推進',
    'MICE施設の整備',
    '花畑地区文化ホールの整備',
  ]);
  await expect(page.getByRole('main')).toContainText('一部中止');
  const hall = page.locator('section', { has: page.getByRole('heading', { name: '花畑地区文化ホールの整備' }) });
  // Line 163: 事業スキームの見直し | — | …整備中止が決定.
  await expect(hall).toContainText('事業スキームの見直し');
  await expect(hall).toContainText('—（予定なし）');
  await expect(hall).toContainText('整備中止が決定');
  // The status says who classified it and on which words, and links to the rule that decided it.
  await expect(hall).toContainText('根拠：「整備中止が決定」');
  await expect(hall.getByRole('link', { name: 'このサイトによる分類' })).toHaveAttribute(
    'href',
    '/method/#rule-S1-cancelled',
  );
  // Re-listed under part III ③ (line 401).
  await expect(page.getByRole('heading', { name: 'ほかの箇所への再掲' })).toBeVisible();
});

test('a re-listed sub-item links to its original', async ({ page }) => {
  await page.goto('/2013/items/37/');
  await page.getByRole('link', { name: 'No.31の再掲' }).click();
  await expect(page).toHaveURL(/\/2013\/items\/31\/#s-31-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('熊本駅の乗り換え利便性の向上');
});

test('the status list and a category page', async ({ page }) => {
  await page.goto('/2013/status/');
  await expect(page.getByRole('heading', { level: 2, name: /^一部中止（1項目）$/ })).toBeVisible();
  await expect(page.locator('main ol li')).toHaveCount(130);
  await page.goto('/2013/categories/II-11/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('⑪ 低炭素都市づくり');
  await expect(page.locator('main ol li')).toHaveCount(2);
  // The re-listing of No.38 printed at line 339.
  await expect(page.getByRole('main')).toContainText('イ. 公用車のカーシェアリングの導入');
});

test('the 404 page helps the reader on', async ({ request, page }) => {
  const response = await request.get('/fy2024/projects/00000000/');
  expect(response.status()).toBe(404);
  await page.goto('/no/such/page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  await expect(page.getByRole('link', { name: '2013年の行程表' }).last()).toBeVisible();
});

test('the about and method pages explain the figures and publish the status rules', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('main')).toContainText('市の予算全体ではありません');
  await page.goto('/method/');
  // 128 千円 figures: 113 budgets, 12 FY2023 budgets, 3 others (lines 920, 920, 944).
  await expect(page.getByRole('main')).toContainText('「千円」の金額が128か所');
  await expect(page.locator('#rule-S1-cancelled')).toContainText('中止');
});

test('money is shown one way: 千円 as printed, or 億円 / 万円 rounded, never an exact 万・千 spelling', async ({
  page,
}) => {
  // こども誰でも通園制度 (line 129): 20,608千円 = 2,060.8万円, shown as 2,061万円 wherever it is not the printed figure.
  await page.goto('/fy2024/priorities/1/');
  const main = page.getByRole('main');
  await expect(main).toContainText('20,608千円（2,061万円）');
  await expect(main).toContainText('前年度欄は「－」');
  for (const path of htmlPages()) {
    const text = read(path).replace(/<[^>]+>/g, '');
    // 2,060万8千円, 133億8,400万円: exact spellings that read as a second amount beside the rounded one.
    expect(text, path).not.toMatch(/\d万\d+千円|\d億[\d,]+万円/);
    // Older wordings of a missing previous-year budget.
    expect(text, path).not.toMatch(/前年度なし|なし（原資料の表記/);
  }
});

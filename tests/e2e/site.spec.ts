import { expect, test } from '@playwright/test';

interface OpenProject {
  id: string;
  url: string;
  title: string;
  budgetThousandYen: number;
  previousBudgetThousandYen: number | null;
  sections: string[];
  sourceLines: number[];
}

test('the home page introduces both documents with their totals', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('熊本市 計画エクスプローラー');
  const plan = page.getByRole('region', { name: '令和6年度（2024年度）アクションプラン' });
  // 104 projects; each counted once.
  // An overview: the readable form, the exact 28,796,190千円 on hover (src/pages/method.mdx).
  await expect(plan).toContainText('104事業の予算の合計は288.0億円');
  await expect(plan.locator('data[title="28,796,190千円"]').first()).toHaveText('288.0億円');
  await expect(plan.getByRole('link', { name: /^重点事項\d/ })).toHaveCount(2);
  // Vision 4: five projects, 44,722千円 (lines 846-870).
  await expect(
    plan.getByRole('listitem').filter({ hasText: 'だれもが自分らしくいきいきと生活できるまち' }),
  ).toContainText('5事業、4,472万円');
  await expect(plan.getByRole('list').filter({ hasText: '5区共通' }).getByRole('link')).toHaveCount(6);
  await expect(page.getByRole('search').first()).toBeVisible();
});

test('publishes /data/fy2024/projects.json with the open-data contract', async ({ request }) => {
  const response = await request.get('/data/fy2024/projects.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  const projects = (await response.json()) as OpenProject[];
  expect(projects).toHaveLength(104);
  for (const p of projects) {
    expect(p.url).toBe(`/fy2024/projects/${p.id}/`);
    expect(p.sections.length).toBeGreaterThan(0);
    expect(p.sourceLines.length).toBeGreaterThan(0);
  }
  const allowance = projects.find((p) => p.title === '児童手当の拡充')!;
  expect(allowance).toMatchObject({
    budgetThousandYen: 13_384_000,
    previousBudgetThousandYen: 11_498_000,
    sections: ['priority-1', 'vision-1'],
    sourceLines: [122, 123, 404],
  });
  const sections = new Set(projects.flatMap((p) => p.sections));
  expect([...sections].sort()).toEqual(
    [
      'priority-1',
      'priority-2',
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `vision-${n}`),
      ...['chuo', 'higashi', 'nishi', 'minami', 'kita', 'common'].map((w) => `ward-${w}`),
    ].sort(),
  );
});

test('the home page shows the 2013 roadmap at a glance, with the chart data table', async ({ page }) => {
  await page.goto('/');
  const roadmap = page.getByRole('region', { name: '2013年の行程表（挑戦元年アクションプラン）' });
  await expect(roadmap.getByRole('img', { name: /部ごとの進捗状況/ })).toBeVisible();
  await roadmap.getByText('グラフのデータ（表）').click();
  const table = roadmap.getByRole('table', { name: /部ごとの進捗状況（データ）/ });
  // Items per part, counted by hand: I 1–50, II 51–104, III 105–130.
  await expect(table.locator('tbody tr td:last-child')).toHaveText(['50', '54', '26']);
});

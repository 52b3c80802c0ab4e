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

test('the index lists priorities, visions, wards and projects in Japanese', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('熊本市第8次総合計画 令和6年度アクションプラン(案)');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(2 + 8 + 6);
  const vision4 = page.getByRole('region', { name: 'ビジョン4 だれもが自分らしくいきいきと生活できるまち' });
  await expect(vision4.getByRole('listitem')).toHaveCount(5);
  // 3,000 + 29,000 + 5,000 + 3,722 + 4,000 (lines 846, 852, 858, 864, 870).
  await expect(vision4).toContainText('5事業、合計44,722千円（4,472万2千円）');
  await expect(page.getByRole('region', { name: '区の取組: 北区' })).toContainText('北区こどもまつりの開催: 3,900千円');
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

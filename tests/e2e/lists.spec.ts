/**
 * The complete lists: every project of a plan and every 2013 item in one table. Without JavaScript the whole list is
 * served in its default order; with it, sorting and filtering follow the controls and the URL. Every expected order
 * and set is computed here from the committed JSON with the test's own comparators, never read from the page; the
 * counts and totals are written out as read by hand in the source. The folders above the records answer with a page
 * of their own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { distFiles } from '../../scripts/lib/dist.ts';
import { dist } from '../dist/site.ts';

const content = (path: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', path), 'utf8'));

interface Project {
  id: string;
  title: string;
  budgetThousandYen: number;
  previousBudgetThousandYen: number | null;
  sections: string[];
}
const plan = 'fy2024';
const projects = content(`${plan}/projects.json`) as Project[];
const items = content('2013/items.json') as Array<{ no: number; title: string; part: string; status: string }>;
const crosswalk = content('crosswalk/2013-2024.json') as Array<{ no: number; status: string; links: unknown[] }>;

const collator = new Intl.Collator('ja');
// 五十音順: titles compare by their readings as the data build wrote them (checked in tests/unit/readings.test.ts).
const readings = new Map(
  (content('readings/titles.json') as Array<{ title: string; reading: string }>).map((r) => [r.title, r.reading]),
);
const byReading = (a: { title: string }, b: { title: string }) =>
  collator.compare(readings.get(a.title)!, readings.get(b.title)!);
const byTitle = (a: Project, b: Project) => byReading(a, b);
const change = (p: Project) =>
  p.previousBudgetThousandYen === null ? null : p.budgetThousandYen - p.previousBudgetThousandYen;
/** Largest budget first, equal budgets by title. */
const byBudgetDesc = (a: Project, b: Project) => b.budgetThousandYen - a.budgetThousandYen || byTitle(a, b);
/** Largest increase first; projects without a previous year last; ties by title. */
const byChangeDesc = (a: Project, b: Project) => {
  const x = change(a);
  const y = change(b);
  if (x === null || y === null) return x === y ? byTitle(a, b) : x === null ? 1 : -1;
  return y - x || byTitle(a, b);
};
const ids = (list: Project[]) => list.map((p) => p.id);
// The count line of the projects list, as read by hand in content/sources/000_dbb0204a5abc5e36.txt. Every project:
// 104 projects, 28,796,190千円 (113 budgets, nine projects listed twice; see home.spec.ts). Vision 5 (lines 898–981):
// six budgets, lines 915, 922, 929, 935, 939 and 946, 77,330 + 62,300 + 2,935 + 12,900 + 89,995 + 152,790 =
// 398,250千円. Shown to one decimal in 億円.
const ALL_COUNT = '104件・合計288.0億円';
const VISION_5_COUNT = '6件・合計4.0億円';

const listUrl = `/${plan}/projects/`;

/** The project IDs of the rows shown, in order (from each row's link). */
async function shownProjects(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('list-view tbody tr th a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.map((h) => h.split('/').at(-2)!);
}
const shownItems = async (page: Page): Promise<number[]> =>
  (await page.locator('list-view tbody tr th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map((h) =>
    Number(h.split('/').at(-2)),
  );

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the projects list has every project, largest budget first, with the count and total', async ({ page }) => {
    expect(projects.length).toBe(104);
    await page.goto(listUrl);
    expect(await shownProjects(page)).toEqual(ids([...projects].sort(byBudgetDesc)));
    await expect(page.locator('[data-list-count]')).toHaveText(ALL_COUNT);
    // The controls cannot work without the script, so they are not offered.
    await expect(page.getByLabel('並べ替え')).toBeHidden();
  });

  test('the items list has all 130 items in number order', async ({ page }) => {
    await page.goto('/2013/items/');
    expect(await shownItems(page)).toEqual(items.map((i) => i.no).sort((a, b) => a - b));
    expect(items.length).toBe(130);
    await expect(page.locator('[data-list-count]')).toHaveText('130件');
  });
});

test.describe('with JavaScript', () => {
  test('sorting by title, change and budget reorders the rows and keeps the view in the URL', async ({ page }) => {
    await page.goto(listUrl);
    const sort = page.getByLabel('並べ替え');

    await sort.selectOption('title:asc');
    expect(await shownProjects(page)).toEqual(ids([...projects].sort(byTitle)));
    expect(new URL(page.url()).search).toBe('?sort=title&order=asc');

    await sort.selectOption('title:desc');
    expect(await shownProjects(page)).toEqual(ids([...projects].sort((a, b) => byTitle(b, a))));

    await sort.selectOption('change:desc');
    const expected = ids([...projects].sort(byChangeDesc));
    expect(await shownProjects(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe('?sort=change&order=desc');
    await expect(page.locator('th[aria-sort="descending"]')).toHaveText(/増減/);

    await page.reload();
    await expect(sort).toHaveValue('change:desc');
    expect(await shownProjects(page)).toEqual(expected);

    await sort.selectOption('budget:asc');
    // Ascending budget with equal budgets still by title: the comparator reversed only on the budget.
    expect(await shownProjects(page)).toEqual(
      ids([...projects].sort((a, b) => a.budgetThousandYen - b.budgetThousandYen || byTitle(a, b))),
    );

    await sort.selectOption('budget:desc');
    expect(new URL(page.url()).search).toBe('');
    expect(await shownProjects(page)).toEqual(ids([...projects].sort(byBudgetDesc)));
  });

  test('filtering by vision 5 shows exactly its projects, and the URL reproduces the view', async ({ page }) => {
    const inVision5 = projects.filter((p) => p.sections.includes('vision-5'));
    expect(inVision5.length).toBe(6);
    await page.goto(listUrl);
    await page.getByLabel('ビジョン', { exact: true }).selectOption('5');
    expect(new URL(page.url()).search).toBe('?vision=5');
    expect(await shownProjects(page)).toEqual(ids([...inVision5].sort(byBudgetDesc)));
    await expect(page.locator('[data-list-count]')).toHaveText(VISION_5_COUNT);

    // A link with the state, opened afresh, shows the same view.
    await page.goto(`${listUrl}?vision=5&sort=change&order=desc`);
    await expect(page.getByLabel('ビジョン', { exact: true })).toHaveValue('5');
    await expect(page.getByLabel('並べ替え')).toHaveValue('change:desc');
    expect(await shownProjects(page)).toEqual(ids([...inVision5].sort(byChangeDesc)));
    await expect(page.locator('[data-list-count]')).toHaveText(VISION_5_COUNT);
    await page.reload();
    expect(await shownProjects(page)).toEqual(ids([...inVision5].sort(byChangeDesc)));
  });

  test('filters that match nothing say why and offer the wider set; the list sorts by percentage', async ({ page }) => {
    // Priority 1 lists seven projects (budget lines 104, 113, 122, 129, 136, 145 and 154), 13,645,041千円; 東区's own
    // two (lines 1380 and 1388) are in no priority.
    const inPriority1 = projects.filter((p) => p.sections.includes('priority-1'));
    expect(inPriority1).toHaveLength(7);
    await page.goto(`${listUrl}?priority=1&ward=higashi`);
    await expect(page.locator('[data-list-count]')).toHaveText('0件');
    await expect(page.locator('list-view table')).toBeHidden();
    const empty = page.locator('[data-list-empty]');
    await expect(empty).toContainText('東区の取組には、「重点事項1 こども関連施策の推進」の事業はありません。');
    await expect(empty).toContainText('市全体の事業で、どの区の住民も対象です。');
    await expect(
      empty.getByRole('button', { name: '「重点事項1 こども関連施策の推進」の絞り込みを外す（2件）' }),
    ).toBeVisible();

    await empty.getByRole('button', { name: '「東区」の絞り込みを外す（7件）' }).click();
    await expect(page).toHaveURL(new RegExp(`${listUrl}\\?priority=1$`));
    await expect(page.locator('[data-list-count]')).toHaveText('7件・合計136.5億円');
    await expect(page.getByLabel('区の取組', { exact: true })).toBeFocused();
    expect(await shownProjects(page)).toEqual(ids([...inPriority1].sort(byBudgetDesc)));

    // Largest percentage first, from the printed figures; the one without a previous-year figure (line 130's (一)) last.
    const ratio = (p: Project) =>
      p.previousBudgetThousandYen === null
        ? null
        : (p.budgetThousandYen - p.previousBudgetThousandYen) / p.previousBudgetThousandYen;
    const byRatioDesc = (a: Project, b: Project) => {
      const x = ratio(a);
      const y = ratio(b);
      if (x === null || y === null) return x === y ? byTitle(a, b) : x === null ? 1 : -1;
      return y - x || byTitle(a, b);
    };
    await page.getByLabel('並べ替え').selectOption('ratio:desc');
    expect(await shownProjects(page)).toEqual(ids([...inPriority1].sort(byRatioDesc)));
    // Lines 113-114: 2,000 → 37,000千円, +1,750.0%, first.
    await expect(page.locator('list-view tbody tr').first()).toContainText('（+1,750.0%）');

    // A ward with a budget band none of its projects has: no reason applies, the general message shows, and the
    // wider sets are still offered.
    await page.getByRole('button', { name: '条件を元に戻す' }).click();
    await expect(page.locator('[data-list-count]')).toHaveText(ALL_COUNT);
    await page.getByLabel('区の取組', { exact: true }).selectOption('higashi');
    await page.getByLabel('予算額', { exact: true }).selectOption('ge1b');
    await expect(empty).toContainText('条件に合う事業はありません。');
    await expect(empty).not.toContainText('市全体の事業');
    // 10億円以上 is the band `ge1b` (src/lib/search/meta.ts).
    const large = projects.filter((p) => p.budgetThousandYen >= 1_000_000).length;
    await expect(empty.getByRole('button', { name: `「東区」の絞り込みを外す（${large}件）` })).toBeVisible();
  });

  test('the items list filters by status and successor and sorts by title', async ({ page }) => {
    const links = new Map(crosswalk.map((c) => [c.no, c.links.length]));
    const doneWithout = items.filter((i) => i.status === 'done' && links.get(i.no) === 0).map((i) => i.no);
    await page.goto('/2013/items/?status=done&successor=none');
    await expect(page.locator('[data-list-count]')).toHaveText(`${doneWithout.length}件`);
    expect(await shownItems(page)).toEqual(doneWithout);

    await page.getByLabel('並べ替え').selectOption('title:asc');
    const byTitleNo = items
      .filter((i) => doneWithout.includes(i.no))
      .sort((a, b) => byReading(a, b) || a.no - b.no)
      .map((i) => i.no);
    expect(await shownItems(page)).toEqual(byTitleNo);
    expect(new URL(page.url()).search).toBe('?status=done&successor=none&sort=title&order=asc');

    await page.getByLabel('部', { exact: true }).selectOption('II');
    const partII = items.filter((i) => i.part === 'II' && doneWithout.includes(i.no));
    await expect(page.locator('[data-list-count]')).toHaveText(`${partII.length}件`);
    expect(await shownItems(page)).toEqual(byTitleNo.filter((no) => partII.some((i) => i.no === no)));
  });
});

test('every folder of a permanent link answers with a page', async ({ request }) => {
  const folders = [
    '/fy2024/',
    '/fy2024/projects/',
    '/fy2024/visions/',
    '/fy2024/priorities/',
    '/fy2024/wards/',
    '/2013/',
    '/2013/items/',
    '/2013/parts/',
    '/2013/categories/',
    '/sources/',
  ];
  for (const folder of folders) {
    const response = await request.get(folder);
    expect(response.status(), folder).toBe(200);
    expect(await response.text(), folder).toContain('<h1');
  }
});

test('the overview pages link to the complete lists', async ({ page }) => {
  await page.goto(`/${plan}/`);
  await expect(page.getByRole('link', { name: 'すべての事業（104件）を一覧で見る' })).toHaveAttribute('href', listUrl);
  await page.goto('/2013/');
  await expect(page.getByRole('link', { name: 'すべての項目（130件）を一覧で見る' })).toHaveAttribute(
    'href',
    '/2013/items/',
  );
});

test('every folder of every published file is a page, the open data’s included', async ({ request }) => {
  // Every folder above a file the site publishes (a record's JSON, /data/fy2024/projects/c15a479c.json, included),
  // except the build's asset folders, which no one links to: scripts and styles, the search indexes, and the share
  // images, which only link previews fetch (each page names its own in og:image).
  const folders = new Set<string>();
  const assets = ['_astro/', 'pagefind/', 'easy/pagefind/', 'en/pagefind/', 'og/'];
  for (const file of distFiles(dist, { exclude: assets })) {
    const parts = file.split('/').slice(0, -1);
    for (let n = 1; n <= parts.length; n++) folders.add(`/${parts.slice(0, n).join('/')}/`);
  }
  expect(folders).toContain('/data/fy2024/projects/');
  expect(folders).toContain('/data/2013/items/');
  for (const folder of folders) expect((await request.get(folder)).status(), folder).toBe(200);
});

test('a record folder of the open data links every record’s JSON', async ({ page }) => {
  await page.goto(`/data/${plan}/projects/`);
  const hrefs = await page.locator('main ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  // Every project once, in 五十音順 like the complete list.
  expect(hrefs).toEqual([...projects].sort(byTitle).map((p) => `/data/${plan}/projects/${p.id}.json`));
  await page.goto('/data/2013/items/');
  expect(await page.locator('main ul a').count()).toBe(130);
});

test('on a phone every control shows its chosen option whole', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // The views the review found cut: a percentage sort (「前年度からの増減」 was all a reader saw) and priority 1.
  await page.goto(`${listUrl}?sort=ratio&order=desc&priority=1`);
  for (const [name, shown] of [
    ['並べ替え', '増減率の大きい順'],
    ['重点事項', '重点事項1 こども関連施策の推進'],
  ] as const) {
    const select = page.getByLabel(name, { exact: true });
    await expect(select.locator('option:checked')).toHaveText(shown);
    // The option's text, in the control's own font, fits inside the control beside its arrow (about 24 px).
    const room = await select.evaluate((el: HTMLSelectElement) => {
      const style = getComputedStyle(el);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const text = context.measureText(el.selectedOptions[0]!.text).width;
      const inner = el.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
      return inner - 24 - text;
    });
    expect(room, name).toBeGreaterThanOrEqual(0);
  }
  // A vision's name is longer than a phone's control: the line under the controls names every filter in force whole.
  await page.getByLabel('ビジョン', { exact: true }).selectOption('2');
  await expect(page.locator('[data-list-chosen]')).toHaveText(
    '絞り込み：「ビジョン2 市民に愛され、世界に選ばれる、持続的な発展を実現するまち」・「重点事項1 こども関連施策の推進」',
  );
  await expect(page.locator('[data-list-chosen]')).toBeVisible();
  // The four change sorts read apart: rate or amount, and which end first.
  const labels = await page.getByLabel('並べ替え').locator('option').allTextContents();
  expect(labels).toEqual(
    expect.arrayContaining(['増減率の大きい順', '増減率の小さい順', '増減額の大きい順', '増減額の小さい順']),
  );
});

test('a やさしい日本語 list gives ふりがな to the total it writes for a view, as to the one it serves', async ({
  page,
}) => {
  await page.goto('/easy/fy2024/projects/?vision=5');
  const count = page.locator('[data-list-count]');
  // Vision 5 lists 6 projects (the count the Japanese list test reads from the committed data).
  const vision5 = projects.filter((p) => p.sections.includes('vision-5'));
  await expect(count).toContainText(`${vision5.length}こ`);
  // The total is in 億, 万 and 円 (kanji): none of them outside <ruby>, each with its reading.
  const outside = await count.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const ruby of copy.querySelectorAll('ruby')) ruby.remove();
    return copy.textContent ?? '';
  });
  expect(outside).not.toMatch(/\p{Script=Han}/u);
  const rubies = await count
    .locator('ruby')
    .evaluateAll((rs) => rs.map((r) => [r.firstChild?.textContent, r.querySelector('rt')?.textContent]));
  expect(rubies).toContainEqual(['円', 'えん']);
  expect(rubies.every(([base, reading]) => base && reading)).toBe(true);
});

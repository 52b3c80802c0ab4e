/**
 * Downloads, citations and the 2013 → 2024 crosswalk, checked against the built site.
 */
import { expect, test } from '@playwright/test';
import { builtSite, read, sitemapPaths } from './dist.ts';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) throw new Error('the CSV does not end with CRLF');
  return rows;
}

test('every dataset downloads as JSON and CSV: BOM, CRLF, header = data dictionary, rows = JSON', async ({
  page,
  request,
}) => {
  await page.goto('/data/');
  const csvLinks = await page
    .getByRole('link', { name: /\.csv$/ })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  // FY2024: projects, appearances, priorities, visions, measures, wards, tables, figures; 2013: items, subitems,
  // crosswalk; and the quality notes.
  expect(csvLinks).toHaveLength(12);
  await page.goto('/data/dictionary/');
  for (const href of csvLinks) {
    const path = href.replace(/^\/data\//, '').replace(/\.csv$/, '');
    const bytes = await (await request.get(href)).body();
    expect([...bytes.subarray(0, 3)], `${href}: BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    // Outside quoted fields every line ends with CRLF.
    const outside = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(/(?<!\r)\n/.test(outside) || !outside.endsWith('\r\n'), `${href}: CRLF`).toBe(false);
    const [header, ...rows] = parseCsv(text);
    const columns = await page
      .locator('section', { has: page.locator(`a[href="${href}"]`) })
      .locator('tbody th')
      .allTextContents();
    expect(header, `${href}: header`).toEqual(columns);
    const json = (await (await request.get(`/data/${path}.json`)).json()) as unknown[];
    expect(rows.length, `${href}: rows`).toBe(json.length);
    expect(
      rows.every((r) => r.length === header!.length),
      `${href}: widths`,
    ).toBe(true);
    const schema = await request.get(`/data/${path}.schema.json`);
    expect(schema.ok(), `${path}.schema.json`).toBe(true);
  }
});

test('CSV figures are plain integers in 千円 and trace back to their line', async ({ request }) => {
  const text = (await (await request.get('/data/fy2024/projects.csv')).body()).subarray(3).toString('utf8');
  const [header, ...rows] = parseCsv(text);
  const row = rows.find((r) => r[header!.indexOf('title')] === '児童手当の拡充')!;
  // Lines 122-123 and 404 of the FY2024 source.
  expect(row[header!.indexOf('budget_thousand_yen')]).toBe('13384000');
  expect(row[header!.indexOf('previous_budget_thousand_yen')]).toBe('11498000');
  expect(row[header!.indexOf('source_lines')]).toBe('122;123;404');
});

test('every project and promise page has a citation, its JSON and Open Graph tags', async ({ request }) => {
  const pages = sitemapPaths().filter((p) => /^\/(fy2024\/projects|2013\/items)\/[^/]+\/$/.test(p));
  expect(pages).toHaveLength(104 + 130);
  for (const path of pages) {
    const html = read(path);
    // The permanent URL: absolute with the public address (then also canonical and og:url), else the path.
    const permalink = builtSite ? new URL(path, builtSite).href : path;
    if (builtSite) expect(html, path).toContain(`<meta property="og:url" content="${permalink}"`);
    else expect(html, path).not.toContain('og:url');
    expect(html, path).toContain('<meta property="og:type" content="article"');
    expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html, path).toMatch(/<meta name="description" content="[^"]+"/);
    const cite = /<section class="cite"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(cite, path).toMatch(/熊本市「[^」]+」/);
    // Each line its own link to the source page (tests/e2e/sources.spec.ts checks where they lead).
    expect(cite.replace(/<[^>]+>/g, ''), path).toMatch(/原資料 \d+行目(・\d+行目)*）/);
    expect(cite, path).toMatch(new RegExp(`固定リンク：<a href="${path}"[^>]*>${permalink.replace(/\./g, '\\.')}</a>`));
    expect(cite, path).toContain(`熊本市 計画エクスプローラー ${permalink}（`);
    expect(cite, path).toMatch(/データ版 [0-9a-f]{12}/);
    const json = /href="(\/data\/[^"]+\.json)"/.exec(cite)![1]!;
    expect((await request.get(json)).ok(), json).toBe(true);
  }
});

test('a record JSON is the record the page shows', async ({ request }) => {
  const record = (await (await request.get('/data/fy2024/projects/a9e5b148.json')).json()) as {
    title: string;
    budgetThousandYen: number;
    sourceLines: number[];
  };
  // Lines 1247-1252: 熊本西環状道路の整備推進, 4,974,500千円 (R5補正含む).
  expect(record).toMatchObject({
    title: '熊本西環状道路の整備推進',
    budgetThousandYen: 4_974_500,
    sourceLines: [1251],
  });
  const item = (await (await request.get('/data/2013/items/32.json')).json()) as {
    title: string;
    successors: Array<{ id: string }>;
  };
  expect(item.title).toBe('植木・北バイパス、熊本西環状道路の整備');
  expect(item.successors.map((s) => s.id)).toEqual(['a9e5b148']);
});

test('the crosswalk lists all 130 items, each with successors and a reason or an explicit none', async ({ page }) => {
  await page.goto('/2013/crosswalk/');
  const items = page.locator('ol.crosswalk > li');
  await expect(items).toHaveCount(130);
  for (const li of await items.all()) {
    const successors = li.locator('ul > li');
    if ((await successors.count()) === 0) await expect(li).toContainText('後継事業の掲載なし');
    else for (const s of await successors.all()) await expect(s).toContainText(/共通する語句「.+」/);
  }
  // Filtering works without script: part II has items 51–104.
  await page.getByRole('radio', { name: 'II', exact: true }).check();
  await expect(page.locator('ol.crosswalk > li:visible')).toHaveCount(54);
  await page.getByRole('radio', { name: '一部中止' }).check();
  await expect(page.locator('ol.crosswalk > li:visible')).toHaveCount(0);
  await page.getByRole('radio', { name: 'I', exact: true }).check();
  await expect(page.locator('ol.crosswalk > li:visible')).toHaveCount(1);
});

test('the crosswalk shows on both sides', async ({ page }) => {
  await page.goto('/2013/items/32/');
  const successors = page.getByRole('region', { name: '令和6年度の関連事業' });
  await expect(successors.getByRole('link', { name: '熊本西環状道路の整備推進' })).toHaveAttribute(
    'href',
    '/fy2024/projects/a9e5b148/',
  );
  await page.goto('/fy2024/projects/a9e5b148/');
  const predecessors = page.getByRole('region', { name: '2013年の行程表とのつながり' });
  await expect(predecessors.getByRole('link', { name: 'No.32 植木・北バイパス、熊本西環状道路の整備' })).toBeVisible();
  await page.goto('/2013/items/1/');
  await expect(page.getByRole('region', { name: '令和6年度の関連事業' })).toContainText('後継事業の掲載なし');
});

test('the data-quality page lists the inconsistencies with their lines', async ({ page }) => {
  await page.goto('/data/quality/');
  const main = page.getByRole('main');
  // 市内/庁内 (lines 222, 862); 子ども/こども (998); part II title (202); the spilled cell (358); 等 in the re-listing (404).
  await expect(main).toContainText(
    '「市内の翻訳・通訳体制の強化」（222行目）と「庁内の翻訳・通訳体制の強化」（862行目）',
  );
  await expect(main).toContainText('子どもが輝き');
  await expect(main).toContainText('202行目では「もっと暮らしやすさを感じることができるまちを実現します」');
  await expect(main).toContainText('平成25年度の欄の「整備」');
  await expect(main).toContainText(
    '名称は、再掲では「花畑地区文化ホール等の整備」、元の項目では「花畑地区文化ホールの整備」です。',
  );
});

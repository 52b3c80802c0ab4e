/**
 * Downloads, citations and the 2013 → 2024 crosswalk, checked against the built site.
 */
import { expect, test } from '@playwright/test';
import { inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { builtSite, read, sitemapPaths } from '../dist/site.ts';
import { parseCsv } from '../dist/spreadsheet.ts';

/** A CSV download as rows of named cells (header → value). */
async function csvRecords(
  request: import('@playwright/test').APIRequestContext,
  href: string,
): Promise<Array<Record<string, string>>> {
  const text = (await (await request.get(href)).body()).subarray(3).toString('utf8');
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

test('every dataset downloads as JSON and CSV: BOM, CRLF, header = data dictionary, rows = JSON', async ({
  page,
  request,
}) => {
  await page.goto('/data/');
  const csvLinks = await page
    .getByRole('link', { name: /\.csv$/ })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  // FY2024: projects, appearances, budget notes, indicators, priorities, visions, their aims and related visions,
  // measures, wards, tables, figures; 2013: items, sub-items, status evidence, categories,
  // crosswalk; the quality notes and their lines;
  // the data dictionary and the code table.
  expect(csvLinks).toHaveLength(21);
  await page.goto('/data/dictionary/');
  for (const href of csvLinks) {
    const path = href.replace(/^\/data\//, '').replace(/\.csv$/, '');
    const bytes = await (await request.get(href)).body();
    expect([...bytes.subarray(0, 3)], `${href}: BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    // Every line ends with CRLF, and no cell holds a line break (機械可読性ルール L1-14).
    expect(/(?<!\r)\n|\r(?!\n)/.test(text) || !text.endsWith('\r\n'), `${href}: CRLF`).toBe(false);
    const [header, ...rows] = parseCsv(text);
    // The dictionary's first list in the dataset's section has its CSV columns, in order, by their Japanese names.
    const columns = await page
      .locator(`section[data-dataset="${path}"] dl.columns`)
      .first()
      .locator('dt .title')
      .allTextContents();
    expect(header, `${href}: header`).toEqual(columns);
    expect(new Set(header).size, `${href}: unique column names`).toBe(header!.length);
    expect(
      header!.every((h) => /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(h)),
      `${href}: Japanese`,
    ).toBe(true);
    const json = (await (await request.get(`/data/${path}.json`)).json()) as unknown[];
    expect(rows.length, `${href}: rows`).toBe(json.length);
    expect(
      rows.every((r) => r.length === header!.length),
      `${href}: widths`,
    ).toBe(true);
    // No cell holds several values joined by ";" (L1-07): a list has its own file.
    expect(
      rows.flat().filter((cell) => /^[^;]+(;[^;]+)+$/.test(cell) && !/[\p{Script=Han}\p{Script=Hiragana}]/u.test(cell)),
      `${href}: lists`,
    ).toEqual([]);
    const schema = await request.get(`/data/${path}.schema.json`);
    expect(schema.ok(), `${path}.schema.json`).toBe(true);
    // The published JSON Schema accepts the published JSON.
    const parsed = z.fromJSONSchema((await schema.json()) as Parameters<typeof z.fromJSONSchema>[0]).safeParse(json);
    expect(parsed.success, `${path}.json against its schema: ${parsed.error?.message}`).toBe(true);
  }
});

test('CSV figures are plain integers in 千円 under Japanese column names, and trace back to their lines', async ({
  request,
}) => {
  const projects = await csvRecords(request, '/data/fy2024/projects.csv');
  const row = projects.find((r) => r['事業名'] === '児童手当の拡充')!;
  // Lines 118-123 (priority 1) and 400-404 (vision 1) of the FY2024 source: 13,384,000千円, previous year 11,498,000千円.
  expect(row).toMatchObject({
    '予算額（千円）': '13384000',
    '予算の年度（西暦）': '2024',
    '予算の年度（和暦）': '令和6年度',
    '前年度の予算額（千円）': '11498000',
    '前年度（西暦）': '2023',
    重点事項ID: 'priority-1',
    ビジョンID: 'vision-1',
    ビジョン: 'ビジョン1 こどもが輝き、若者が希望を抱くまち',
    区ID: '',
  });
  const listings = (await csvRecords(request, '/data/fy2024/appearances.csv')).filter(
    (r) => r['事業ID'] === row['事業ID'],
  );
  expect(listings.map((r) => [r['掲載箇所ID'], r['予算額の行'], r['前年度の予算額の行']])).toEqual([
    ['priority-1', '122', '123'],
    ['vision-1', '404', ''],
  ]);
});

test('IDs in CSV stay text in a spreadsheet, in the forms the dictionary gives', async ({ request }) => {
  const measures = await csvRecords(request, '/data/fy2024/measures.csv');
  expect(measures).toHaveLength(32);
  expect(measures.every((m) => /^measure-[1-8]-\d$/.test(m['施策ID']!))).toBe(true);
  expect(measures[0]).toMatchObject({ 施策ID: 'measure-1-1', ビジョンID: 'vision-1' });
  // 2 of the 104 FY2024 project IDs are digits only (19715850, 47250096): a spreadsheet would make them numbers.
  const projects = await csvRecords(request, '/data/fy2024/projects.csv');
  expect(projects.filter((p) => /^project-\d{8}$/.test(p['事業ID']!)).map((p) => p['事業ID'])).toEqual(
    expect.arrayContaining(['project-19715850', 'project-47250096']),
  );
  expect(projects.every((p) => /^project-[0-9a-f]{8}$/.test(p['事業ID']!))).toBe(true);
  const json = (await (await request.get('/data/fy2024/projects.json')).json()) as Array<{ id: string }>;
  expect(json.map((p) => `project-${p.id}`)).toEqual(projects.map((p) => p['事業ID']));
  const crosswalk = await csvRecords(request, '/data/2013/crosswalk.csv');
  const ids = crosswalk.map((c) => c['後継のID']!).filter(Boolean);
  // 57 projects, 24 measures and 2 visions continue the 2013 items.
  expect(ids.filter((id) => id.startsWith('project-'))).toHaveLength(57);
  expect(ids.filter((id) => /^measure-\d-\d$/.test(id))).toHaveLength(24);
  expect(ids.filter((id) => /^vision-\d$/.test(id))).toHaveLength(2);
  const dictionary = (await (await request.get('/data/dictionary.json')).json()) as Array<{
    dataset: string;
    name: string;
    csv_form: string | null;
  }>;
  const form = (dataset: string, name: string) =>
    dictionary.find((c) => c.dataset === dataset && c.name === name)!.csv_form;
  expect(form('fy2024/measures', 'id')).toContain('measure-1-1');
  expect(form('fy2024/projects', 'id')).toContain('project-c15a479c');
  expect(form('2013/crosswalk', 'successor_id')).toContain('measure-');
});

test('every coded column has a Japanese label column, and the code table lists every code with that label', async ({
  request,
}) => {
  const dictionary = (await (await request.get('/data/dictionary.json')).json()) as Array<{
    dataset: string;
    name: string;
    title: string;
    in_csv: boolean;
    label_column: string | null;
  }>;
  const codes = (await (await request.get('/data/codes.json')).json()) as Array<{
    dataset: string;
    column: string;
    code: string;
    label: string;
  }>;
  const coded = dictionary.filter((c) => c.label_column);
  expect(coded.map((c) => `${c.dataset}.${c.name}`)).toEqual(
    expect.arrayContaining([
      'fy2024/projects.vision',
      'fy2024/appearances.section',
      'fy2024/figures.kind',
      '2013/items.category',
      '2013/items.status',
      '2013/items.status_rule',
      '2013/subitems.status',
      '2013/crosswalk.successor_kind',
      'quality-notes.kind',
    ]),
  );
  let checked = 0;
  for (const c of coded) {
    const label = dictionary.find((x) => x.dataset === c.dataset && x.name === c.label_column)!;
    expect(label.in_csv, `${c.dataset}.${c.name}: label column`).toBe(true);
    const rows = await csvRecords(request, `/data/${c.dataset}.csv`);
    for (const row of rows) {
      const code = row[c.title]!;
      if (code === '') continue;
      const entry = codes.find((x) => x.dataset === c.dataset && x.column === c.name && x.code === code);
      expect(entry?.label, `${c.dataset}.${c.name} = ${code}`).toBe(row[label.title]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(1000);
  // Every status is listed, those no item has today too (中止).
  expect(
    codes.filter((x) => x.dataset === '2013/items' && x.column === 'status').map((x) => [x.code, x.label]),
  ).toEqual([
    ['done', '完了'],
    ['in-progress', '実施中'],
    ['preparing', '準備・検討中'],
    ['partly-cancelled', '一部中止'],
    ['cancelled', '中止'],
    ['unknown', '不明'],
  ]);
  // The figures' reasons are in Japanese.
  const figures = await csvRecords(request, '/data/fy2024/figures.csv');
  const reasons = figures.map((f) => f['予算以外である理由']!).filter(Boolean);
  expect(reasons).toHaveLength(3);
  expect(reasons.every((r) => /[ぁ-ん]/.test(r) && !/[A-Za-z]{3,}/.test(r))).toBe(true);
});

test('the JSON carries what the pages show: indicators, category titles, labels, and site paths as URLs', async ({
  request,
}) => {
  const projects = (await (await request.get('/data/fy2024/projects.json')).json()) as Array<{
    id: string;
    title: string;
    url: string;
    indicators: Array<{ label: string; details: string[]; line: number }>;
    sectionTitles: string[];
  }>;
  const advocate = projects.find((p) => p.title === '意見表明支援員の訪問によるこどもの権利擁護の推進')!;
  // Lines 437-438: ☑支援実施施設の増 / R5:4施設⇒R6:23全施設.
  expect(advocate.indicators).toEqual([{ label: '支援実施施設の増', details: ['R5:4施設⇒R6:23全施設'], line: 437 }]);
  const record = (await (await request.get(`/data/fy2024/projects/${advocate.id}.json`)).json()) as unknown;
  expect(record).toEqual(advocate);
  expect(projects.filter((p) => p.indicators.length > 0)).toHaveLength(10);
  const items = (await (await request.get('/data/2013/items.json')).json()) as Array<{
    no: number;
    url: string;
    category: string;
    categoryTitle: string;
    statusLabel: string;
    subitems: Array<{ progress: string; progressDividedByWording: boolean }>;
  }>;
  // Line 25: ①. 政令指定都市くまもとの実現, the first category of part I chapter 1.
  expect(items[0]).toMatchObject({ category: 'I-1-1', categoryTitle: '政令指定都市くまもとの実現' });
  expect(items.every((i) => i.categoryTitle && i.statusLabel)).toBe(true);
  // No.2 (line 29): each sub-item carries its own part of the progress text.
  expect(items[1]!.subitems.map((s) => s.progressDividedByWording)).toEqual([true, true]);
  expect(items[1]!.subitems[0]!.progress).toMatch(/^国連 生命の水.*PRに取り組む$/);
  expect(items[1]!.subitems[1]!.progress).toMatch(/^くまもと都市圏協議会において.*展開中$/);
  // Built without the public address: site paths, never another host.
  expect([...projects.map((p) => p.url), ...items.map((i) => i.url)].every((u) => u.startsWith('/'))).toBe(true);
});

test('the zip downloads from /data/ and holds every dataset, the dictionary, the code table and a README', async ({
  page,
  request,
}) => {
  await page.goto('/data/');
  const href = await page.getByRole('link', { name: 'kumamoto-plan-explorer-data.zip' }).getAttribute('href');
  const zip = await (await request.get(href!)).body();
  // The central directory: every entry's name, its compressed data and size (ZIP: PKWARE APPNOTE 4.3.12, 4.4.15).
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  const entries = new Map<string, Buffer>();
  for (let i = 0, at = zip.readUInt32LE(end + 16); i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const size = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.set(name, inflateRawSync(zip.subarray(start, start + size)));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  const csvLinks = await page
    .getByRole('link', { name: /\.csv$/ })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const expected = csvLinks.flatMap((csv) =>
    ['.csv', '.json', '.schema.json'].map((ext) => csv.replace(/^\/data\//, '').replace(/\.csv$/, ext)),
  );
  const folder = 'kumamoto-plan-explorer-data/';
  expect([...entries.keys()].sort()).toEqual([`${folder}README.txt`, ...expected.map((f) => folder + f)].sort());
  for (const file of expected)
    expect(entries.get(folder + file)!.equals(await (await request.get(`/data/${file}`)).body()), file).toBe(true);
  const readme = entries.get(`${folder}README.txt`)!.toString('utf8');
  const version = (await page.locator('dl.version code').textContent())!;
  expect(version).toMatch(/^[0-9a-f]{12}$/);
  expect(readme).toContain(`データ版：${version}`);
  for (const words of ['UTF-8（BOM付き）', '千円単位の整数', '西暦', '数値の読み取り方', 'project-', 'measure-'])
    expect(readme).toContain(words);
  for (const csv of csvLinks) expect(readme).toContain(csv.replace(/^\/data\//, '').replace(/\.csv$/, '.csv'));
});

test('the downloads page says which machine-readability rules the files meet', async ({ page }) => {
  await page.goto('/data/');
  const rules = page.locator('dl.rules');
  for (const id of ['L1-05', 'L1-07', 'L1-14', 'L3-01', 'L3-02', 'L3-04', 'L3-05', 'L3-08'])
    await expect(rules.getByText(new RegExp(`^${id} `))).toBeVisible();
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

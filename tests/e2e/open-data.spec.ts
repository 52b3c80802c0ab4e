/**
 * Downloads and the 2013 → 2024 crosswalk in the browser: the downloads page's links, the data dictionary, the zip,
 * the crosswalk's filters. The files themselves are checked by tests/dist/open-data.test.ts.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { parseCsv } from '../dist/spreadsheet.ts';

test('every dataset downloads as JSON and CSV: BOM, CRLF, header = data dictionary, rows = JSON', async ({
  page,
  request,
}) => {
  await page.goto('/data/');
  const csvLinks = await page
    .getByRole('link', { name: /\.csv$/ })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  // FY2024: projects, appearances, budget notes, indicators, priorities, visions, their aims and related visions,
  // measures, wards, tables, figures; 2013: items, sub-items, their cells' entries, status evidence, categories,
  // crosswalk and the links it did not make; the quality notes and their lines;
  // the data dictionary and the code table.
  expect(csvLinks).toHaveLength(23);
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
  const readmes = ['README.txt', 'README.en.txt', 'README.easy.txt'].map((f) => folder + f);
  expect([...entries.keys()].sort()).toEqual([...readmes, ...expected.map((f) => folder + f)].sort());
  for (const file of expected)
    expect(entries.get(folder + file)!.equals(await (await request.get(`/data/${file}`)).body()), file).toBe(true);
  const readme = entries.get(`${folder}README.txt`)!.toString('utf8');
  const version = (await page.locator('dl.version code').textContent())!;
  expect(version).toMatch(/^[0-9a-f]{12}$/);
  expect(readme).toContain(`データ版：${version}`);
  for (const words of ['UTF-8（BOM付き）', '千円単位の整数', '西暦', '数値の読み取り方', 'project-', 'measure-'])
    expect(readme).toContain(words);
  // The English and やさしい日本語 READMEs name the same version and say how the Japanese files are read.
  const en = entries.get(`${folder}README.en.txt`)!.toString('utf8');
  expect(en).toContain(`Data version: ${version}`);
  for (const words of ['thousands of yen', 'Gregorian', 'project-c15a479c', 'The files are in Japanese'])
    expect(en).toContain(words);
  const easy = entries.get(`${folder}README.easy.txt`)!.toString('utf8');
  expect(easy).toContain(`データの版：${version}`);
  expect(easy).toContain('千円の単位です');
  for (const csv of csvLinks) expect(readme).toContain(csv.replace(/^\/data\//, '').replace(/\.csv$/, '.csv'));
});

test('the downloads page says which machine-readability rules the files meet', async ({ page }) => {
  await page.goto('/data/');
  const rules = page.locator('dl.rules');
  for (const id of ['L1-05', 'L1-07', 'L1-14', 'L3-01', 'L3-02', 'L3-04', 'L3-05', 'L3-08'])
    await expect(rules.getByText(new RegExp(`^${id} `))).toBeVisible();
});

test('the crosswalk lists all 130 items, each with its links worded by strength or an explicit none', async ({
  page,
}) => {
  await page.goto('/2013/crosswalk/');
  const items = page.locator('ol.crosswalk > li');
  await expect(items).toHaveCount(130);
  for (const li of await items.all()) {
    const links = li.locator('ul > li');
    if ((await links.count()) === 0) await expect(li).toContainText('後継・関連する取組の掲載なし');
    else
      for (const s of await links.all()) {
        await expect(s).toContainText(/^(後継事業|関連する取組|関連する施策|関連するビジョン)：/);
        await expect(s).toContainText(/両方の資料にある語：「.+」/);
      }
  }
  // Filtering works without script: part II has items 51–104.
  await page.getByRole('radio', { name: 'II', exact: true }).check();
  await expect(page.locator('ol.crosswalk > li:visible')).toHaveCount(54);
  await page.getByRole('radio', { name: '一部中止' }).check();
  await expect(page.locator('ol.crosswalk > li:visible')).toHaveCount(0);
  await page.getByRole('radio', { name: 'I', exact: true }).check();
  await expect(page.locator('ol.crosswalk > li:visible')).toHaveCount(1);
  // And by strength: the items with a successor are those whose row says so.
  await page.getByRole('radiogroup', { name: '部' }).getByRole('radio', { name: 'すべて' }).check();
  await page.getByRole('radiogroup', { name: '状況' }).getByRole('radio', { name: 'すべて' }).check();
  await page
    .getByRole('radiogroup', { name: 'つながり' })
    .getByRole('radio', { name: /^後継事業あり/ })
    .check();
  const withSuccessor = await page.locator('ol.crosswalk > li[data-link="successor"]').count();
  expect(withSuccessor).toBeGreaterThan(0);
  await expect(page.locator('ol.crosswalk > li:visible')).toHaveCount(withSuccessor);
  for (const li of await page.locator('ol.crosswalk > li:visible').all()) await expect(li).toContainText('後継事業：');
});

test('the crosswalk shows on both sides', async ({ page }) => {
  await page.goto('/2013/items/32/');
  const links = page.getByRole('region', { name: '令和6年度アクションプランとのつながり' });
  await expect(links.getByRole('link', { name: '熊本西環状道路の整備推進' })).toHaveAttribute(
    'href',
    '/fy2024/projects/a9e5b148/',
  );
  await page.goto('/fy2024/projects/a9e5b148/');
  const predecessors = page.getByRole('region', { name: '2013年の行程表とのつながり' });
  await expect(predecessors.getByRole('link', { name: 'No.32 植木・北バイパス、熊本西環状道路の整備' })).toBeVisible();
  // An item without links, whichever the committed crosswalk has.
  const crosswalk = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'content', 'crosswalk', '2013-2024.json'), 'utf8'),
  ) as Array<{ no: number; status: string }>;
  const none = crosswalk.find((c) => c.status === 'none')!;
  await page.goto(`/2013/items/${none.no}/`);
  await expect(page.getByRole('region', { name: '令和6年度アクションプランとのつながり' })).toContainText(
    '後継・関連する取組の掲載なし',
  );
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

/**
 * Downloads, citations and the open data as files of the default build: CSV figures and IDs, the code table, what the
 * JSON carries, citations on every record page and the record JSON. The downloads page, the zip and the crosswalk in
 * the browser: tests/e2e/open-data.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseCsv } from './spreadsheet.ts';
import { builtSite, fileFor, read, sitemapPaths } from './site.ts';

/** A published file's bytes, by its site path. */
function get(href: string): Buffer {
  const file = fileFor(href);
  if (!file) throw new Error(`${href} is not in dist/`);
  return readFileSync(file);
}
const getJson = (href: string): unknown => JSON.parse(get(href).toString('utf8'));

/** A CSV download as rows of named cells (header → value). */
function csvRecords(href: string): Array<Record<string, string>> {
  const text = get(href).subarray(3).toString('utf8');
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

test('CSV figures are plain integers in 千円 under Japanese column names, and trace back to their lines', () => {
  const projects = csvRecords('/data/fy2024/projects.csv');
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
  const listings = csvRecords('/data/fy2024/appearances.csv').filter((r) => r['事業ID'] === row['事業ID']);
  expect(listings.map((r) => [r['掲載箇所ID'], r['予算額の行'], r['前年度の予算額の行']])).toEqual([
    ['priority-1', '122', '123'],
    ['vision-1', '404', ''],
  ]);
});

test('titles come with their readings, the order of 五十音順, in hiragana', () => {
  const projects = csvRecords('/data/fy2024/projects.csv');
  const items = csvRecords('/data/2013/items.csv');
  const reading = (rows: Array<Record<string, string>>, column: string, title: string) =>
    rows.find((r) => r[column] === title)![`${column}の読み`];
  // Read by hand: brackets are left out; 地下水 is ちかすい (the analyser alone splits 地/下水); 多子 is たし.
  expect(reading(projects, '事業名', '「結婚支援センター」の開設')).toBe('けっこんしえんせんたーのかいせつ');
  expect(reading(projects, '事業名', '地下水及び公共用水域の監視強化')).toBe(
    'ちかすいおよびこうきょうようすいいきのかんしきょうか',
  );
  expect(reading(items, '項目名', '多子世帯等の子育て支援の強化')).toBe('たしせたいとうのこそだてしえんのきょうか');
  expect(projects).toHaveLength(104);
  expect(items).toHaveLength(130);
  expect(projects.filter((r) => !/^[ぁ-ゖー]+$/u.test(r['事業名の読み']!))).toEqual([]);
  expect(items.filter((r) => !/^[ぁ-ゖー]+$/u.test(r['項目名の読み']!))).toEqual([]);
});

test('IDs in CSV stay text in a spreadsheet, in the forms the dictionary gives', () => {
  const measures = csvRecords('/data/fy2024/measures.csv');
  expect(measures).toHaveLength(32);
  expect(measures.every((m) => /^measure-[1-8]-\d$/.test(m['施策ID']!))).toBe(true);
  expect(measures[0]).toMatchObject({ 施策ID: 'measure-1-1', ビジョンID: 'vision-1' });
  // 2 of the 104 FY2024 project IDs are digits only (19715850, 47250096): a spreadsheet would make them numbers.
  const projects = csvRecords('/data/fy2024/projects.csv');
  expect(projects.filter((p) => /^project-\d{8}$/.test(p['事業ID']!)).map((p) => p['事業ID'])).toEqual(
    expect.arrayContaining(['project-19715850', 'project-47250096']),
  );
  expect(projects.every((p) => /^project-[0-9a-f]{8}$/.test(p['事業ID']!))).toBe(true);
  const json = getJson('/data/fy2024/projects.json') as Array<{ id: string }>;
  expect(json.map((p) => `project-${p.id}`)).toEqual(projects.map((p) => p['事業ID']));
  const crosswalk = csvRecords('/data/2013/crosswalk.csv');
  // Each linked record's ID in its kind's form: a project's and a measure's prefixed, a vision's and a table's as they are.
  const forms = {
    project: /^project-[0-9a-f]{8}$/,
    measure: /^measure-[1-8]-\d$/,
    vision: /^vision-[1-8]$/,
    table: /^[a-z][a-z0-9-]*$/,
  };
  const linked = crosswalk.filter((c) => c['対応先の種類']);
  expect(linked.length).toBeGreaterThan(0);
  for (const c of linked)
    expect(c['対応先のID'], `item ${c['項目番号']}`).toMatch(forms[c['対応先の種類'] as keyof typeof forms]);
  expect(crosswalk.filter((c) => !c['対応先の種類']).every((c) => c['対応先のID'] === '')).toBe(true);
  const dictionary = getJson('/data/dictionary.json') as Array<{
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

test('every coded column has a Japanese label column, and the code table lists every code with that label', () => {
  const dictionary = getJson('/data/dictionary.json') as Array<{
    dataset: string;
    name: string;
    title: string;
    in_csv: boolean;
    label_column: string | null;
  }>;
  const codes = getJson('/data/codes.json') as Array<{
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
    const rows = csvRecords(`/data/${c.dataset}.csv`);
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
  const figures = csvRecords('/data/fy2024/figures.csv');
  const reasons = figures.map((f) => f['予算以外である理由']!).filter(Boolean);
  expect(reasons).toHaveLength(3);
  expect(reasons.every((r) => /[ぁ-ん]/.test(r) && !/[A-Za-z]{3,}/.test(r))).toBe(true);
});

test('the JSON carries what the pages show: indicators, category titles, labels, and site paths as URLs', () => {
  const projects = getJson('/data/fy2024/projects.json') as Array<{
    id: string;
    title: string;
    url: string;
    indicators: Array<{ label: string; details: string[]; line: number }>;
    sectionTitles: string[];
  }>;
  const advocate = projects.find((p) => p.title === '意見表明支援員の訪問によるこどもの権利擁護の推進')!;
  // Lines 437-438: ☑支援実施施設の増 / R5:4施設⇒R6:23全施設.
  expect(advocate.indicators).toEqual([{ label: '支援実施施設の増', details: ['R5:4施設⇒R6:23全施設'], line: 437 }]);
  const record = getJson(`/data/fy2024/projects/${advocate.id}.json`) as unknown;
  expect(record).toEqual(advocate);
  expect(projects.filter((p) => p.indicators.length > 0)).toHaveLength(10);
  const items = getJson('/data/2013/items.json') as Array<{
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

test('every project and promise page has a citation, its JSON and Open Graph tags', () => {
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
    expect(cite.replace(/<[^>]+>/g, ''), path).toMatch(/原典：熊本市「[^」]+」.*、テキスト版の\d+行目(・\d+行目)*。/);
    expect(cite, path).toMatch(new RegExp(`固定リンク：<a href="${path}"[^>]*>${permalink.replace(/\./g, '\\.')}</a>`));
    expect(cite, path).toMatch(
      new RegExp(`熊本市 計画エクスプローラー（非公式）「[^」]+」${permalink.replace(/\./g, '\\.')}（`),
    );
    expect(cite, path).toMatch(/データ版 [0-9a-f]{12}/);
    const json = /href="(\/data\/[^"]+\.json)"/.exec(cite)![1]!;
    expect(fileFor(json), json).toBeDefined();
  }
});

test('a record JSON is the record the page shows', () => {
  const record = getJson('/data/fy2024/projects/a9e5b148.json') as {
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
  const item = getJson('/data/2013/items/32.json') as {
    title: string;
    successors: Array<{ id: string }>;
  };
  expect(item.title).toBe('植木・北バイパス、熊本西環状道路の整備');
  expect(item.successors.map((s) => s.id)).toEqual(['a9e5b148']);
});

interface OpenItem {
  no: number;
  url: string;
  part: 'I' | 'II' | 'III';
  chapter: number | null;
  category: string;
  title: string;
  status: string;
  subitems: Array<{ name: string; fy2012: string; fy2013: string; progress: string; status: string }>;
}

test('publishes /data/2013/items.json with the open-data contract', () => {
  const items = getJson('/data/2013/items.json') as OpenItem[];
  expect(items.map((i) => i.no)).toEqual(Array.from({ length: 130 }, (_, k) => k + 1));
  for (const i of items) {
    expect(i.url).toBe(`/2013/items/${i.no}/`);
    expect(i.subitems.length).toBeGreaterThan(0);
    expect(i.chapter === null).toBe(i.part !== 'I');
  }
  // Line 163 of the source: 花畑地区文化ホールの整備 … 整備中止が決定.
  const mice = items.find((i) => i.no === 44)!;
  expect(mice).toMatchObject({ part: 'I', chapter: 3, category: 'I-3-2', title: 'MICE(マイス)機能の充実' });
  expect(mice.subitems[2]).toMatchObject({
    name: '花畑地区文化ホールの整備',
    fy2012: '事業スキームの見直し',
    fy2013: '—',
    status: 'cancelled',
  });
});

test('every project and promise of the data has its page', () => {
  const projects = getJson('/data/fy2024/projects.json') as Array<{ url: string; title: string }>;
  const items = getJson('/data/2013/items.json') as Array<{ url: string; title: string }>;
  for (const record of [...projects, ...items]) {
    expect(fileFor(record.url), record.url).toBeDefined();
    expect(read(record.url)).toContain(record.title.replace(/&/g, '&amp;'));
  }
});

test('the 2013 sub-item file says it holds the re-listed sub-items beside those the pages count', () => {
  const rows = csvRecords('/data/2013/subitems.csv');
  const relisted = rows.filter((r) => r['再掲元の項目番号'] !== '').length;
  // The source marks 13 sub-items 【No.NN再掲】; /2013/ counts each sub-item once.
  expect(relisted).toBe(13);
  const counted = Number(/(\d+)の取組があり/.exec(read('/2013/'))![1]);
  expect(rows).toHaveLength(counted + relisted);
  const data = read('/data/').replace(/<[^>]*>/g, '');
  expect(data).toContain(`取組（1取組1行、再掲を含む）（${rows.length}件）`);
  expect(data).toContain(`${counted}の取組と、ほかの項目に再掲された取組${relisted}件`);
});

test('rule L1-08 says the same in its heading and its text: the site adds no 機種依存文字, the quotes keep the source’s', () => {
  const data = read('/data/').replace(/<[^>]*>/g, '');
  const rule = data.slice(data.indexOf('L1-08'), data.indexOf('L1-09'));
  // The heading once said 「機種依存文字を使っていない」 while the text said ①, ☑ are kept.
  expect(rule).not.toContain('機種依存文字を使っていない');
  expect(rule).toContain('原資料の記号は原資料のとおり');
  expect(rule).toContain('①、☑など');
  // What the site adds, column names and code labels, holds none of the source's symbols.
  const header = get('/data/2013/subitems.csv').subarray(3).toString('utf8').split('\r\n')[0]!;
  expect(header).not.toMatch(/[①-⑳☑㈱№]/u);
});

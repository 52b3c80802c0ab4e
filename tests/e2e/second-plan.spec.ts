/**
 * A second year's plan through the whole pipeline. A copy of the project registers the FY2025 fixture
 * (tests/fixtures/fy2025/: the FY2024 text re-dated, six budgets changed, one project renamed with a curated
 * mapping, one removed, one added, one ward project moved) and is built the usual way. The fixture adds no page
 * file: everything below comes from the registry entry. Expected figures are the fixture README's, read from the
 * fixture text by hand; the fixture never reaches the published site (it is registered only in this copy).
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runPipeline } from '../../scripts/pipeline.ts';
import { sitePages } from '../../scripts/lib/dist.ts';
import { serveDist } from '../../scripts/lib/serve.ts';
import { copyProject } from '../../scripts/lib/workspace.ts';
import { csvFiles, spreadsheetReading } from '../dist/spreadsheet.ts';

const root = join(import.meta.dirname, '..', '..');
const FIXTURE = 'tests/fixtures/fy2025';

let dir = '';
let remove: (() => void) | undefined;
let server: { url: string; close: () => void } | undefined;

/** A built page's visible text, tags removed and white space collapsed; a phrase break (<wbr>) is no space. */
const text = (path: string): string =>
  readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8')
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<wbr>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const html = (path: string): string => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
type Project = { id: string; title: string; budgetThousandYen: number; url: string };
const projectIn = (plan: string, title: string): Project => {
  const found = json<Project[]>(`dist/data/${plan}/projects.json`).find((p) => p.title === title);
  expect(found, `${title} in ${plan}`).toBeDefined();
  return found!;
};
/** CSV rows after the header, as raw lines. */
const csvRows = (path: string): string[] =>
  readFileSync(join(dir, 'dist/data', path), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .slice(1);

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // Builds a whole copy of the site: generous, since the runner may be busy (this checks behaviour, not speed).
  test.setTimeout(600_000);
  const copy = copyProject('kpe-fy2025-');
  dir = copy.dir;
  remove = copy.remove;
  cpSync(join(root, FIXTURE), join(dir, FIXTURE), { recursive: true });
  const registry = json<object[]>('content/plans.json');
  registry.push({
    id: 'fy2025',
    fiscalYear: { gregorian: 2025, era: '令和', eraYear: 7 },
    source: `${FIXTURE}/source.txt`,
    curated: `${FIXTURE}/curated.json`,
    published: '2025-06',
    draft: true,
  });
  writeFileSync(join(dir, 'content/plans.json'), JSON.stringify(registry, null, 2) + '\n');
  runPipeline(dir);
  server = await serveDist(join(dir, 'dist'));
});

test.afterAll(() => {
  server?.close();
  remove?.();
});

test('the new plan gets every page type under /fy2025/, and the FY2024 pages stay where they were', () => {
  // The pages a sitemap lists (a build with the public address writes them to sitemap.xml; this one has none).
  const listed = new Set(sitePages(join(dir, 'dist')));
  const projects = json<Project[]>('dist/data/fy2025/projects.json');
  expect(projects).toHaveLength(104);
  const pages = [
    '/fy2025/',
    '/fy2025/priorities/1/',
    '/fy2025/priorities/2/',
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `/fy2025/visions/${n}/`),
    '/fy2025/wards/',
    ...['chuo', 'higashi', 'nishi', 'minami', 'kita', 'common'].map((w) => `/fy2025/wards/${w}/`),
    ...projects.map((p) => p.url),
  ];
  for (const page of pages) {
    expect(existsSync(join(dir, 'dist', page, 'index.html')), page).toBe(true);
    expect(listed.has(page), page).toBe(true);
  }
  const snapshot = JSON.parse(readFileSync(join(root, 'tests/fixtures/permalinks.json'), 'utf8')) as {
    pages: string[];
  };
  expect(snapshot.pages.filter((p) => !existsSync(join(dir, 'dist', p, 'index.html')))).toEqual([]);
  // Its own year everywhere, read from the document.
  expect(text('/fy2025/')).toContain('熊本市第8次総合計画 令和7年度アクションプラン(案)');
  expect(text('/fy2025/priorities/1/')).toContain('令和7年度の主なアクション');
  expect(text('/fy2025/priorities/1/')).toContain('令和6年度の合計は13,645,041千円');
  expect(text('/fy2025/wards/higashi/')).toContain('健康まちづくり「元気チャージプロジェクト」の推進');
  expect(text('/fy2024/wards/chuo/')).toContain('健康まちづくり「元気チャージプロジェクト」の推進');
  // The newest plan leads in the header; the earlier one is linked from home.
  expect(/<a href="\/fy2025\/"[^>]*>\s*令和7年度計画\s*<\/a>/.test(html('/'))).toBe(true);
  expect(/<a href="\/fy2024\/"[^>]*>令和6年度アクションプラン<\/a>/.test(html('/'))).toBe(true);
});

test('a project page shows its budget in both plans, with the change', () => {
  const before = projectIn('fy2024', '児童手当の拡充');
  const after = projectIn('fy2025', '児童手当の拡充');
  expect(after.id).toBe(before.id);
  expect(before.budgetThousandYen).toBe(13_384_000);
  expect(after.budgetThousandYen).toBe(13_102_000);
  for (const page of [before.url, after.url]) {
    const t = text(page);
    expect(t, page).toContain('年度ごとの予算');
    expect(t, page).toMatch(/令和6年度アクションプラン.*13,384,000千円.*令和7年度アクションプラン.*13,102,000千円/);
    expect(t, page).toContain('−282,000千円（−2.1%）');
  }
  // The previous-year figure the FY2025 plan prints in its priority listing is shown too.
  expect(text(after.url)).toContain('令和6年度予算');
});

test('the new plan’s source is published at /sources/fy2025/, and its pages cite lines there', () => {
  // The fixture has 1463 lines (its README).
  const lines = readFileSync(join(dir, FIXTURE, 'source.txt'), 'utf8').split('\n');
  expect(lines).toHaveLength(1463);
  const source = html('/sources/fy2025/');
  expect(source.match(/<li id="L\d+">/g)).toHaveLength(1463);
  expect(text('/sources/fy2025/')).toContain('熊本市第8次総合計画 令和7年度アクションプラン(案)');
  const budgetLines = (page: string, plan: string) =>
    [...html(page).matchAll(new RegExp(`予算<a href="/sources/${plan}/#L(\\d+)">`, 'g'))].map((m) => Number(m[1]));
  const after = projectIn('fy2025', '児童手当の拡充');
  expect(budgetLines(after.url, 'fy2025').length).toBeGreaterThan(0);
  for (const n of budgetLines(after.url, 'fy2025')) expect(lines[n - 1]).toBe('13,102,000千円');
  // The FY2024 page keeps citing the FY2024 document.
  expect(budgetLines(projectIn('fy2024', '児童手当の拡充').url, 'fy2024').length).toBeGreaterThan(0);
});

test('a renamed project is followed through the curated rename; removed and added projects say so', () => {
  const old = projectIn('fy2024', '生涯スポーツマスタープランの全面的な見直し');
  const renamed = projectIn('fy2025', '次期生涯スポーツマスタープランの策定');
  expect(renamed.id).not.toBe(old.id);
  expect(html(renamed.url).includes(`href="${old.url}"`)).toBe(true);
  expect(html(old.url).includes(`href="${renamed.url}"`)).toBe(true);
  expect(text(renamed.url)).toContain(
    '令和7年度に「生涯スポーツマスタープランの全面的な見直し」から「次期生涯スポーツマスタープランの策定」へ名称が変わりました。',
  );
  const removed = projectIn('fy2024', 'こどもの居場所の確保');
  expect(text(removed.url)).toContain('令和7年度アクションプランには掲載されていません。');
  const added = projectIn('fy2025', '生成AIを活用した業務効率化の推進');
  expect(added.budgetThousandYen).toBe(30_000);
  expect(text(added.url)).toContain('令和7年度アクションプランで新たに掲載された事業です');
  expect(existsSync(join(dir, 'dist', added.url.replace('/fy2025/', '/fy2024/'), 'index.html'))).toBe(false);
});

test('every open-data file of a plan has the new plan’s rows, and the cross-plan files name it', () => {
  expect(json<unknown[]>('dist/data/fy2024/projects.json')).toHaveLength(104);
  const names = [
    'projects',
    'appearances',
    'budget-notes',
    'indicators',
    'priorities',
    'visions',
    'vision-aims',
    'related-visions',
    'measures',
    'wards',
    'tables',
    'figures',
  ];
  for (const name of names) {
    expect(csvRows(`fy2025/${name}.csv`).length, name).toBeGreaterThan(0);
    expect(json<unknown[]>(`dist/data/fy2025/${name}.json`).length, name).toBeGreaterThan(0);
    expect(existsSync(join(dir, `dist/data/fy2025/${name}.schema.json`)), name).toBe(true);
  }
  expect(csvRows('fy2025/figures.csv')).toHaveLength(130);
  expect(csvRows('quality-notes.csv').some((row) => row.split(',')[1] === 'fy2025')).toBe(true);
  const links = csvRows('projects-across-plans.csv');
  expect(links).toHaveLength(103);
  expect(links.filter((row) => row.includes(',renamed,'))).toHaveLength(1);
  const added = projectIn('fy2025', '生成AIを活用した業務効率化の推進');
  expect(existsSync(join(dir, `dist/data/fy2025/projects/${added.id}.json`))).toBe(true);
  expect(text('/data/')).toContain('fy2025/projects.csv');
  // The new plan's files are as spreadsheet-safe as the first plan's, and in the zip.
  const files = csvFiles(join(dir, 'dist'));
  expect(files.filter((f) => f.dataset.startsWith('fy2025/')).map((f) => f.dataset.slice('fy2025/'.length))).toEqual(
    [...names].sort(),
  );
  const converted = files.flatMap((f) =>
    f.rows.flatMap((row) =>
      row.flatMap((cell, c) => (!f.numeric[c] && spreadsheetReading(cell) ? [`${f.file}: ${cell}`] : [])),
    ),
  );
  expect(converted).toEqual([]);
  const zip = readFileSync(join(dir, 'dist/data/kumamoto-plan-explorer-data.zip')).toString('latin1');
  for (const name of names) expect(zip, name).toContain(`kumamoto-plan-explorer-data/fy2025/${name}.csv`);
});

test('search offers the new plan and finds its records', async ({ page }) => {
  await page.goto(`${server!.url}/search/?q=${encodeURIComponent('生成AI')}&plan=fy2025`);
  await expect(page.getByLabel('資料')).toHaveValue('fy2025');
  await expect(page.locator('#f-plan option[value="fy2025"]')).toHaveText('令和7年度アクションプラン');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(results.first()).toContainText('生成AIを活用した業務効率化の推進');
  const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => h!.startsWith('/fy2025/'))).toBe(true);
});

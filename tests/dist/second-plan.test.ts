/**
 * A second year's plan through the whole pipeline: the variant build (scripts/build-variant.ts) registers the FY2025
 * fixture (tests/fixtures/fy2025/: the FY2024 text re-dated, six budgets changed, one project renamed with a curated
 * mapping, one removed, one added, one ward project moved) and is built the usual way. The fixture adds no page file:
 * everything below comes from the registry entry. Expected figures are the fixture README's, read from the fixture
 * text by hand; the fixture never reaches the published site (it is registered only in that copy). The variant also
 * has the public address, so a record's `url` is absolute there; its site path is what names the page's file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURE, PAYLOAD_TITLE, VARIANT_ADDRESS } from '../../scripts/build-variant.ts';
import { sitePages } from '../../scripts/lib/dist.ts';
import { csvFiles, spreadsheetReading } from './spreadsheet.ts';
import { variantSite } from './site.ts';

const root = join(import.meta.dirname, '..', '..');
/** The variant build's copy of the project (its site in dist/ under it). */
const dir = join(variantSite, '..');

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
/** The site path of a record's public URL (absolute in this build, which has the public address). */
const sitePathOf = (url: string): string => {
  expect(url.startsWith(`${VARIANT_ADDRESS}/`), url).toBe(true);
  return new URL(url).pathname;
};
type Project = { id: string; title: string; budgetThousandYen: number; url: string };
/** A project of a plan's open data, its `url` as a site path. */
const projectIn = (plan: string, title: string): Project => {
  const found = json<Project[]>(`dist/data/${plan}/projects.json`).find((p) => p.title === title);
  expect(found, `${title} in ${plan}`).toBeDefined();
  return { ...found!, url: sitePathOf(found!.url) };
};
/** CSV rows after the header, as raw lines. */
const csvRows = (path: string): string[] =>
  readFileSync(join(dir, 'dist/data', path), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .slice(1);

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
    ...projects.map((p) => sitePathOf(p.url)),
  ];
  for (const page of pages) {
    expect(existsSync(join(dir, 'dist', page, 'index.html')), page).toBe(true);
    expect(listed.has(page), page).toBe(true);
  }
  const snapshot = JSON.parse(readFileSync(join(root, 'tests/fixtures/permalinks.json'), 'utf8')) as {
    pages: string[];
  };
  // Every earlier page is still built, but one: the variant's markup setting changes a FY2024 title, and a project's
  // ID is the hash of its title, so that project's page (as the default build has it) moves by design.
  const marked = JSON.parse(readFileSync(join(root, 'dist/data/fy2024/projects.json'), 'utf8')) as Project[];
  const moved = marked.find((p) => p.title === PAYLOAD_TITLE)!.url;
  expect(snapshot.pages.filter((p) => !existsSync(join(dir, 'dist', p, 'index.html')))).toEqual([moved]);
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

/**
 * Speed and size, printed as tables, with the budgets the project defends:
 *   - a project page's HTML + CSS ≤ 12 kB gzipped;
 *   - no JavaScript on any page but search, the crosswalk's filters and the complete lists (PAGES_WITH_SCRIPT), and
 *     the citation's small script on record pages (CITED_PAGE);
 *   - a first search ≤ 150 kB sent, for the worst query of a fixed set (spelling variants included; the median is
 *     printed too), on the Japanese site; the やさしい日本語 and English editions' first searches are printed.
 * Runs the whole build (scripts/pipeline.ts: parse, Astro, Pagefind, headers), timing each step, then measures dist/.
 * With --reuse-build it measures the existing dist/ instead, once it has checked that dist/ is the default build the
 * pipeline recorded last (.build/last-build.json: the same files, built in this environment with no extra variables),
 * so CI measures the build its tests just used. Timings are reported, never asserted; the script exits 1 when a size
 * budget is broken.
 * Usage: npm run bench [-- --reuse-build]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchSearch } from './bench-search.ts';
import { distFiles, distHashes, PAGES_WITH_SCRIPT, shipsScript, sitePath } from './lib/dist.ts';
import { buildEnvironment, buildRecordFile, STEPS, projectRoot, runPipeline } from './pipeline.ts';
import type { BuildRecord } from './pipeline.ts';

const dist = join(projectRoot, 'dist');
const BUDGET = { projectHtmlCssGzip: 12 * 1024, firstSearch: 150 * 1024 };

/** Why dist/ is not the default build recorded last, or undefined when it is. */
function notTheLastDefaultBuild(): string | undefined {
  const file = buildRecordFile(projectRoot);
  if (!existsSync(file)) return `no build recorded (${file})`;
  const record = JSON.parse(readFileSync(file, 'utf8')) as BuildRecord;
  const now = JSON.stringify(buildEnvironment());
  if (JSON.stringify(record.environment) !== now)
    return `the last build ran in another environment (${JSON.stringify(record.environment)}, now ${now})`;
  const recorded = new Map(Object.entries(record.files));
  const current = existsSync(dist) ? distHashes(dist) : new Map<string, string>();
  const differing = [...new Set([...recorded.keys(), ...current.keys()])].filter(
    (f) => recorded.get(f) !== current.get(f),
  );
  if (differing.length) return `${differing.length} files of dist/ differ from the last build (${differing[0]}, …)`;
  return undefined;
}

let seconds: Record<(typeof STEPS)[number]['name'], number> | undefined;
if (process.argv.includes('--reuse-build')) {
  const reason = notTheLastDefaultBuild();
  if (reason) {
    console.error(`bench: cannot reuse dist/: ${reason}; run \`npm run build\` first, or bench without --reuse-build`);
    process.exit(1);
  }
} else {
  seconds = runPipeline(projectRoot);
}

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['plan', '/fy2024/'],
  ['vision', '/fy2024/visions/1/'],
  ['project', '/fy2024/projects/c15a479c/'],
  ['ward', '/fy2024/wards/kita/'],
  ['promise', '/2013/items/44/'],
  ['2013 overview', '/2013/'],
  ['source', '/sources/fy2024/'],
  ['search', '/search/'],
  ['project list', '/fy2024/projects/'],
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const file = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
const sum = (bufs: Buffer[], f: (b: Buffer) => number = (b) => b.length) => bufs.reduce((s, b) => s + f(b), 0);
const gz = (b: Buffer) => gzipSync(b).length;

/** The page's HTML, the stylesheets it links and the scripts it loads. */
function weigh(path: string) {
  const html = file(path);
  const text = html.toString('utf8');
  const assets = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => file(m[1]!));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = [
    ...assets(/<script[^>]+src="([^"]+)"/g),
    ...[...text.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!)),
  ];
  return { html, css, js };
}

/** Site paths of the HTML pages in dist/ (under one folder, if given). */
const htmlPages = (under?: string) => distFiles(dist, { ext: '.html', ...(under ? { under } : {}) }).map(sitePath);

const failures: string[] = [];

console.log('\nBuild time');
if (seconds) for (const step of STEPS) console.log(`  ${step.label.padEnd(40)} ${seconds[step.name].toFixed(1)} s`);
else console.log('  not measured: the existing dist/ was reused (--reuse-build)');

console.log('\nPage weight (raw / gzip)');
console.log(`  ${'page'.padEnd(14)} ${'HTML'.padStart(20)} ${'CSS'.padStart(20)} ${'JS'.padStart(20)}`);
for (const [label, path] of PAGES) {
  const { html, css, js } = weigh(path);
  const cell = (bufs: Buffer[]) => `${kb(sum(bufs))} / ${kb(sum(bufs, gz))}`.padStart(20);
  console.log(`  ${label.padEnd(14)} ${cell([html])} ${cell(css)} ${cell(js)}`);
}

const project = weigh('/fy2024/projects/c15a479c/');
const projectSize = gz(project.html) + sum(project.css, gz);
// Project pages only: the folder's own page is the complete list, which the page table above reports.
const largestProject = htmlPages('fy2024/projects')
  .filter((p) => p !== '/fy2024/projects/')
  .map((p) => ({ p, size: gz(weigh(p).html) + sum(weigh(p).css, gz) }))
  .sort((a, b) => b.size - a.size)[0]!;
const withScript = htmlPages().filter((p) => !shipsScript(p) && weigh(p).js.length > 0);

const search = await benchSearch();
// The other editions' indexes (/easy/pagefind/, /en/pagefind/): reported, the budget applies to the Japanese site's.
const editionSearch = [
  { edition: 'easy', ...(await benchSearch(undefined, 'easy')) },
  { edition: 'en', ...(await benchSearch(undefined, 'en')) },
];

console.log('\nBudgets');
const budget = (name: string, ok: boolean, value: string) => {
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name.padEnd(52)} ${value}`);
  if (!ok) failures.push(name);
};
budget(
  'project page HTML+CSS ≤ 12 kB gzip (児童手当の拡充)',
  projectSize <= BUDGET.projectHtmlCssGzip,
  kb(projectSize),
);
budget(
  `largest project page HTML+CSS ≤ 12 kB gzip`,
  largestProject.size <= BUDGET.projectHtmlCssGzip,
  `${kb(largestProject.size)} (${largestProject.p})`,
);
budget(
  `pages other than ${PAGES_WITH_SCRIPT.join(', ')} and cited records with JavaScript = 0`,
  withScript.length === 0,
  `${withScript.length}${withScript.length ? ` (${withScript.slice(0, 3).join(', ')})` : ''}`,
);
budget(
  'first search ≤ 150 kB sent (worst query)',
  search.maxTransfer <= BUDGET.firstSearch,
  `${kb(search.maxTransfer)} (${search.worstQuery}; median ${kb(search.medianTransfer)})`,
);

for (const e of editionSearch)
  console.log(
    `  info first search, ${e.edition} edition (worst query)`.padEnd(59) +
      `${kb(e.maxTransfer)} (${e.worstQuery}; median ${kb(e.medianTransfer)})`,
  );

if (failures.length) {
  console.error(`\nbench: ${failures.length} budget(s) broken: ${failures.join('; ')}`);
  process.exit(1);
}

/**
 * Lighthouse (mobile profile, its default throttling) on the home page, a vision, a project and the search page (with
 * a query and without),
 * served from dist/ by scripts/serve-dist.ts on a free port, in the system Chromium where there is one. Prints the
 * four category scores per page. Run after a build: npm run lighthouse
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, systemChromium } from './lib/chromium.ts';
import { serveDist } from './lib/serve.ts';

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['vision', '/fy2024/visions/1/'],
  ['project', '/fy2024/projects/c15a479c/'],
  // A query with spelling variants (three spellings searched), and the page as the header's link opens it.
  ['search', `/search/?q=${encodeURIComponent('子ども')}`],
  ['search-0', '/search/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveDist();
const chrome = await chromeLauncher.launch({
  ...(systemChromium ? { chromePath: systemChromium } : {}),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const rows: string[][] = [];
const problems: string[] = [];
try {
  for (const [label, path] of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const lhr = result!.lhr;
    rows.push([label, ...CATEGORIES.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)))]);
    for (const audit of Object.values(lhr.audits)) {
      if (
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'manual'
      )
        problems.push(`${label}: ${audit.id} (${audit.score})`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log('\nLighthouse (mobile)');
console.log(`  ${'page'.padEnd(10)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
for (const [label, ...scores] of rows)
  console.log(`  ${label!.padEnd(10)} ${scores.map((s) => s.padStart(15)).join('')}`);
if (problems.length) console.log(`\nAudits below full marks:\n  ${problems.join('\n  ')}`);

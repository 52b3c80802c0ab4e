/**
 * The built site as files: every internal link resolves (page, file and #fragment), every record is reachable
 * within two clicks of the home page, content pages ship no JavaScript, and every page has one h1, its canonical
 * URL where the build has the public address (none otherwise) and, below the home page, breadcrumbs.
 */
import { expect, test } from 'vitest';
import { builtSite, fileFor, htmlPages, ids, links, read, sitemapPaths } from './site.ts';
import { CITED_PAGE, PAGES_WITH_SCRIPT, shipsScript } from '../../scripts/lib/dist.ts';

test('every internal link in dist/ resolves, fragments included', () => {
  const broken: string[] = [];
  let checked = 0;
  // Ids per page, read once: thousands of links point into the two long source pages (/sources/…/#L392).
  const idsOf = new Map<string, Set<string>>();
  const targetIds = (path: string) => idsOf.get(path) ?? idsOf.set(path, ids(read(path))).get(path)!;
  for (const page of htmlPages()) {
    for (const href of links(read(page))) {
      checked++;
      const [path, fragment] = href.split('#') as [string, string | undefined];
      const target = path === '' ? page : path;
      if (!fileFor(target)) broken.push(`${page} → ${href}`);
      else if (fragment && target.endsWith('/') && !targetIds(target).has(decodeURIComponent(fragment)))
        broken.push(`${page} → ${href} (no #${fragment})`);
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});

test('every record page is within two clicks of the home page', () => {
  const depth = new Map<string, number>([['/', 0]]);
  let frontier = ['/'];
  for (let d = 1; d <= 2; d++) {
    const next: string[] = [];
    for (const page of frontier) {
      for (const href of links(read(page))) {
        const path = href.split('#')[0]!;
        if (path.endsWith('/') && fileFor(path) && !depth.has(path)) {
          depth.set(path, d);
          next.push(path);
        }
      }
    }
    frontier = next;
  }
  const records = sitemapPaths().filter((p) => /^\/(fy2024|2013)\/[^/]+\/[^/]+\/$/.test(p));
  // 2 priorities + 8 visions + 6 wards + 104 projects + 3 parts + 32 categories + 130 items.
  expect(records).toHaveLength(2 + 8 + 6 + 104 + 3 + 32 + 130);
  expect(records.filter((p) => !depth.has(p))).toEqual([]);
});

test('content pages ship no JavaScript, but a record page its citation’s script', () => {
  const scripts = (p: string) => [...read(p).matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
  const withScript = htmlPages().filter((p) => !shipsScript(p) && scripts(p).length > 0);
  expect(withScript).toEqual([]);
  // A page with a citation and nothing else that needs a script ships the citation's alone.
  const cited = htmlPages().filter((p) => CITED_PAGE.test(p) && !PAGES_WITH_SCRIPT.includes(p));
  expect(cited.length).toBeGreaterThan(3 * (104 + 130));
  const other = cited.filter((p) => !scripts(p).every((s) => /src="\/_astro\/Citation\.astro_[^"]*\.js"/.test(s)));
  expect(other).toEqual([]);
});

/** Each edition: its path prefix, its home page, its <html lang> and the name its breadcrumbs are announced by. */
const EDITIONS = [
  { prefix: '/easy/', home: '/easy/', lang: 'ja', crumbs: 'いまの場所' },
  { prefix: '/en/', home: '/en/', lang: 'en', crumbs: 'Breadcrumb' },
  { prefix: '/', home: '/', lang: 'ja', crumbs: 'パンくずリスト' },
] as const;

test('every page has one h1, its canonical URL (with the public address) and breadcrumbs below its edition’s home', () => {
  const problems: string[] = [];
  for (const page of sitemapPaths()) {
    const { home, lang, crumbs } = EDITIONS.find((e) => page.startsWith(e.prefix))!;
    const html = read(page);
    const h1 = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1 !== 1) problems.push(`${page}: ${h1} h1`);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const expected = builtSite && new URL(page, builtSite).href;
    if (canonical !== expected) problems.push(`${page}: canonical ${canonical}, expected ${expected}`);
    // Below the home page, breadcrumbs named in the page's language whose first crumb is the edition's home page.
    const nav = new RegExp(`<nav aria-label="${crumbs}"[^>]*>\\s*<ol[^>]*>\\s*<li[^>]*>\\s*<a href="([^"]*)"`).exec(
      html,
    );
    if (page !== home && nav?.[1] !== home) problems.push(`${page}: no breadcrumbs from ${home} (${nav?.[1]})`);
    if (page === home && nav) problems.push(`${page}: breadcrumbs on the home page`);
    if (!new RegExp(`<html lang="${lang}"`).test(html)) problems.push(`${page}: lang`);
  }
  expect(problems).toEqual([]);
});

/**
 * Links that work where the site is deployed, checked on both builds the gate makes: the variant build has the public
 * address (SITE_URL, scripts/build-variant.ts), the default build has none. With it, every page names that host
 * (canonical, og:url, citation), the sitemap lists every page and robots.txt points to it; without it, no file names
 * any absolute URL to the site at all. Neither build ever names localhost, and the 404 page is never indexed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distFiles, sitePages } from '../../scripts/lib/dist.ts';
import { VARIANT_ADDRESS as ADDRESS } from '../../scripts/build-variant.ts';
import { builtSite, dist as defaultDist, variantSite } from './site.ts';

/**
 * Hosts named in dist/ that are not the site's: XML and JSON Schema namespaces, and the licence of the site's text
 * and data (/about/#terms, the zip's README).
 */
const NAMESPACES = ['www.w3.org', 'json-schema.org', 'creativecommons.org'];
const PROJECT = '/fy2024/projects/c15a479c/';

/** Files of dist/ that mention a text (searched as bytes, so the compressed search index is covered too). */
const filesContaining = (dist: string, text: string): string[] =>
  distFiles(dist).filter((file) => readFileSync(join(dist, file)).includes(text));

/**
 * Hosts of the absolute URLs in the site's own files. Pagefind's bundled scripts are left out: they are a
 * third-party library whose comments name its bug trackers, not links of this site.
 */
function absoluteHosts(dist: string): Map<string, string> {
  const hosts = new Map<string, string>();
  for (const file of distFiles(dist, { exclude: ['pagefind', 'easy/pagefind', 'en/pagefind'] })) {
    const text = readFileSync(join(dist, file), 'latin1');
    for (const m of text.matchAll(/https?:\/\/([^/\s"'<>)\\`]+)/g)) if (!hosts.has(m[1]!)) hosts.set(m[1]!, file);
  }
  return hosts;
}

/** A literal text as a regular expression. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const html = (dist: string, path: string): string =>
  readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const canonicalOf = (page: string) => /<link rel="canonical" href="([^"]*)"/.exec(page)?.[1];
const ogUrlOf = (page: string) => /<meta property="og:url" content="([^"]*)"/.exec(page)?.[1];

describe('a build with the public address (the variant build)', () => {
  const dist = variantSite;

  test('names that host everywhere and never localhost', () => {
    expect(filesContaining(dist, 'localhost')).toEqual([]);
    expect(filesContaining(dist, '127.0.0.1')).toEqual([]);
    const pages = sitePages(dist);
    expect(pages.length).toBeGreaterThan(290);
    const wrong: string[] = [];
    for (const path of pages) {
      const page = html(dist, path);
      const url = `${ADDRESS}${path}`;
      if (canonicalOf(page) !== url) wrong.push(`${path}: canonical ${canonicalOf(page)}`);
      if (ogUrlOf(page) !== url) wrong.push(`${path}: og:url ${ogUrlOf(page)}`);
    }
    expect(wrong).toEqual([]);
    // Every absolute URL is this site's or a namespace.
    const hosts = [...absoluteHosts(dist).keys()].sort();
    expect(
      hosts.filter((h) => h !== new URL(ADDRESS).host && !NAMESPACES.includes(h) && h !== 'www.sitemaps.org'),
    ).toEqual([]);
    const cite = html(dist, PROJECT);
    expect(cite).toMatch(new RegExp(`固定リンク：<a href="${PROJECT}"[^>]*>${literal(ADDRESS + PROJECT)}</a>`));
    expect(cite).toContain(`熊本市 計画エクスプローラー（非公式）「児童手当の拡充」${ADDRESS}${PROJECT}（`);
  });

  test('writes a sitemap of every page and a robots.txt that points to it', () => {
    const locs = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const pages = sitePages(dist);
    expect(locs).toEqual(pages.map((p) => `${ADDRESS}${p}`));
    // The pages a reader reaches first are among them.
    for (const p of ['/', '/fy2024/', PROJECT, '/2013/items/47/', '/about/']) expect(pages).toContain(p);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(
      new RegExp(`^User-agent: \\*\\n[\\s\\S]*^Sitemap: ${literal(ADDRESS)}/sitemap\\.xml$`, 'm'),
    );
  });

  test('keeps the 404 page out of search engines: noindex, no canonical, not in the sitemap', () => {
    const page = html(dist, '404.html');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(canonicalOf(page)).toBeUndefined();
    expect(ogUrlOf(page)).toBeUndefined();
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).not.toContain('404');
  });
});

describe('a build without the public address (the default build)', () => {
  const dist = defaultDist;

  test('is the default build: made without SITE_URL', () => {
    expect(builtSite).toBeUndefined();
  });

  test('names no absolute URL to the site in any file, and never localhost', () => {
    expect(filesContaining(dist, 'localhost')).toEqual([]);
    expect(filesContaining(dist, '127.0.0.1')).toEqual([]);
    const hosts = absoluteHosts(dist);
    expect([...hosts].filter(([host]) => !NAMESPACES.includes(host))).toEqual([]);
    // No sitemap (its URLs must be absolute), so no robots.txt to point to one.
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(dist, 'robots.txt'))).toBe(false);
    for (const path of sitePages(dist)) {
      const page = html(dist, path);
      expect(canonicalOf(page), path).toBeUndefined();
      expect(ogUrlOf(page), path).toBeUndefined();
    }
  });

  test('cites a record by the site name and its path', () => {
    const page = html(dist, PROJECT);
    expect(page).toMatch(new RegExp(`固定リンク：<a href="${PROJECT}"[^>]*>${PROJECT}</a>`));
    expect(page).toContain(`熊本市 計画エクスプローラー（非公式）「児童手当の拡充」${PROJECT}（`);
    expect(html(dist, '404.html')).toContain('<meta name="robots" content="noindex">');
    // The static host's headers file is written either way.
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(/^\/\*\n {2}Content-Security-Policy: /);
  });
});

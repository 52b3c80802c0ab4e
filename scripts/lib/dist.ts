/**
 * Walking a built site: the one function that lists the files of a dist/ directory, used by the search index, the
 * benchmarks, the reproducibility check and the browser tests.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { plans } from '../../src/lib/config/plans.ts';
import { EDITIONS, localize } from '../../src/lib/i18n/editions.ts';

/**
 * The only pages that ship JavaScript, each as an external module: the search, the crosswalk's filters, and the
 * complete lists' sorting and filtering (src/components/ListView.astro) — the last two work without it; the script
 * keeps the choice in the URL and announces the count; in every edition. Every other page has none.
 */
export const PAGES_WITH_SCRIPT: readonly string[] = EDITIONS.flatMap((edition) =>
  ['/search/', '/2013/crosswalk/', '/2013/items/', ...plans.map((p) => `/${p.id}/projects/`)].map((path) =>
    localize(edition, path),
  ),
);

/**
 * Pages that ship one small script, the citation's (src/components/Citation.astro: it fills in 閲覧日 and reveals
 * the copy buttons; without it the citation reads the same, with 閲覧日 a blank to fill): every record page and the
 * overviews of each plan and of the 2013 report, in every edition.
 */
export const CITED_PAGE = new RegExp(
  `^(?:/easy|/en)?/(?:(?:${plans.map((p) => p.id).join('|')})/(?:(?:projects|visions|priorities|wards)/[^/]+/)?|2013/(?:(?:items|parts|categories)/[^/]+/)?)$`,
);

/** Whether a page may ship JavaScript: one of PAGES_WITH_SCRIPT, or a page with a citation (CITED_PAGE). */
export const shipsScript = (path: string): boolean => PAGES_WITH_SCRIPT.includes(path) || CITED_PAGE.test(path);

export interface DistFilter {
  /** Only files whose name ends in one of these, e.g. '.html' or ['.css', '.js']. */
  ext?: string | readonly string[];
  /** Only files under this folder (a path relative to dir, e.g. 'fy2024/projects'). */
  under?: string;
  /** Leave out files under these folders (paths relative to dir, e.g. 'pagefind'). */
  exclude?: readonly string[];
}

const inside = (path: string, folder: string) => path.startsWith(folder.replace(/\/+$/, '') + '/');

/** Every file under dir, as paths relative to dir with `/` separators, sorted by code unit (the same on every machine). */
export function distFiles(dir: string, filter: DistFilter = {}): string[] {
  const ext = typeof filter.ext === 'string' ? [filter.ext] : filter.ext;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replace(/\\/g, '/'))
    .filter(
      (path) =>
        (!ext || ext.some((e) => path.endsWith(e))) &&
        (filter.under === undefined || inside(path, filter.under)) &&
        !(filter.exclude ?? []).some((folder) => inside(path, folder)),
    )
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The site path a file is served at: `fy2024/index.html` → `/fy2024/`, `data/x.json` → `/data/x.json`. */
export function sitePath(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** A page that asks search engines to leave it out (`<meta name="robots" content="noindex">`, e.g. the 404 page). */
const NOINDEX = /<meta name="robots" content="[^"]*\bnoindex\b/;

/**
 * The site's pages, as site paths in distFiles order: every folder's index.html (each page is one) that does not
 * ask to be left out of search engines. The sitemap lists exactly these, and the browser tests visit them.
 */
export function sitePages(dir: string): string[] {
  return distFiles(dir, { ext: 'index.html' })
    .filter(
      (file) =>
        (file === 'index.html' || file.endsWith('/index.html')) && !NOINDEX.test(readFileSync(join(dir, file), 'utf8')),
    )
    .map(sitePath);
}

/** SHA-256 of every file under dir, by relative path (in distFiles order). */
export function distHashes(dir: string): Map<string, string> {
  return new Map(
    distFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

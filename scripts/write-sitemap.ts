/**
 * Writes dist/sitemap.xml and dist/robots.txt for a build with the public address (SITE_URL, src/lib/config/site.ts).
 * A sitemap must give absolute URLs, so a build without the address writes neither file (and removes any left from
 * an earlier build) rather than guess a host. The sitemap lists every page of dist/ (scripts/lib/dist.ts sitePages),
 * so a new page type is listed without touching this script.
 * Usage: node scripts/write-sitemap.ts, after astro build.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteUrl } from '../src/lib/config/site.ts';
import { sitePages } from './lib/dist.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const site = siteUrl();

if (!site) {
  for (const file of ['sitemap.xml', 'robots.txt']) rmSync(join(dist, file), { force: true });
  console.log('sitemap: SITE_URL is not set, so no sitemap.xml or robots.txt (a sitemap needs absolute URLs)');
} else {
  const pages = sitePages(dist);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const urls = pages.map((path) => `  <url><loc>${escape(new URL(path, site).href)}</loc></url>`);
  writeFileSync(
    join(dist, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
  );
  writeFileSync(
    join(dist, 'robots.txt'),
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`,
  );
  console.log(`sitemap: wrote dist/sitemap.xml (${pages.length} pages at ${site.origin}) and dist/robots.txt`);
}

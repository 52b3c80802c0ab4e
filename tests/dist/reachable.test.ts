/**
 * Every page of the site can be reached by following links from the home page: a crawl over dist/ from
 * dist/index.html, reading each page's internal links, must reach every page the sitemap lists and every other HTML
 * file of dist/ but the 404 page (which a host serves for a missing path, so no link leads to it).
 */
import { expect, test } from 'vitest';
import { fileFor, htmlPages, links, read, sitemapPaths } from './site.ts';

/** The site path a link leads to, as htmlPages() names it (`/fy2024/`), or undefined when it is no HTML page. */
function pageOf(href: string): string | undefined {
  const raw = href.split('#')[0]!.split('?')[0]!;
  const file = fileFor(raw);
  const path = decodeURI(raw);
  if (!file?.endsWith('.html')) return undefined;
  return path.endsWith('/') || path.endsWith('.html') ? path.replace(/(^|\/)index\.html$/, '$1') : `${path}/`;
}

test('every page is reachable by links from the home page', () => {
  const reached = new Set(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    for (const href of links(read(queue.shift()!))) {
      const page = pageOf(href);
      if (page && !reached.has(page)) {
        reached.add(page);
        queue.push(page);
      }
    }
  }
  const pages = [...new Set([...sitemapPaths(), ...htmlPages().filter((p) => p !== '/404.html')])];
  expect(pages.length).toBeGreaterThan(250);
  expect(pages.filter((p) => !reached.has(p))).toEqual([]);
});

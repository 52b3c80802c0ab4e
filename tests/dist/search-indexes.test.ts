/**
 * The three search indexes of dist/ each hold exactly their edition's pages: dist/pagefind/ the Japanese site's,
 * dist/easy/pagefind/ the /easy/ pages, dist/en/pagefind/ the /en/ pages. A record's URL is read from Pagefind's own
 * files (a fragment is gzipped JSON behind a 12-byte signature, one per page), the pages from the HTML files: an
 * indexed page is one whose <main> carries data-pagefind-body.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { dist } from './site.ts';

/** The URL of every record of the index in a folder of dist/. */
function indexedUrls(folder: string): string[] {
  const fragments = join(dist, folder, 'fragment');
  return readdirSync(fragments)
    .map((name) => {
      const data = gunzipSync(readFileSync(join(fragments, name))).subarray('pagefind_dcd'.length);
      return (JSON.parse(data.toString('utf8')) as { url: string }).url;
    })
    .sort();
}

/** Every page of dist/ that asks to be indexed, as site paths. */
const indexable: string[] = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
  .filter((file) => /<main[^>]*\sdata-pagefind-body/.test(readFileSync(join(dist, file), 'utf8')))
  .map((file) => `/${file.slice(0, -'index.html'.length)}`)
  .sort();

const EDITIONS = [
  { name: 'the Japanese site', folder: 'pagefind', owns: (url: string) => !/^\/(easy|en)\//.test(url) },
  { name: 'やさしい日本語', folder: 'easy/pagefind', owns: (url: string) => url.startsWith('/easy/') },
  { name: 'English', folder: 'en/pagefind', owns: (url: string) => url.startsWith('/en/') },
];

describe('each edition has its own search index', () => {
  for (const { name, folder, owns } of EDITIONS)
    test(`${folder}/ holds every indexable page of ${name}, and no other`, () => {
      const pages = indexable.filter(owns);
      // Every edition mirrors the Japanese site's 104 project pages (and more): an empty edition would pass unseen.
      expect(pages.filter((u) => /\/fy2024\/projects\/[0-9a-f]{8}\/$/.test(u))).toHaveLength(104);
      expect(indexedUrls(folder)).toEqual(pages);
    });

  test('the editions index as many pages each (every page has its counterparts)', () => {
    const counts = EDITIONS.map((e) => indexedUrls(e.folder).length);
    expect(new Set(counts).size).toBe(1);
  });
});

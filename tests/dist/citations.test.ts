/**
 * Every record page of every edition, in both builds (dist/ without the public address, the variant build with it),
 * can be cited: a citation with the page's title, its address (the public URL, else the path), the data's date as a
 * reader reads it, a blank 閲覧日 to fill where no script runs, source lines linked on record pages, a hidden copy
 * button (revealed by the script, so no dead button shows without it), a BibTeX entry; and 最終更新 with the same date
 * as a `<time datetime>`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sitePages } from '../../scripts/lib/dist.ts';
import { VARIANT_ADDRESS, VARIANT_OPERATOR } from '../../scripts/build-variant.ts';
import { dist, variantSite } from './site.ts';

/** Record pages and the two overviews: the plan's (`/fy2024/`) and the 2013 report's, in every edition. */
const RECORD =
  /^(?:\/easy|\/en)?\/(?:fy\d{4}\/|fy\d{4}\/(?:projects|visions|priorities|wards)\/[^/]+\/|2013\/|2013\/(?:items|parts|categories)\/[^/]+\/)$/;

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** The data's date as each edition writes it, spelled out here by hand. */
function dateWords(edition: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return edition === 'en' ? `${d} ${MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

const editionOf = (path: string) => (path.startsWith('/en/') ? 'en' : path.startsWith('/easy/') ? 'easy' : 'ja');

/** An element's text as a reader sees it: tags out, ふりがな out, entities of the titles decoded. */
const textOf = (html: string) =>
  html
    .replace(/<(rt|rp)[\s>][^<]*<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** What each edition says before the data's date and the accessed date, in the citation and as 最終更新. */
const WORDS = {
  ja: {
    unofficial: '（非公式）',
    data: 'データ更新日：',
    unreleased: 'データ未公開',
    blank: '閲覧日：____年__月__日',
    updated: '最終更新：',
  },
  easy: {
    unofficial: '（市の サイトでは ありません）',
    data: 'データを 新しく した 日にち：',
    unreleased: 'まだ 出して いない データ',
    blank: '見た 日にち：____年__月__日',
    updated: 'データを 新しく した 日にち：',
  },
  en: {
    unofficial: ' (unofficial)',
    data: 'data as of ',
    unreleased: 'unreleased data',
    blank: 'accessed __ ______ ____',
    updated: 'Last updated: ',
  },
};

function checkBuild(dir: string, address: string | undefined) {
  const pages = sitePages(dir).filter((p) => RECORD.test(p));
  const read = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

  test('lists the record pages of every kind in every edition', () => {
    for (const prefix of ['', '/easy', '/en']) {
      const of = (re: RegExp) => pages.filter((p) => p.startsWith(`${prefix}/`) && re.test(p.slice(prefix.length)));
      // The document's counts, as the README states them: 104 projects, 8 visions, 2 priorities, 6 wards, 130 items,
      // 3 parts.
      expect(of(/^\/fy2024\/projects\//)).toHaveLength(104);
      expect(of(/^\/fy2024\/visions\//)).toHaveLength(8);
      expect(of(/^\/fy2024\/priorities\//)).toHaveLength(2);
      expect(of(/^\/fy2024\/wards\//)).toHaveLength(6);
      expect(of(/^\/2013\/items\//)).toHaveLength(130);
      expect(of(/^\/2013\/parts\//)).toHaveLength(3);
      expect(of(/^\/2013\/categories\//).length).toBeGreaterThan(10);
      expect(of(/^\/(fy2024|2013)\/$/)).toHaveLength(2);
    }
  });

  test('every one has the citation, BibTeX and 最終更新 with the same date', () => {
    const wrong: string[] = [];
    const dates = new Set<string>();
    for (const path of pages) {
      const html = read(path);
      const edition = editionOf(path);
      const words = WORDS[edition];
      const fail = (what: string) => wrong.push(`${path}: ${what}`);
      const cite = /<section class="cite"[\s\S]*?<\/section>/.exec(html)?.[0];
      if (!cite) {
        fail('no citation');
        continue;
      }
      const line = /<p class="line"[^>]*>([\s\S]*?)<\/p>/.exec(cite)?.[1] ?? '';
      const text = textOf(line);
      // 最終更新: a <time datetime> with the date in the edition's words.
      const updated = /<p class="updated"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
      // A dated data version: the date in the edition's words; an undated one (not released): says so.
      const iso = /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(updated)?.[1];
      dates.add(iso ?? 'none');
      const date = iso ? dateWords(edition, iso) : words.unreleased;
      if (!textOf(updated).startsWith(`${words.updated}${date}`)) fail(`最終更新 reads ${textOf(updated)}`);
      // The title as the page's h1 or <title> shows it, quoted after the site's name and 非公式.
      // (A title's own 「」 are nested as 『』 in the citation.)
      const title = (edition === 'en' ? /, “(.+?)”, / : /）「(.+?)」/)
        .exec(text)?.[1]
        ?.replace(/『/g, '「')
        .replace(/』/g, '」');
      const h1 = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/\s+/g, ' ');
      const head = textOf(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
      // (A record's number, ビジョン1 or 1-1., or a ward's 「の取り組み」 may stand in the title and not the h1, or the
      // other way round.)
      const flat = (s: string) => s.replace(/\s/g, '');
      if (
        !title ||
        !(head.includes(title) || (h1 && (flat(title).includes(flat(h1)) || flat(h1).includes(flat(title)))))
      )
        fail(`title ${title} is neither the h1 (${h1}) nor the <title> (${head})`);
      if (!text.includes(words.unofficial)) fail('no 非公式');
      const url = address ? `${address}${path}` : path;
      if (!text.includes(edition === 'en' ? `”, ${url} (` : `」${url}（`)) fail(`no address ${url}: ${text}`);
      if (!text.includes(iso ? `${words.data}${date}` : date)) fail(`no data date ${date}: ${text}`);
      if (!text.includes(words.blank)) fail(`no blank 閲覧日: ${text}`);
      // Source lines linked on every record page; the overviews cite the whole document.
      if (!/\/(fy\d{4}|2013)\/$/.test(path) && !/<a href="\/sources\/(fy\d{4}|2013)\/#L\d+">/.test(line))
        fail('no linked source line');
      const buttons = [...cite.matchAll(/<button[^>]*>/g)].map((m) => m[0]);
      if (buttons.length !== 2 || !buttons.every((b) => /\shidden[\s>]/.test(b))) fail(`buttons ${buttons.join(' ')}`);
      const bib = textOf(/<pre[^>]*>([\s\S]*?)<\/pre>/.exec(cite)?.[1] ?? '');
      if (!bib.startsWith('@misc{kpe-')) fail('no BibTeX entry');
      if (!bib.includes(`  url = {${url}},`)) fail(`BibTeX url: ${bib}`);
      if (iso && !bib.includes(`  year = {${iso.slice(0, 4)}},`)) fail('BibTeX year');
      if (!/ {2}note = \{[^\n]*[0-9a-f]{12}/.test(bib)) fail('BibTeX note without the data version');
      if (!bib.includes('  urldate = {____-__-__}')) fail('BibTeX urldate blank');
      // The operator as the author where the build has one (the variant), none where it has none.
      if (address ? !bib.includes(`  author = {{${VARIANT_OPERATOR}}},`) : bib.includes('author ='))
        fail(`BibTeX author: ${bib}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    // One build, one data version, one date.
    expect(dates.size).toBe(1);
  });
}

describe('the default build (no public address): the path', () => checkBuild(dist, undefined));
describe('the variant build (the public address)', () => checkBuild(variantSite, VARIANT_ADDRESS));

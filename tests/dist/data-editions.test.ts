/**
 * The data pages in the translated editions (dist/en/data/…, dist/easy/data/…): worded in the edition, with the
 * Japanese the files publish quoted as the original. Facts checked by hand in the sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFiles } from '../../scripts/lib/dist.ts';
import { japaneseOutsideLangJa } from './editions.ts';

// The default build only (tests/dist/site.ts also requires the variant build, which these pages do not need).
const dist = join(import.meta.dirname, '..', '..', 'dist');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** A やさしい日本語 page's text without its ふりがな markup (<ruby>漢字<rt>かんじ</rt></ruby> → 漢字). */
const withoutRuby = (html: string) => html.replace(/<rt>.*?<\/rt>|<rp>.*?<\/rp>|<\/?ruby>/g, '');

describe('the English data pages', () => {
  const pages = distFiles(dist, { ext: '.html', under: 'en/data' });

  it('are all built (downloads, dictionary, notes, folders and their per-record lists)', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'en/data/index.html',
        'en/data/dictionary/index.html',
        'en/data/quality/index.html',
        'en/data/fy2024/index.html',
        'en/data/fy2024/projects/index.html',
        'en/data/2013/index.html',
        'en/data/2013/items/index.html',
      ]),
    );
  });

  it('the check finds Japanese where it is not marked', () => {
    // The Japanese page with its <html lang="ja"> taken away: all of its text is unmarked.
    expect(japaneseOutsideLangJa(page('data/quality').replace('<html lang="ja"', '<html')).length).toBeGreaterThan(10);
    expect(japaneseOutsideLangJa('<p>Printed <span>上乘せ</span>, <span lang="ja">上乘せ</span></p>')).toEqual([
      '<span> "上乘せ"',
    ]);
    expect(japaneseOutsideLangJa('<p aria-label="データ">x</p>')).toEqual(['<p aria-label> "データ"']);
  });

  it('have no Japanese outside elements marked lang="ja"', () => {
    const found = pages.flatMap((p) =>
      japaneseOutsideLangJa(readFileSync(join(dist, p), 'utf8')).map((x) => `${p} ${x}`),
    );
    expect(found).toEqual([]);
  });

  it('explain a column in English, its Japanese name quoted as published', () => {
    // fy2024/projects.csv's column 予算額（千円） (budget_thousand_yen) holds each project's budget for the plan year
    // in thousands of yen: 24,300千円 on line 104 of the FY2024 plan is the first project's.
    // Without the scoped-style attributes and the phrase breaks (<wbr>) the build adds.
    const html = page('en/data/dictionary')
      .replace(/ data-astro-cid-\w+/g, '')
      .replace(/<wbr>/g, '');
    const section = html.slice(html.indexOf('data-dataset="fy2024/projects"'));
    const at = section.indexOf('<code>budget_thousand_yen</code>');
    expect(at).toBeGreaterThan(0);
    const column = section.slice(at - 100, at + 300);
    expect(column).toContain('<span lang="ja">予算額（千円）</span>');
    expect(column).toContain('The budget for the plan&#39;s fiscal year (whole number).');
    expect(column).toContain('(unit: thousand yen)');
  });

  it('word the data notes in English and link the lines they cite', () => {
    // Lines 222 and 862 of the FY2024 plan print 市内の翻訳・通訳体制の強化 and 庁内の翻訳・通訳体制の強化.
    const html = page('en/data/quality');
    expect(html).toContain('The same budget and description are printed under different titles:');
    expect(html).toContain(
      '<span lang="ja">市内の翻訳・通訳体制の強化</span> (<a href="/sources/fy2024/#L222">line 222</a>)',
    );
    expect(html).toContain(
      '<span lang="ja">庁内の翻訳・通訳体制の強化</span> (<a href="/sources/fy2024/#L862">line 862</a>)',
    );
  });
});

describe('the やさしい日本語 data pages', () => {
  it('explain a column in short sentences', () => {
    const html = withoutRuby(page('easy/data/dictionary'))
      .replace(/ data-astro-cid-\w+/g, '')
      .replace(/<wbr>/g, '');
    const section = html.slice(html.indexOf('data-dataset="fy2024/projects"'));
    const at = section.indexOf('<code>budget_thousand_yen</code>');
    expect(at).toBeGreaterThan(0);
    expect(section.slice(at, at + 300)).toContain('その年度の予算です。単位は千円です。');
  });

  it('quote the notes’ originals inside data-original', () => {
    const html = withoutRuby(page('easy/data/quality'));
    expect(html).toMatch(/<span data-original(="")?>市内の翻訳・通訳体制の強化<\/span>/);
    expect(html).toContain('名前だけがちがいます。');
  });
});

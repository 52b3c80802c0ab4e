/**
 * The home, glossary, about and 404 pages in the English and やさしい日本語 editions, read from dist/: facts checked
 * by hand in the source documents, the quoted originals marked as such, and no Japanese outside lang="ja" on the
 * English pages (tests/dist/editions.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { japaneseOutsideLangJa } from './editions.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const page = (path: string): string => {
  const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build)`);
  return readFileSync(file, 'utf8');
};
/** The <main> of a page. */
const main = (html: string): string => html.slice(html.indexOf('<main'), html.indexOf('</main>') + 7);
/** Text with the tags and the ふりがな (<rt>, <rp>) taken out and white space collapsed. */
const text = (html: string): string =>
  html
    .replace(/<(script|style|svg|rt|rp)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
/** A headline card's number (src/components/StatCard.astro). */
const card = (html: string, stat: string): string =>
  text(new RegExp(`data-stat="${stat}"[\\s\\S]*?data-value[^>]*>([\\s\\S]*?)</span>`).exec(html)![1]!).trim();

// Line 7 of content/sources/000_dbb0204a5abc5e36.txt: the plan's title as printed.
const PLAN_TITLE = '熊本市第8次総合計画 令和6年度アクションプラン(案)';

describe('the English home page', () => {
  const html = page('en/');

  it('is English, with the site name as its heading', () => {
    expect(html).toMatch(/<html lang="en"/);
    expect(text(/<h1[^>]*>[\s\S]*?<\/h1>/.exec(html)![0])).toBe('Kumamoto Plan Explorer');
  });

  it('gives the headline figures in English words', () => {
    // The whole plan, each project once: 28,796,190千円 (tests/dist/money.test.ts) = ¥28,796,190,000 = ¥28.8 billion.
    expect(card(html, 'total')).toBe('¥28.8 billion');
    // Priority 1: lines 104, 113, 122, 129, 136, 145, 154 of the source, 24,300 + 37,000 + 13,384,000 + 20,608 +
    // 109,733 + 12,800 + 56,600 = 13,645,041千円 = ¥13.6 billion.
    expect(text(main(html))).toMatch(/Priority 1: [^(]+\(7 projects, ¥13\.6 billion\)/);
  });

  it('quotes the plan title as printed, marked as Japanese', () => {
    expect(main(html)).toContain(`<span lang="ja">${PLAN_TITLE}</span>`);
  });

  it('links within the English edition, and to the shared data files', () => {
    const hrefs = [...main(html).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    const internal = hrefs.filter((h) => h.startsWith('/') && !/\.[a-z]+$/.test(h) && !h.startsWith('/sources/'));
    expect(internal.length).toBeGreaterThan(20);
    // The 2013 scoreboard's links belong to its component (src/components/StatusScoreboard.astro), worded by the
    // 2013 pages' edition work; the home's own links all stay in /en/.
    const outside = internal.filter((h) => !h.startsWith('/en/') && !h.startsWith('/2013/status/#'));
    expect(outside.filter((h) => h !== '/method/#status')).toEqual([]);
  });

  it('has no Japanese outside lang="ja" in the home\'s own words', () => {
    // The compact 2013 scoreboard (StatusScoreboard) and the charts' data tables (ChartFigure, DataTable) are shared
    // components the FY2024 and 2013 pages' edition work translates; until those land they are left out here.
    const own = html
      .replace(/<ul class="board[\s\S]*?<\/ul>\s*<p class="by"[\s\S]*?<\/p>/g, '')
      .replace(/<details[\s\S]*?<\/details>/g, '');
    expect(japaneseOutsideLangJa(own)).toEqual([]);
  });
});

describe('the やさしい日本語 home page', () => {
  const html = page('easy/');

  it('is Japanese, with money in 億円 and the year as 2024年度', () => {
    expect(html).toMatch(/<html lang="ja"/);
    // 28,796,190千円 = 287.9619億円 → 288.0億円, said as a rounded whole: 約288億円 (no 「.0」 to explain).
    expect(card(html, 'total')).toBe('約288億円');
    expect(text(main(html))).toContain('2024年度の計画');
    // The edition's own words use the Gregorian calendar; a quoted title (data-original) keeps its 令和.
    const own = main(html).replace(/<span data-original>[\s\S]*?<\/span>/g, '');
    expect(text(own)).not.toMatch(/令和|平成/);
  });

  it('quotes the plan title inside data-original', () => {
    expect(main(html)).toContain(`<span data-original>${PLAN_TITLE}</span>`);
  });
});

describe('the glossaries', () => {
  it('explain 重点事項 in English, with the Japanese term marked lang="ja"', () => {
    const html = page('en/glossary/');
    const entry = /<dt id="priority"[\s\S]*?<\/dd>/.exec(html)![0];
    expect(entry).toMatch(/<dt id="priority"[^>]*>\s*Priority\s*<span class="[^"]*" lang="ja"[^>]*>重点事項<\/span>/);
    // The plan's first chapter is 「1. 重点事項」 (line 10 of the source).
    expect(text(entry)).toContain('first chapter');
    expect(japaneseOutsideLangJa(html)).toEqual([]);
  });

  it('explain 重点事項 in やさしい日本語, in short sentences', () => {
    const html = page('easy/glossary/');
    const entry = /<dt id="priority"[\s\S]*?<\/dd>/.exec(html)![0];
    expect(text(entry)).toContain('重点事項');
    const sentences = text(/<dd[\s\S]*?<p[^>]*>([\s\S]*?)<\/p>/.exec(entry)![1]!)
      .split('。')
      .filter((s) => s.trim());
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.length).toBeLessThanOrEqual(30);
  });

  it('list the same terms under the same anchors in every edition', () => {
    const ids = (html: string) => [...html.matchAll(/<dt id="([^"]+)"/g)].map((m) => m[1]);
    const ja = ids(page('glossary/'));
    expect(ja.length).toBeGreaterThan(20);
    expect(ids(page('en/glossary/'))).toEqual(ja);
    expect(ids(page('easy/glossary/'))).toEqual(ja);
  });
});

describe('glossary links by edition', () => {
  it('lead from a やさしい日本語 page to the やさしい日本語 glossary, and are left out of English pages', () => {
    const easyLinks = [...page('easy/').matchAll(/<a href="([^"]*)" data-term=/g)].map((m) => m[1]!);
    expect(easyLinks.length).toBeGreaterThan(0);
    expect(easyLinks.every((h) => h.startsWith('/easy/glossary/#'))).toBe(true);
    expect(page('en/')).not.toContain('data-term=');
    expect(page('en/about/')).not.toContain('data-term=');
    // The Japanese site's links are as before.
    expect(page('/')).toContain('<a href="/glossary/#project" data-term="project">事業</a>');
  });
});

describe('the about pages', () => {
  it('say in English who wrote the translation, how, and that the Japanese original governs', () => {
    const html = page('en/about/');
    const words = text(main(html));
    expect(words).toContain('This site wrote the English edition, not the City of Kumamoto.');
    expect(words).toMatch(/records the Japanese title and text the English was written from/);
    expect(words).toContain('The Japanese original is the authoritative text.');
    expect(main(html)).toContain(`<span lang="ja">${PLAN_TITLE}</span>`);
    expect(main(html)).toContain('href="/en/method/"');
    expect(japaneseOutsideLangJa(html)).toEqual([]);
  });

  it('say the same in やさしい日本語', () => {
    const words = text(main(page('easy/about/')));
    expect(words).toContain('このサイトが書きました');
    expect(words).toContain('もとの日本語の文をファイルにのこしています');
    expect(words).toContain('もとの日本語の文が正しい文です');
  });
});

describe('the 404 page', () => {
  it('leads to each edition’s home', () => {
    const html = page('404.html');
    expect(html).toMatch(/<p lang="en">Page not found\.[\s\S]*?<a href="\/en\/">/);
    expect(html).toContain('<a href="/easy/">');
    // One page for every edition: no language switch to a /en/404/ or /easy/404/ that does not exist.
    expect(html).not.toMatch(/href="\/(en|easy)\/404/);
  });
});

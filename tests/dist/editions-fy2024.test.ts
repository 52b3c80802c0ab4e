/**
 * The FY2024 plan's pages in the English and やさしい日本語 editions, as built in dist/: one fact per kind of page,
 * each read by hand from the FY2024 source (content/sources/000_dbb0204a5abc5e36.txt) at the lines named, and the
 * English edition's rule that every Japanese character sits inside an element marked lang="ja" (a quoted original).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { japaneseOutsideLangJa } from './editions.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const dist = join(import.meta.dirname, '..', '..', 'dist');

function page(path: string): string {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (\`npm run build\`)`);
  return readFileSync(file, 'utf8');
}

/** Every element of a page, in document order. */
function elements(html: string): Element[] {
  const all: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) all.push(n);
    for (const c of (n as { childNodes?: Node[] }).childNodes ?? []) walk(c);
  };
  walk(parse(html));
  return all;
}

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

/** ふりがな (<rt>) and its fallback brackets (<rp>): readings the ruby pass adds, not words of the text. */
const isReading = (n: Node) => n.nodeName === 'rt' || n.nodeName === 'rp';

/** An element's text as a reader reads it (without the ふりがな), white space made one space. */
function text(e: Node): string {
  if (e.nodeName === '#text') return (e as DefaultTreeAdapterMap['textNode']).value;
  if (isReading(e)) return '';
  return ((e as { childNodes?: Node[] }).childNodes ?? []).map(text).join('').replace(/\s+/g, ' ').trim();
}

/** The texts of a page's elements marked as the Japanese original: lang="ja" on English pages, data-original on やさしい日本語 ones. */
const originals = (html: string, mark: 'lang' | 'data-original') =>
  elements(html)
    .filter(
      (e) =>
        e.tagName !== 'html' && (mark === 'lang' ? attr(e, 'lang') === 'ja' : attr(e, 'data-original') !== undefined),
    )
    .map(text);

/** A page's main content without the quoted originals: the edition's own words. */
function ownText(html: string, mark: 'lang' | 'data-original'): string {
  const walk = (n: Node): string => {
    if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
    if (isReading(n)) return '';
    if ('tagName' in n && (mark === 'lang' ? attr(n, 'lang') === 'ja' : attr(n, 'data-original') !== undefined))
      return ' ';
    return ((n as { childNodes?: Node[] }).childNodes ?? []).map(walk).join('');
  };
  return walk(elements(html).find((e) => e.tagName === 'main')!).replace(/\s+/g, ' ');
}

const h1 = (html: string) => text(elements(html).find((e) => e.tagName === 'h1')!);
const main = (html: string) => text(elements(html).find((e) => e.tagName === 'main')!);

// 児童手当の拡充: its ID is the first 8 hex digits of SHA-256 over the title (README, "Stable IDs").
const CHILD_ALLOWANCE = 'c15a479c';

describe('the English FY2024 pages', () => {
  it('a project page: its English title, the Japanese title quoted, its budget in English words', () => {
    const html = page(`en/fy2024/projects/${CHILD_ALLOWANCE}`);
    expect(h1(html)).toBe('Expanding the child allowance');
    // Line 118: the title; line 120: the description.
    expect(originals(html, 'lang')).toContain('児童手当の拡充');
    expect(originals(html, 'lang')).toContain(
      '支給対象を高校生まで拡充し、第3子は支給額を増額するとともに、所得制限を撤廃します。',
    );
    // Line 122: 13,384,000千円 = ¥13,384,000,000; line 123: (11,498,000千円). The change is 1,886,000千円, 16.40%.
    const body = main(html);
    expect(body).toContain('¥13.4 billion');
    expect(body).toContain('¥11.5 billion');
    expect(body).toContain('+¥1.9 billion (+16.4%)');
    // The printed figure is quoted as printed.
    expect(originals(html, 'lang')).toContain('13,384,000千円');
    expect(body).toContain('line 122');
  });

  it('a priority page: its number in English, the printed title quoted', () => {
    const html = page('en/fy2024/priorities/1');
    // Line 80: 重点事項1 こども関連施策の推進.
    expect(main(html)).toContain('Priority 1');
    expect(originals(html, 'lang')).toContain('こども関連施策の推進');
  });

  it('a vision page: its number in English, the printed title quoted', () => {
    const html = page('en/fy2024/visions/5');
    // Line 60: ビジョン5:豊かな環境を未来につなぐまち.
    expect(main(html)).toContain('Vision 5');
    expect(originals(html, 'lang')).toContain('豊かな環境を未来につなぐまち');
  });

  it('a ward page: the frame as printed, quoted, and worded in English', () => {
    const html = page('en/fy2024/wards/chuo');
    // Lines 1457–1459: 各区19百万円 / 共通5百万円 / 計1億円; a ward's frame is ¥19 million.
    expect(originals(html, 'lang')).toContain('各区19百万円、共通5百万円、計1億円');
    expect(main(html)).toContain('The frame for Chuo Ward is ¥19.0 million');
  });

  it('the lists: eight visions, two priorities, every project, largest budget first', () => {
    // Lines 53–60 list ビジョン1 … ビジョン8; lines 72 and 80 onward the two 重点事項.
    expect(h1(page('en/fy2024/visions'))).toContain('8 visions');
    expect(main(page('en/fy2024/priorities'))).toContain('Priority 2');
    const list = page('en/fy2024/projects');
    const first = elements(list).find((e) => e.tagName === 'tbody')!;
    const row = first.childNodes.find((c): c is Element => 'tagName' in c && c.tagName === 'tr')!;
    // 児童手当の拡充 (13,384,000千円, line 122) is the largest budget the document prints.
    expect(text(row)).toContain('Expanding the child allowance');
    expect(text(row)).toContain('¥13.4 billion');
  });

  it('the plan overview: the document title quoted, its fiscal year in English', () => {
    const html = page('en/fy2024');
    // Line 6: the cover's title.
    expect(originals(html, 'lang')).toContain('熊本市第8次総合計画 令和6年度アクションプラン(案)');
    expect(h1(html)).toContain('FY2024');
    expect(ownText(html, 'lang')).not.toMatch(/令和|平成/);
  });

  it('have no Japanese character outside an element marked lang="ja"', () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(join(dist, dir), { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name === 'index.html') found.push(...japaneseOutsideLangJa(page(dir)).map((f) => `/${dir}/: ${f}`));
      }
    };
    walk('en/fy2024');
    expect(found).toEqual([]);
  });
});

describe('the やさしい日本語 FY2024 pages', () => {
  it('a project page: its own title, the original marked data-original, money in 億・万円 digits', () => {
    const html = page(`easy/fy2024/projects/${CHILD_ALLOWANCE}`);
    expect(elements(html)[0]!.tagName === 'html' && attr(elements(html)[0]!, 'lang')).toBe('ja');
    expect(originals(html, 'data-original')).toContain('児童手当の拡充');
    expect(h1(html)).not.toBe('児童手当の拡充');
    // Line 122: 13,384,000千円 = 13,384,000,000円 = 133億8,400万円, with the printed figure quoted after it.
    expect(main(html)).toMatch(/133億8,400万円\s*（13,384,000千円/);
    expect(originals(html, 'data-original')).toContain('13,384,000千円');
    expect(ownText(html, 'data-original')).toContain('2024年度');
    expect(ownText(html, 'data-original')).not.toMatch(/令和|平成/);
  });
});

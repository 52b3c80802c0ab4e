/**
 * Whole 2013 sentences in the built files. The text conversion replaced the line breaks inside a table cell with
 * spaces; the item pages show each cell for reading (wraps joined, entries one per line), the source page keeps the
 * verbatim lines, and a status quotes the whole clause its words stand in. The oracles are plain regular expressions
 * over the HTML and the source text: they do not use the parser or its data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseCsv } from './spreadsheet.ts';
import { fileFor, read } from './site.ts';

const root = join(import.meta.dirname, '..', '..');
const source = readFileSync(join(root, 'content/sources/001_2876ceca144e21ba.txt'), 'utf8');

/** Japanese characters on both sides of a run of spaces (half-width, ideographic or tabs; never a line break). */
const SPACE_JOIN =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々])[ \t\u3000]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々])/gu;

/** Spaces printed so, by a person's decision with its reason (content/curated/roadmap2013.json, `keep`). */
const kept = (
  JSON.parse(readFileSync(join(root, 'content/curated/roadmap2013.json'), 'utf8')) as {
    spaces: Array<{ text: string; decision: string }>;
  }
).spaces
  .filter((d) => d.decision === 'keep')
  .map((d) => d.text);

/** The reading text of an item page: the title and the sub-items' sections, one string per text between tags. */
function readingTexts(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(main)![1]!;
  const sections = [...main.matchAll(/<section class="sub[^"]*"[\s\S]*?<\/section>/g)].map((m) => m[0]);
  return (
    [h1, ...sections]
      .join('\n')
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
      // Phrase breaks (<wbr>) sit inside a text: a space before one still joins the words around it.
      .replace(/<wbr\s*\/?>/g, '')
      .split(/<[^>]+>/)
      .map((t) => t.replace(/&amp;/g, '&'))
      .filter((t) => t.trim())
  );
}

/** Every space between two Japanese characters in the texts, with its surroundings; a kept name's space excepted. */
function spaceJoins(texts: string[]): string[] {
  return texts.flatMap((t) =>
    [...t.matchAll(SPACE_JOIN)]
      .map((m) => t.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8))
      .filter((around) => !kept.some((k) => around.replace(/[ \u3000]/g, ' ').includes(k))),
  );
}

const itemPages = Array.from({ length: 130 }, (_, k) => `/2013/items/${k + 1}/`);

test('the 130 item pages show no space between two Japanese characters in their reading text', () => {
  const found: string[] = [];
  let texts = 0;
  for (const page of itemPages) {
    const t = readingTexts(read(page));
    texts += t.length;
    found.push(...spaceJoins(t).map((s) => `${page}: ${s.trim()}`));
  }
  expect(texts).toBeGreaterThan(130 * 8);
  expect(found).toEqual([]);
});

test('the same regular expression finds the conversion’s spaces in the verbatim text, which the source page keeps', () => {
  // Line 29 as printed: 「国連 生命の水 最優秀賞受賞に伴い…」, 「…事業の推進 また、…」.
  const line29 = source.split('\n')[28]!;
  expect(spaceJoins([line29]).length).toBeGreaterThanOrEqual(3);
  const sourcePage = read('/sources/2013/');
  expect(sourcePage).toContain('国連 生命の水 最優秀賞受賞に伴い');
  expect(sourcePage).toContain('事業の推進 また、北九州市');
});

/** An item page without its phrase breaks (<wbr>, src/lib/presentation/phrases.ts), which a reader does not see. */
const itemPage = (path: string): string => read(path).replace(/<wbr\s*\/?>/g, '');

test('No.2 reads 国連生命の水最優秀賞受賞, and its two sentences of line 29 are two entries', () => {
  const html = itemPage('/2013/items/2/');
  expect(html).toContain('国連生命の水最優秀賞受賞に伴い');
  expect(html).toMatch(/<li[^>]*>くまもと都市圏協議会において、各自治体と連携した事業の推進<\/li>/);
  expect(html).toMatch(/<li[^>]*>また、北九州市・福岡市・鹿児島市による/);
});

test('a schedule cell of two entries shows them as two list items (No.27, line 104)', () => {
  const html = itemPage('/2013/items/27/');
  expect(html).toMatch(/<li[^>]*>ゆうゆうバスの運行開始<\/li>\s*<li[^>]*>新たなコミュニティ交通調査検討<\/li>/);
});

/** The status quotes of an item page: each 「…」 after 根拠：, brackets inside a quote (「協定書」) kept. */
function quotesOf(html: string): string[] {
  const quotes: string[] = [];
  for (const m of html.replace(/<wbr\s*\/?>/g, '').matchAll(/根拠：([^<]*)/g)) {
    let depth = 0;
    let current = '';
    for (const ch of m[1]!) {
      if (ch === '「' && depth++ === 0) continue;
      if (ch === '」' && --depth === 0) {
        quotes.push(current);
        current = '';
        continue;
      }
      if (depth > 0) current += ch;
    }
  }
  return quotes;
}

/** A verbatim cell without its spaces, and for each position whether a space stood before it (the cell's end too). */
function flatten(cell: string): { flat: string; spaceBefore: boolean[] } {
  let flat = '';
  const spaceBefore: boolean[] = [];
  let space = false;
  for (const ch of cell) {
    if (/\s/.test(ch)) space = true;
    else {
      flat += ch;
      spaceBefore.push(space);
      space = false;
    }
  }
  spaceBefore.push(true);
  return { flat, spaceBefore };
}

test('status quotes are whole clauses of the verbatim progress text, never fragments', () => {
  // A clause of a verbatim cell starts at the cell's start, after 、 or 。, or after a space (a line of the printed
  // cell), and ends likewise; a quote joins wrapped lines, so the spaces inside it do not count.
  const cells = source
    .split('\n')
    .flatMap((l) => l.split('\t'))
    .map(flatten);
  // The page writes quotation marks inside a quote as 『』 (「…『協定書』…」), the source as 「」.
  const isClause = (quote: string) => {
    const q = quote.replace(/\s+/g, '').replace(/『/g, '「').replace(/』/g, '」');
    return cells.some(({ flat, spaceBefore }) => {
      for (let at = flat.indexOf(q); at >= 0; at = flat.indexOf(q, at + 1)) {
        const end = at + q.length;
        const starts = at === 0 || /[、。]/.test(flat[at - 1]!) || spaceBefore[at]!;
        const ends = end === flat.length || /[、。]/.test(flat[end]!) || spaceBefore[end]!;
        if (starts && ends) return true;
      }
      return false;
    });
  };
  const fragments: string[] = [];
  let quotes = 0;
  for (const page of itemPages) {
    for (const q of quotesOf(read(page))) {
      quotes++;
      // A particle or okurigana cannot open a clause (がん, cancer, is a word).
      if (/^(?:[にをはのへでと]|が(?!ん))/u.test(q) || !isClause(q)) fragments.push(`${page}: ${q}`);
    }
  }
  expect(quotes).toBeGreaterThan(150);
  expect(fragments).toEqual([]);
  // The fragment the issue names is not a clause by this oracle.
  expect(isClause('に取り組む')).toBe(false);
});

test('the open data publish the reading form beside the verbatim text, and one row per entry', () => {
  const csv = (href: string) => {
    const [header, ...rows] = parseCsv(readFileSync(fileFor(href)!).subarray(3).toString('utf8'));
    return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
  };
  const subitems = csv('/data/2013/subitems.csv');
  // Line 99: 「第4回 熊本市圏総合都市交通体系調査」, a name wrapped after 第4回.
  expect(subitems.find((r) => r['取組名'] === '第4回 熊本市圏総合都市交通体系調査')).toMatchObject({
    '取組名（読みやすい形）': '第4回熊本市圏総合都市交通体系調査',
  });
  const entries = csv('/data/2013/subitem-entries.csv');
  // Line 104, FY2012 cell 「ゆうゆうバスの運行開始 新たなコミュニティ交通調査検討」: two entries.
  const no27 = entries.filter((r) => r['項目番号'] === '27' && r['欄'] === 'fy2012');
  expect(no27.map((r) => [r['記載の番号'], r['記載'], r['欄（日本語）']])).toEqual([
    ['1', 'ゆうゆうバスの運行開始', '平成24年度の予定'],
    ['2', '新たなコミュニティ交通調査検討', '平成24年度の予定'],
  ]);
  // Every entry of the long file is a piece of its cell as printed, spaces aside.
  const cells = source.replace(/[ \t\u3000]+/g, '');
  const strays = entries.filter((r) => !cells.includes(r['記載']!.replace(/[ \u3000]+/g, '')));
  expect(strays).toEqual([]);
  const json = JSON.parse(readFileSync(fileFor('/data/2013/items/2.json')!, 'utf8')) as {
    subitems: Array<{ progress: string; progressEntries: string[]; statusQuotes: string[] }>;
  };
  expect(json.subitems[0]!.progress).toContain('国連 生命の水 最優秀賞受賞');
  expect(json.subitems[0]!.progressEntries[0]).toContain('国連生命の水最優秀賞受賞');
  expect(json.subitems[0]!.statusQuotes).toEqual(['県と連携した首都圏等でのPRに取り組む']);
  const evidence = csv('/data/2013/status-evidence.csv').filter((r) => r['項目番号'] === '2');
  expect(evidence.map((r) => [r['根拠の語句'], r['根拠の文']])).toContainEqual([
    '「に取り組む」',
    '「県と連携した首都圏等でのPRに取り組む」',
  ]);
});

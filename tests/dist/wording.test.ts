/**
 * The site's own Japanese, read from every page of dist/: no half-width colon or parentheses against Japanese text,
 * no title quoted twice (「「…」…」), no 「…しますの分野」, no internal codes or English in the citizen's pages.
 * Text quoted from the sources stays as printed: a hit whose surroundings occur in a source document is the
 * source's own, not a defect of the site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { htmlPages, read } from './site.ts';

const sourcesDir = join(import.meta.dirname, '..', '..', 'content', 'sources');
/** Both sources without white space, so a quotation matches however the page lays it out. */
const sources = readdirSync(sourcesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(sourcesDir, f), 'utf8').replace(/\s+/g, ''))
  .join('\n');

/** What a reader sees: the body's text, without scripts, styles, tags, and with entities decoded. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return (
    body
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
      // ふりがな (the やさしい日本語 pages' ruby) are readings of the text, not text.
      .replace(/<(rt|rp)>[\s\S]*?<\/\1>/g, '')
      // The 2013 status rules (/method/#rule-…) are worded with their rules in scripts/roadmap2013/status.ts, in the
      // rules' own notation (IDs, → and :); they are not checked here.
      .replace(/<li id="rule-[^"]*"[^>]*>[\s\S]*?<\/li>/g, '')
      // Links side by side (a pager's previous and next) are separate texts.
      .replace(/<\/a>\s*<a\b/g, '</a>\n<a')
      .replace(/<\/(p|li|h\d|dt|dd|td|th|caption|div|section|figcaption|summary|tr|nav|header|footer)>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  );
}

const JA = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー、。「」（）・]';

/** The defects, each a pattern over the visible text; a match is the offending characters only. */
const DEFECTS: Record<string, RegExp> = {
  'half-width colon': new RegExp(`(?<=${JA} ?):|:(?=${JA})`, 'gu'),
  'half-width parenthesis': new RegExp(`(?<=${JA})[()]|[()](?=${JA})`, 'gu'),
  'title quoted twice': /「「|」」/g,
  'sentence used as a noun': /(?<=ます|です|ました)(の|を|で|に|は)(?!で)/g,
};

/**
 * Whether a hit at `index` is quoted from a source: some run of three or four characters around it (spaces
 * removed) occurs in a source document.
 */
function quoted(text: string, index: number, length: number): boolean {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  for (const size of [3, 4]) {
    for (let start = index + length - size; start <= index; start++) {
      const run = squeeze(text.slice(Math.max(0, start), start + size));
      if (run.length >= 3 && sources.includes(run)) return true;
    }
  }
  return false;
}

test('the site’s own Japanese has full-width punctuation, single quotes and no sentence used as a noun', () => {
  const found: string[] = [];
  // The Japanese and やさしい日本語 pages. English pages write English punctuation, also around a Japanese original
  // they quote, and hold no Japanese of their own (tests/dist/editions.test.ts checks that, full-width punctuation
  // included), so these rules of Japanese text have nothing to judge there.
  const pages = htmlPages().filter((p) => !p.startsWith('/en/'));
  for (const page of pages) {
    const text = visibleText(read(page));
    for (const [defect, pattern] of Object.entries(DEFECTS)) {
      for (const m of text.matchAll(pattern)) {
        if (quoted(text, m.index, m[0].length)) continue;
        const context = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12).replace(/\s+/g, ' ');
        found.push(`${page}: ${defect}: …${context}…`);
      }
    }
  }
  expect(pages.length).toBeGreaterThan(200);
  expect([...new Set(found)]).toEqual([]);
});

test('source oddities are shown as printed, with a note where they stand and on the quality page', () => {
  const text = (path: string) => visibleText(read(path)).replace(/\s+/g, '');
  // No.21 prints オプズマン (lines 77-78): the title stays, the note is under it.
  expect(text('/2013/items/21/')).toContain('公的オプズマンの設置※「オプズマン」と記載されています（77・78行目）。');
  // Line 280: 8つのビジョンに実現に向けて, on the plan's page, with the note after the sentence and its list.
  expect(text('/fy2024/')).toContain('8つのビジョンに実現に向けて3つの横断的な視点を持って取り組みます。');
  expect(text('/fy2024/')).toContain(
    '市域を越えた広域的な連携の強化※「8つのビジョンに実現に向けて」と記載されています（280行目）。',
  );
  // Line 690: 上乘せ in the bounty table; line 130: (一) for no previous-year budget. Both on their project's page.
  expect(text('/fy2024/projects/a10f56c9/')).toContain('「乘」は「乗」の旧字体です');
  expect(text('/fy2024/projects/507649f2/')).toContain('は「(一)」と記載されています。');
  // Line 1088: 縣 in the title of the night junior high school project, on its page.
  expect(text('/fy2024/projects/64ef4609/')).toContain(
    '「縣市連携」と記載されています（1088行目）。「縣」は「県」の旧字体です。',
  );
  const quality = read('/data/quality/');
  for (const id of ['as-printed-77', 'as-printed-280', 'as-printed-690', 'as-printed-1088', 'kanji-dash-130'])
    expect(quality).toContain(`id="${id}"`);
});

test('the lists name their title order 五十音順 and say the readings are the site’s', () => {
  const text = (path: string) => visibleText(read(path)).replace(/\s+/g, '');
  for (const [path, name] of [
    ['/fy2024/projects/', '事業名'],
    ['/2013/items/', '項目名'],
  ] as const) {
    expect(text(path)).toContain(`${name}の五十音順`);
    expect(text(path)).toContain(`「${name}の五十音順」は、${name}の読みの順です`);
    expect(text(path)).not.toContain('文字の順');
  }
});

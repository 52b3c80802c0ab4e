/**
 * The reading form of the 2013 report's cells and the clauses its statuses quote, against facts checked by hand in
 * content/sources/001_2876ceca144e21ba.txt (line numbers as `cat -n` prints them). Each expected text was read off the
 * source: the cell as printed, and where its printed lines divide a phrase or two entries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../scripts/lib/source.ts';
import { parseRoadmap2013 } from '../../scripts/roadmap2013/parse.ts';
import { spaceKind } from '../../scripts/roadmap2013/reading.ts';
import { Roadmap2013Curated } from '../../src/schemas/roadmap2013.ts';
import { statusEvidence } from '../../src/lib/format/status.ts';
import { itemStatusBasis } from '../../src/lib/i18n/y2013.ts';
import type { Subitem } from '../../src/schemas/roadmap2013.ts';
import { ROADMAP2013_FILE, roadmap2013Text, root } from './helpers.ts';

const curated = Roadmap2013Curated.parse(
  JSON.parse(readFileSync(join(root, 'content/curated/roadmap2013.json'), 'utf8')),
);
const data = parseRoadmap2013(ROADMAP2013_FILE, roadmap2013Text, undefined, curated);
const sub = (no: number, line: number, k = 0): Subitem =>
  data.items.find((i) => i.no === no)!.subitems.filter((s) => s.line === line)[k]!;

describe('2013 cells for reading', () => {
  it('joins a phrase the narrow cell wrapped: No.2, line 29, 「国連 生命の水 最優秀賞受賞」', () => {
    const s = sub(2, 29, 0);
    expect(s.progress.startsWith('国連 生命の水 最優秀賞受賞に伴い')).toBe(true);
    expect(s.progressEntries).toEqual([
      '国連生命の水最優秀賞受賞に伴い「水」のプロモーションを強化するとともに、県と連携した首都圏等でのPRに取り組む',
    ]);
  });

  it('divides two sentences where a new one opens with また、 (No.2, line 29)', () => {
    expect(sub(2, 29, 1).progressEntries).toEqual([
      'くまもと都市圏協議会において、各自治体と連携した事業の推進',
      'また、北九州市・福岡市・鹿児島市による四都市連携や九州中央地域連携推進協議会による事業を展開中',
    ]);
  });

  it('divides a schedule cell of two entries and keeps the verbatim cell (No.27, line 104)', () => {
    const s = sub(27, 104);
    expect(s.fy2012.raw).toBe('ゆうゆうバスの運行開始 新たなコミュニティ交通調査検討');
    expect(s.fy2012.entries).toEqual(['ゆうゆうバスの運行開始', '新たなコミュニティ交通調査検討']);
    expect(s.fy2013.entries).toEqual(['ゆうゆうバスの運行状況の検証', '新たなコミュニティ交通調査検討・運行開始']);
  });

  it('divides a list of two places that end alike (No.64, line 228: 「事業開始 麻生田保育園 中島保育園」)', () => {
    expect(sub(64, 228).fy2013.entries).toEqual(['事業開始', '麻生田保育園', '中島保育園']);
  });

  it('carries the previous year’s entries into a bare ⇒ cell (No.82, line 291)', () => {
    const s = sub(82, 291);
    expect(s.fy2012.entries).toEqual(['NPO認証開始', '相談業務充実', '資金支援開始']);
    expect(s.fy2013).toMatchObject({ raw: '⇒', entries: [], resolvedEntries: s.fy2012.entries });
  });

  it('joins where the sentence goes on after 、 or into a parenthesis (No.23 line 83, No.51 line 191)', () => {
    expect(sub(23, 83).progressEntries[1]).toContain(
      '「過去の事例を活用した職員研修の手引き」を作成、公金・公金外現金',
    );
    expect(sub(51, 191).progressEntries).toEqual([
      '自主防災クラブ結成促進中',
      '地域版ハザードマップ作成を推進中(申請済自治会等は235(904自治会中)、内ワークショップ終了は36)',
    ]);
  });

  it('joins a wrapped sub-item name and keeps the name as printed (No.25 line 99, No.89 line 309)', () => {
    expect(sub(25, 99)).toMatchObject({
      name: '第4回 熊本市圏総合都市交通体系調査',
      nameReading: '第4回熊本市圏総合都市交通体系調査',
    });
    expect(sub(89, 309).nameReading).toBe('農業基盤の整備(南尾迫・小島・梅洞地区ほか)');
  });

  it('takes the curated decision for a space inside 「…」 (No.37 line 139, No.110 line 385)', () => {
    // The rule leaves both to a person: a name in 「…」 may be printed with a space.
    expect(spaceKind('「スマートひかりタウン', '熊本」構想')).toBe('undecided');
    expect(sub(37, 139).progressEntries[1]).toContain('「スマートひかりタウン熊本」構想');
    // 桜の馬場 城彩苑, the facility's name, is also written without its space: joined by the curated decision.
    expect(sub(110, 385).nameReading).toBe('「桜の馬場城彩苑」を拠点とした回遊性の向上');
    // Without the curated file the text stays as printed there.
    const plain = parseRoadmap2013(ROADMAP2013_FILE, roadmap2013Text);
    const s37 = plain.items.find((i) => i.no === 37)!.subitems[0]!;
    expect(s37.progressEntries[1]).toContain('「スマートひかりタウン\u3000熊本」');
  });

  it('fails on a space inside 「…」 that the curated file does not decide, naming its line', () => {
    const without = { ...curated, spaces: curated.spaces.filter((d) => d.item !== 37) };
    expect(() => parseRoadmap2013(ROADMAP2013_FILE, roadmap2013Text, undefined, without)).toThrow(
      /001_2876ceca144e21ba\.txt:139: .*スマートひかりタウン 熊本/,
    );
  });

  it('fails on a curated decision that no cell needs', () => {
    const stale = {
      ...curated,
      spaces: [
        ...curated.spaces,
        { item: 2, field: 'progress' as const, text: '国連 生命', decision: 'join' as const, reason: 'test' },
      ],
    };
    expect(() => parseRoadmap2013(ROADMAP2013_FILE, roadmap2013Text, undefined, stale)).toThrow(ParseError);
  });

  it.each([
    ['a space between Latin words stays', 'Wi', 'Fi', 'keep'],
    ['after 。 a sentence ends', '設置した。', '次に', 'break'],
    ['before なお、 a sentence ends', '実施中', 'なお、平成24年', 'break'],
    ['after a clause end an entry ends', '平成25年度分については移譲完了', '平成26年度分', 'break'],
    ['inside a phrase it wraps', '国連', '生命の水', 'join'],
    ['after 、 the sentence goes on', 'を作成、', '公金', 'join'],
  ] as const)('%s', (_, before, after, kind) => {
    expect(spaceKind(before, after)).toBe(kind);
  });

  it('leaves no space between two Japanese characters in any reading text', () => {
    const japanese =
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々、。「」（）()][\s\u3000]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々「（(])/u;
    const texts = [...data.items, ...data.relistings].flatMap((o) =>
      o.subitems.flatMap((s) => [
        s.nameReading,
        ...s.progressEntries,
        ...s.fy2012.entries,
        ...s.fy2013.entries,
        ...(s.fy2013.resolvedEntries ?? []),
      ]),
    );
    expect(texts.filter((t) => japanese.test(t))).toEqual([]);
  });
});

describe('2013 status quotes are whole clauses', () => {
  it('quotes the clause of 「に取り組む」, not the two words (No.2, line 29)', () => {
    const s = sub(2, 29, 0);
    expect(s.statusEvidence).toEqual(['に取り組む']);
    expect(s.statusQuotes).toEqual(['県と連携した首都圏等でのPRに取り組む']);
  });

  it('quotes from the previous 、 to the end of the clause (No.33, line 118)', () => {
    // 「…協定を締結 工事着手に向け、測量・設計を完了し、用地交渉中」: the second entry's last clause.
    expect(sub(33, 118)).toMatchObject({ statusEvidence: ['交渉中'], statusQuotes: ['用地交渉中'] });
  });

  it('reaches over the brackets a 、 stands in, not into them (No.101, line 353)', () => {
    // 「…するとともに、熊本市文化事業協会と共催で芸術文化出張講座(小中学校派遣講座9校、アーティスト派遣事業6団体)を実施」
    expect(sub(101, 353).statusQuotes).toEqual([
      '熊本市文化事業協会と共催で芸術文化出張講座(小中学校派遣講座9校、アーティスト派遣事業6団体)を実施',
    ]);
  });

  it('ends a quote after the bracket it opened closes (No.51, line 191)', () => {
    // 「…推進中 (申請済自治会等は235(904自治会中)、内ワークショップ終了は36)」: the 、 is inside the outer bracket.
    expect(sub(51, 191).statusQuotes).toEqual([
      '自主防災クラブ結成促進中',
      '地域版ハザードマップ作成を推進中(申請済自治会等は235(904自治会中)、内ワークショップ終了は36)',
    ]);
  });

  it('reaches back over a list of nouns the predicate governs (No.32, lines 115 and 116)', () => {
    expect(sub(32, 115).statusQuotes).toEqual(['埋蔵文化財調査、用地取得、測量設計、橋梁工、跨道橋工事を実施中']);
    // 「国土交通省において、」 sets the scene of the same clause.
    expect(sub(32, 116).statusQuotes).toEqual(['国土交通省において、調査・設計、用地取得、各種工事を実施中']);
  });

  it('quotes the whole clause after 〜とともに、 not its tail (No.85, line 297)', () => {
    expect(sub(85, 297).statusQuotes).toEqual([
      '平成25年度は、児童養護施設や障がい児施設の子どもの公式試合への招待、熊本城のライトアップやピッチへの看板設置などを実施中',
    ]);
  });

  it('stops at a clause that has a predicate of its own (No.101, line 353: 「…助成を実施するとともに、」)', () => {
    expect(sub(101, 353).statusQuotes[0]).not.toContain('とともに');
  });

  it('gives every quote balanced brackets, taken from the verbatim cell', () => {
    const pairs = [
      ['(', ')'],
      ['（', '）'],
      ['「', '」'],
    ] as const;
    const balanced = (q: string): boolean =>
      pairs.every(([open, close]) => {
        let depth = 0;
        for (const ch of q) {
          if (ch === open) depth++;
          if (ch === close && --depth < 0) return false;
        }
        return depth === 0;
      });
    const unspaced = (t: string): string => t.replace(/[\s\u3000]+/g, '');
    const subitems = [...data.items, ...data.relistings].flatMap((i) => i.subitems);
    const quotes = subitems.flatMap((s) => s.statusQuotes.map((q) => ({ q, progress: s.progress })));
    expect(quotes.length).toBeGreaterThan(100);
    expect(quotes.filter(({ q }) => !balanced(q)).map(({ q }) => q)).toEqual([]);
    expect(quotes.filter(({ q, progress }) => !unspaced(progress).includes(unspaced(q))).map(({ q }) => q)).toEqual([]);
  });

  it('gives every word a quote that holds it, taken from the reading text', () => {
    for (const s of data.items.flatMap((i) => i.subitems)) {
      expect(s.statusQuotes).toHaveLength(s.statusEvidence.length);
      s.statusQuotes.forEach((q, k) => {
        expect(q).toContain(s.statusEvidence[k]);
        expect(s.progressEntries.some((e) => e.includes(q))).toBe(true);
      });
    }
  });
});

describe('the sentence that says what an item status rests on', () => {
  const item = (no: number) => data.items.find((i) => i.no === no)!;

  it('counts the sub-items it rests on and names the re-listed ones it leaves out (No.37, line 140: 【No.31再掲】)', () => {
    // No.37 shows three sub-items; 熊本駅東口駅前広場の整備 is No.31's, re-listed (line 140).
    expect(item(37).subitems).toHaveLength(3);
    expect(itemStatusBasis('ja', item(37))).toContain(
      '下の取組2件（ほかの項目からの再掲1件を除く）の状況（実施中2件）',
    );
  });

  it('says so where one own sub-item decides beside a re-listed one (No.119, line 420: 【No.90再掲】)', () => {
    expect(item(119).subitems).toHaveLength(2);
    expect(itemStatusBasis('ja', item(119))).toContain('下の取組1件（ほかの項目からの再掲1件を除く）の状況と同じです');
  });

  it('says the same in English (No.37: two own sub-items in progress, one re-listed from No.31)', () => {
    expect(itemStatusBasis('en', item(37))).toContain(
      'the 2 actions below (leaving out 1 action re-listed from other items) (In progress: 2)',
    );
  });

  it("adds nothing where every sub-item is the item's own", () => {
    const plain = data.items.find((i) => i.subitems.length > 1 && i.subitems.every((s) => s.relistingOf === null))!;
    expect(itemStatusBasis('ja', plain)).toContain(`下の取組${plain.subitems.length}件の状況`);
    expect(itemStatusBasis('ja', plain)).not.toContain('再掲');
  });
});

describe('the quote an item page shows', () => {
  it('quotes each clause once in 「」, quotation marks inside it as 『』', () => {
    // Line 110 (No.30): 「平成25年8月9日にJR九州と「協定書」を締結し、駅舎について…」.
    expect(
      statusEvidence(['平成25年8月9日にJR九州と「協定書」を締結し', '駅舎について設計中', '駅舎について設計中']),
    ).toBe('根拠：「平成25年8月9日にJR九州と『協定書』を締結し」「駅舎について設計中」');
    expect(statusEvidence([])).toBe('根拠：分類の手がかりになる語がありません');
  });
});

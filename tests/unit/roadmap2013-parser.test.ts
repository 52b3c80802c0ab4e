/**
 * The 2013 roadmap parser against facts checked by hand in content/sources/001_2876ceca144e21ba.txt (line numbers
 * as `cat -n` prints them). Expected values were read off the source, not off the parser's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../scripts/lib/source.ts';
import { divideProgress, parseRoadmap2013 } from '../../scripts/roadmap2013/parse.ts';
import { itemStatus } from '../../scripts/roadmap2013/status.ts';
import { Roadmap2013Curated } from '../../src/schemas/roadmap2013.ts';
import type { Item } from '../../src/schemas/roadmap2013.ts';
import { ROADMAP2013_FILE, roadmap2013Text, root } from './helpers.ts';

const data = parseRoadmap2013(ROADMAP2013_FILE, roadmap2013Text);
const item = (no: number): Item => data.items.find((i) => i.no === no)!;
const sub = (no: number, name: string) => item(no).subitems.find((s) => s.name === name)!;

interface Pin {
  no: number;
  kana: string;
  title: string;
  line: number;
  part: 'I' | 'II' | 'III';
  chapter: number | null;
  category: string;
  subitems: number;
}

// Read off the source by hand: number, kana, title, line, part, chapter, category, number of sub-item rows' items.
const pins: Pin[] = [
  { no: 1, kana: 'ア', title: '政令市の実現', line: 26, part: 'I', chapter: 1, category: 'I-1-1', subitems: 2 },
  {
    no: 2,
    kana: 'イ',
    title: '都市ブランドの情報発信',
    line: 28,
    part: 'I',
    chapter: 1,
    category: 'I-1-1',
    subitems: 2,
  },
  {
    no: 5,
    kana: 'イ',
    title: '区のみちづくり予算の確保',
    line: 35,
    part: 'I',
    chapter: 1,
    category: 'I-1-2',
    subitems: 1,
  },
  { no: 8, kana: 'ア', title: 'フラット化', line: 42, part: 'I', chapter: 1, category: 'I-1-3', subitems: 1 },
  {
    no: 17,
    kana: 'オ',
    title: 'IR・市場公募債の発行・公債管理の徹底',
    line: 62,
    part: 'I',
    chapter: 1,
    category: 'I-1-5',
    subitems: 1,
  },
  {
    no: 18,
    kana: 'ア',
    title: '2000人市民委員会の設置',
    line: 71,
    part: 'I',
    chapter: 1,
    category: 'I-1-6',
    subitems: 1,
  },
  { no: 23, kana: 'イ', title: '公務員倫理の徹底', line: 82, part: 'I', chapter: 1, category: 'I-1-7', subitems: 2 },
  {
    no: 24,
    kana: 'ウ',
    title: '大学等と連携した職員の資質向上',
    line: 85,
    part: 'I',
    chapter: 1,
    category: 'I-1-7',
    subitems: 2,
  },
  {
    no: 25,
    kana: 'ア',
    title: '鉄軌道を軸とした公共交通体系の整備',
    line: 93,
    part: 'I',
    chapter: 2,
    category: 'I-2-1',
    subitems: 6,
  },
  {
    no: 31,
    kana: 'ア',
    title: '熊本駅の乗り換え利便性の向上',
    line: 112,
    part: 'I',
    chapter: 2,
    category: 'I-2-2',
    subitems: 1,
  },
  { no: 37, kana: 'ア', title: '市電の利用促進', line: 138, part: 'I', chapter: 2, category: 'I-2-3', subitems: 3 },
  {
    no: 38,
    kana: 'イ',
    title: '公用車のカーシェアリングの導入',
    line: 142,
    part: 'I',
    chapter: 2,
    category: 'I-2-3',
    subitems: 1,
  },
  {
    no: 39,
    kana: 'ア',
    title: 'シンボルプロムナードの歩行者空間化',
    line: 149,
    part: 'I',
    chapter: 3,
    category: 'I-3-1',
    subitems: 1,
  },
  {
    no: 44,
    kana: 'ア',
    title: 'MICE(マイス)機能の充実',
    line: 160,
    part: 'I',
    chapter: 3,
    category: 'I-3-2',
    subitems: 3,
  },
  {
    no: 50,
    kana: 'ウ',
    title: '熊本駅都心間協働のまちづくりの推進',
    line: 178,
    part: 'I',
    chapter: 3,
    category: 'I-3-3',
    subitems: 1,
  },
  {
    no: 51,
    kana: 'ア',
    title: '災害に強いまちづくりの推進',
    line: 189,
    part: 'II',
    chapter: null,
    category: 'II-1',
    subitems: 4,
  },
  {
    no: 56,
    kana: 'ア',
    title: '保育園の待機児童ゼロ',
    line: 204,
    part: 'II',
    chapter: null,
    category: 'II-2',
    subitems: 2,
  },
  {
    no: 64,
    kana: 'オ',
    title: '障がいのある子どもの療育支援',
    line: 226,
    part: 'II',
    chapter: null,
    category: 'II-3',
    subitems: 2,
  },
  {
    no: 74,
    kana: 'ウ',
    title: '健康づくりのための環境整備',
    line: 263,
    part: 'II',
    chapter: null,
    category: 'II-6',
    subitems: 3,
  },
  {
    no: 83,
    kana: 'ウ',
    title: '男女共同参画の推進',
    line: 292,
    part: 'II',
    chapter: null,
    category: 'II-8',
    subitems: 1,
  },
  {
    no: 91,
    kana: 'イ',
    title: '中小企業の国際化の支援',
    line: 321,
    part: 'II',
    chapter: null,
    category: 'II-10',
    subitems: 3,
  },
  {
    no: 97,
    kana: 'ウ',
    title: '地下水量の保全と質の確保',
    line: 341,
    part: 'II',
    chapter: null,
    category: 'II-11',
    subitems: 2,
  },
  {
    no: 103,
    kana: 'ウ',
    title: '文化遺産、伝統文化等の継承',
    line: 356,
    part: 'II',
    chapter: null,
    category: 'II-13',
    subitems: 2,
  },
  {
    no: 104,
    kana: 'エ',
    title: '永青文庫の活用',
    line: 359,
    part: 'II',
    chapter: null,
    category: 'II-13',
    subitems: 1,
  },
  {
    no: 105,
    kana: 'ア',
    title: '「住みなっせ、熊本キャンペーン」の実施',
    line: 368,
    part: 'III',
    chapter: null,
    category: 'III-1',
    subitems: 1,
  },
  {
    no: 113,
    kana: 'カ',
    title: '誰もが移動しやすい環境の整備',
    line: 393,
    part: 'III',
    chapter: null,
    category: 'III-2',
    subitems: 2,
  },
  {
    no: 116,
    kana: 'ウ',
    title: '日中韓首脳会議やアジア太平洋都市サミット等の国際会議の誘致',
    line: 405,
    part: 'III',
    chapter: null,
    category: 'III-3',
    subitems: 1,
  },
  {
    no: 117,
    kana: 'ア',
    title: '企業立地の促進',
    line: 414,
    part: 'III',
    chapter: null,
    category: 'III-4',
    subitems: 1,
  },
  {
    no: 125,
    kana: 'エ',
    title: '雇用環境の整備',
    line: 432,
    part: 'III',
    chapter: null,
    category: 'III-5',
    subitems: 1,
  },
  {
    no: 130,
    kana: 'オ',
    title: '東アジアでの商談会の開催、出展支援',
    line: 444,
    part: 'III',
    chapter: null,
    category: 'III-6',
    subitems: 1,
  },
];

describe('2013 items, pinned by hand', () => {
  it.each(pins)('No.$no $title', (pin) => {
    const i = item(pin.no);
    expect({
      kana: i.kana,
      title: i.title,
      line: i.line,
      part: i.part,
      chapter: i.chapter,
      category: i.categoryId,
    }).toEqual({
      kana: pin.kana,
      title: pin.title,
      line: pin.line,
      part: pin.part,
      chapter: pin.chapter,
      category: pin.category,
    });
    expect(i.subitems).toHaveLength(pin.subitems);
  });
});

describe('2013 counts', () => {
  it('has items 1–130, each once, in order', () => {
    expect(data.items.map((i) => i.no)).toEqual(Array.from({ length: 130 }, (_, k) => k + 1));
  });

  it('counts items and categories per part', () => {
    const perPart = (part: string) => data.items.filter((i) => i.part === part).length;
    expect([perPart('I'), perPart('II'), perPart('III')]).toEqual([50, 54, 26]);
    const categories = (part: string, chapter: number | null) =>
      data.categories.filter((c) => c.part === part && c.chapter === chapter).length;
    expect([
      categories('I', 1),
      categories('I', 2),
      categories('I', 3),
      categories('II', null),
      categories('III', null),
    ]).toEqual([7, 3, 3, 13, 6]);
    expect(data.categories.find((c) => c.id === 'II-10')!.itemNos).toEqual([90, 91, 92, 93, 94, 95]);
    expect(data.categories.find((c) => c.id === 'III-2')!).toMatchObject({
      title: '観光で選ばれる都市',
      itemNos: [108, 109, 110, 111, 112, 113, 114],
    });
    expect(data.categories.find((c) => c.id === 'I-2-3')!).toMatchObject({
      title: '環境負荷の小さい交通体系の実現',
      line: 137,
    });
  });

  it('reads parts and chapters from the table of contents, with the labels that word part II differently', () => {
    expect(data.parts.map((p) => [p.id, p.title, p.tocPage])).toEqual([
      ['I', 'くまもとの再デザインに取り組みます', 1],
      ['II', 'もっと暮らしやすさを実感できるまちを実現します', 6],
      ['III', '選ばれる都市くまもとを実現します', 10],
    ]);
    expect(data.parts[0]!.chapters.map((c) => [c.title, c.tocPage])).toEqual([
      ['市役所の再デザイン', 1],
      ['交通体系の再デザイン', 3],
      ['中心市街地の再デザイン', 5],
    ]);
    expect(data.parts[1]!.otherTitles).toEqual([
      { text: 'もっと暮らしやすさを感じることができるまちを実現します', line: 202 },
    ]);
  });

  it('counts every sub-item once and re-listings apart', () => {
    // 13 re-listed sub-items: 8 marked inside numbered items, 5 under the three entries without a number.
    expect(data.roadmap.counts.relistedSubitems).toBe(13);
    const all = data.items.flatMap((i) => i.subitems);
    expect(all.filter((s) => s.relistingOf !== null).map((s) => [s.line, s.relistingOf])).toEqual([
      [140, 31],
      [324, 130],
      [327, 90],
      [395, 29],
      [415, 94],
      [420, 90],
      [433, 94],
      [443, 36],
    ]);
    expect(data.roadmap.counts.subitems).toBe(all.length - 8);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });
});

describe('2013 sub-items and cells', () => {
  it('divides a row that holds two sub-items', () => {
    const [a, b] = item(1).subitems;
    expect([a!.name, a!.fy2012.raw, a!.fy2013.raw, a!.progress]).toEqual([
      '5つの区役所の設置',
      '供用',
      '⇒',
      '平成24年4月1日付けで設置済',
    ]);
    expect([b!.name, b!.fy2012.raw, b!.fy2013.resolved]).toEqual([
      '事務権限移譲の円滑化',
      '引継事務の実施',
      '引継事務の実施',
    ]);
    expect(b!.progress).toBe(
      '熊本県・熊本市事務権限移譲等に関する連絡調整会議において、移譲された事務権限の円滑な処理の確保について協議を実施',
    );
    expect(item(2).subitems.map((s) => [s.fy2012.raw, s.fy2013.raw])).toEqual([
      ['都市ブランド情報発信強化', '⇒'],
      ['連携事業の推進', '⇒'],
    ]);
  });

  it('divides a merged progress text where its wording divides it (No.2, line 29)', () => {
    // Line 29 prints two sub-items in one row, FY2012 「都市ブランド情報発信強化 連携事業の推進」 (one text each) and
    // one progress cell of five space-separated pieces: the brand's 「水」 promotion and PR, then the 都市圏 council's
    // joint projects and the 九州 partnerships (「…連携した事業の推進」 is the second FY2012 text's wording).
    expect(item(2).subitems.map((s) => [s.name, s.progress, s.progressShared, s.progressDividedByWording])).toEqual([
      [
        '熊本都市ブランドの情報発信',
        '国連 生命の水 最優秀賞受賞に伴い「水」のプロモーションを強化するとともに、県と連携した首都圏等でのPRに取り組む',
        false,
        true,
      ],
      [
        '熊本都市圏及び九州縦軸・横軸連携の推進',
        'くまもと都市圏協議会において、各自治体と連携した事業の推進 また、北九州市・福岡市・鹿児島市による四都市連携や九州中央地域連携推進協議会による事業を展開中',
        false,
        true,
      ],
    ]);
    expect(data.items.flatMap((i) => i.subitems).filter((s) => s.progressDividedByWording)).toHaveLength(2);
    const note = data.qualityNotes.find((n) => n.kind === 'divided-progress')!;
    expect(note).toMatchObject({ id: 'divided-progress-29', lines: [29], itemNo: 2 });
    expect(note.kind === 'divided-progress' && note.subitems[0]).toMatchObject({ name: '熊本都市ブランドの情報発信' });
    expect(note.kind === 'divided-progress' && note.subitems[0]!.progress).toMatch(/^国連 生命の水/);
    expect(data.qualityNotes.some((n) => n.kind === 'shared-progress')).toBe(false);
  });

  it('keeps a merged progress text whole where its wording does not divide it', () => {
    const names = [
      '熊本都市ブランドの情報発信 都市ブランド情報発信強化',
      '熊本都市圏及び九州縦軸・横軸連携の推進 連携事業の推進',
    ];
    // The parts fit the sub-items the other way round: the texts do not stand in the order of the names.
    expect(
      divideProgress(
        'くまもと都市圏協議会において、連携した事業の推進 また、九州の連携を展開中 都市ブランドの情報発信を強化',
        names,
      ),
    ).toBeUndefined();
    // No part shares wording with the first sub-item.
    expect(divideProgress('会議を開催 協議を実施 連携事業の推進を継続', names)).toBeUndefined();
    // Two cuts fit equally well.
    expect(divideProgress('都市ブランド 発信 連携事業', ['都市ブランド', '連携事業'])).toBeUndefined();
    // As many pieces as sub-items is the ordinary division by spaces, not this rule's.
    expect(divideProgress('ブランドを発信 連携を推進', ['ブランド', '連携'])).toBeUndefined();
    // A piece that fits neither goes with neither cut: keep it whole rather than guess.
    expect(divideProgress('ブランドを発信 した 連携を推進', ['ブランド', '連携'])).toBeUndefined();
    // A middle piece that shares more with the first sub-item goes with it.
    expect(divideProgress('ブランドを発信 情報発信を強化 連携を推進', ['ブランドの情報発信', '連携の推進'])).toEqual([
      'ブランドを発信 情報発信を強化',
      '連携を推進',
    ]);
  });

  it('resolves ⇒ and — in the schedule cells', () => {
    expect(sub(5, '区ごとのみちづくりの予算').fy2013).toEqual({
      raw: '区ごとのみちづくり予算の執行',
      kind: 'text',
      text: '区ごとのみちづくり予算の執行',
      resolved: '区ごとのみちづくり予算の執行',
      entries: ['区ごとのみちづくり予算の執行'],
      resolvedEntries: ['区ごとのみちづくり予算の執行'],
    });
    expect(sub(83, '男女共同参画の推進及び審議会等の女性委員の同数化').fy2013).toEqual({
      raw: '⇒ 具体的施策の見直し',
      kind: 'continues',
      text: '具体的施策の見直し',
      resolved: '委員選定時の事前協議実施、具体的施策の見直し',
      entries: ['具体的施策の見直し'],
      resolvedEntries: ['委員選定時の事前協議実施', '具体的施策の見直し'],
    });
    expect(sub(25, 'GPSバスナビゲーションシステム導入').fy2012).toEqual({
      raw: '—',
      kind: 'none',
      text: null,
      resolved: null,
      entries: [],
      resolvedEntries: null,
    });
    // FY2012 itself says ⇒: carried on from before the roadmap, which the document does not print.
    expect(sub(74, '慢性腎臓病(CKD)対策の推進').fy2012).toMatchObject({ kind: 'continues', resolved: null });
  });

  it('puts back a FY2013 cell that spilled into the progress text', () => {
    expect(sub(103, '博物館展示のリニューアル')).toMatchObject({
      fy2013: { raw: '⇒ 整備', kind: 'continues', text: '整備', resolved: '設計、整備' },
      progress: '博物館リニューアルに伴う整備工法等の見直しを検討中',
      spilled: '整備',
      line: 358,
    });
  });

  it('reads <li>, ▪ and plain sub-items', () => {
    expect(item(1).subitems[0]!.bullet).toBe('list-markup');
    expect(item(18).subitems[0]).toMatchObject({ bullet: 'square', name: '2000人市民委員会の設置', line: 72 });
    expect(item(25).subitems[0]).toMatchObject({ bullet: 'none', name: '鉄軌道との結節拠点の整備', line: 94 });
  });

  it('links re-listings to their original', () => {
    expect(data.relistings.map((r) => [r.line, r.kana, r.relistingOf, r.subitems.length])).toEqual([
      [339, 'イ', 38, 1],
      [376, 'エ', 66, 1],
      [401, 'イ', 44, 3],
    ]);
    // Printed as 花畑地区文化ホール等の整備 in the re-listing and 花畑地区文化ホールの整備 in item 44.
    const hall = data.relistings[2]!.subitems[2]!;
    expect(hall.name).toBe('花畑地区文化ホール等の整備');
    expect(hall.relistedSubitemId).toBe(sub(44, '花畑地区文化ホールの整備').id);
    expect(sub(91, '東アジア諸国・地域との経済交流推進').relistedSubitemId).toBe(item(130).subitems[0]!.id);
    // Item 96 is ア, the re-listing of 38 takes イ, item 97 is ウ.
    expect([item(96).kana, item(97).kana]).toEqual(['ア', 'ウ']);
  });

  it('reads the document metadata and contact block', () => {
    expect(data.roadmap.asOf).toEqual({ text: '(平成25年9月末時点)', date: '2013-09-30', line: 9 });
    expect(data.roadmap.published).toEqual({ text: '平成25年11月', month: '2013-11', line: 11 });
    expect(data.roadmap.contact).toMatchObject({
      organisation: '熊本市企画課',
      postcode: '860-8601',
      tel: '096-328-2035',
      email: 'kikaku@city.kumamoto.lg.jp',
    });
  });
});

describe('2013 status, by published rule', () => {
  it.each([
    [44, '花畑地区文化ホールの整備', 'cancelled', 'S1-cancelled'],
    [13, '行財政改革の推進', 'in-progress', 'S2-ongoing'],
    // Line 101: 「平成25年度分については移譲完了 平成26年度分の路線移譲に向け準備中」.
    [26, '市営バス路線の移譲円滑化の推進', 'in-progress', 'S3-done-and-planned'],
    [17, 'IR・市場公募債の発行・公債管理の徹底', 'preparing', 'S4-preparing'],
    [8, '部の廃止による組織のフラット化', 'done', 'S5-done'],
    [65, '高齢者の雇用の安定と拡大', 'in-progress', 'S6-continuing-action'],
    // Line 29, its own part of the divided text: 「…県と連携した首都圏等でのPRに取り組む」: work carried on.
    [2, '熊本都市ブランドの情報発信', 'in-progress', 'S6-continuing-action'],
    [21, '熊本市オプズマンの設置、制度の運用', 'unknown', 'S7-unknown'],
    // 「平成25年10月から、…センター開所」: opening after the as-of date is still a plan.
    [69, '障がい者就労・生活支援事業の推進', 'preparing', 'S4-preparing'],
    // 「平成24年10月に建設工事に着手され、平成26年の秋には完成する予定」: under way.
    [47, '熊本合同庁舎の建設による熊本駅周辺の交流人口増加', 'in-progress', 'S2-ongoing'],
  ])('No.%i %s is %s by %s', (no, name, status, rule) => {
    expect(sub(no, name)).toMatchObject({ status, statusRule: rule });
  });

  // Every sub-item the rules before this change called 完了 but whose text says the work began, grew or counts its
  // results so far, read in the source by hand: line, the words as printed, and what they are.
  it.each([
    // 「平成24年4月1日付けで人員増」: the Tokyo office was expanded; nothing says the expansion is over.
    [12, '東京事務所機能の拡充', 52, '平成24年4月1日付けで人員増', 'S2a-started-or-expanded', ['人員増']],
    [24, '都市政策研究所の設置', 87, '専任の職員を配置し体制を強化', 'S2a-started-or-expanded', ['を強化']],
    [59, '子ども医療費助成の拡大', 213, '助成対象を拡大', 'S2a-started-or-expanded', ['を拡大']],
    [
      79,
      'スクールソーシャルワーカー(SSW)、スクールカウンセラー(SC)の拡充',
      283,
      '活動時間5,500時間に拡充',
      'S2a-started-or-expanded',
      ['に拡充'],
    ],
    [
      95,
      '買い物弱者対策の支援',
      334,
      '平成25年度から助成対象者、限度額、助成期間を拡大',
      'S2a-started-or-expanded',
      ['を拡大'],
    ],
    // 「…人づくり基金を活用して担い手支援事業開始」: a programme started, not finished.
    [102, '文化芸術を支える担い手の支援', 355, '担い手支援事業開始', 'S2a-started-or-expanded', ['開始']],
    [
      106,
      '市内全域における光ブロードバンド整備',
      372,
      '(芳野地域及び田底地域)の整備開始',
      'S2a-started-or-expanded',
      ['開始'],
    ],
    [118, '企業立地環境の整備', 417, '平成24年11月から今藤工業団地の分譲を開始', 'S2a-started-or-expanded', ['を開始']],
    // 「…物流センターを追加 平成25年度は、これまで10企業が立地済」: a tally so far of a programme that goes on.
    [94, '積極的な企業誘致の推進', 331, 'これまで10企業が立地済', 'S2a-started-or-expanded', ['を追加']],
    [70, '障がい者住宅整備への支援', 255, '平成25年度は2件助成済', 'S2b-results-so-far', ['2件助成済']],
    // 「県指定文化財への指定申請手続きを実施済」: the designation is still to be decided.
    [104, '永青文庫の活用', 360, '指定申請手続きを実施済', 'S2c-applied', ['申請手続きを実施済']],
  ])('No.%i %s (line %i, 「%s」) is in progress by %s, not done', (no, name, line, words, rule, evidence) => {
    const s = sub(no, name);
    expect(s).toMatchObject({ line, status: 'in-progress', statusRule: rule, statusEvidence: evidence });
    expect(s.progress).toContain(words);
  });

  it('reads the re-listing of No.94 under No.117 the same way (line 415: 「これまで10企業が立地済」)', () => {
    const s = item(117).subitems[0]!;
    expect(s).toMatchObject({ line: 415, relistingOf: 94, status: 'in-progress', statusRule: 'S2b-results-so-far' });
    expect(s.statusEvidence).toEqual(['10企業が立地済']);
    expect(item(117)).toMatchObject({ status: 'in-progress', statusRule: 'relisted-only:I1-all-same' });
  });

  it('keeps 完了 where the text says the promised thing was finished, quoting the verb', () => {
    // Lines 43, 45, 48, 50: 「部を廃止済」「設置済」; line 96: 「熊本市公共交通基本条例を施行」.
    expect(sub(8, '部の廃止による組織のフラット化')).toMatchObject({ status: 'done', statusEvidence: ['廃止済'] });
    expect(sub(9, '市政経営会議の設置')).toMatchObject({ status: 'done', statusEvidence: ['設置済'] });
    expect(sub(25, '交通基本条例(仮称)の制定')).toMatchObject({ status: 'done', statusEvidence: ['を施行'] });
    // Line 61: 「6項目を対象とした事務事業外部評価会議を実施済」: the count is the meeting's scope, not a tally.
    expect(sub(16, '事務事業外部評価の実施')).toMatchObject({ status: 'done', statusEvidence: ['実施済'] });
  });

  it('lists as 完了 exactly the items whose every sub-item the text reports finished', () => {
    // Read in the source: 8 (line 43), 9 (45), 10 (48), 11 (50), 16 (61), 22 (81), 42 (156), 63 (225), 71 (257).
    expect(data.items.filter((i) => i.status === 'done').map((i) => i.no)).toEqual([8, 9, 10, 11, 16, 22, 42, 63, 71]);
  });

  it('does not read the 済 of 経済 as done', () => {
    // Line 424: 「…企業や経済関係団体に気軽に参加いただくため、当面は組織化せずに取り組み予定」.
    const s = sub(121, '熊本市立地企業懇話会の設置');
    expect(s.progress).toContain('経済関係団体');
    expect(s.statusEvidence.join('')).not.toContain('済');
  });

  it('derives item status from sub-items', () => {
    expect(item(44)).toMatchObject({ status: 'partly-cancelled', statusRule: 'I2-partly-cancelled' });
    expect(item(8)).toMatchObject({ status: 'done', statusRule: 'I1-all-same' });
    expect(item(1)).toMatchObject({ status: 'in-progress', statusRule: 'I3-some-in-progress' });
    // Only a re-listed sub-item: its status decides, never counted twice.
    expect(item(117).statusRule).toMatch(/^relisted-only:/);
    // Line 254: 「平成24年4月1日付で設置済」 (done); line 255: 「平成25年度は2件助成済」 (in progress).
    expect(item(70)).toMatchObject({ status: 'in-progress', statusRule: 'I3-some-in-progress' });
  });

  it('calls an item 完了 only when no sub-item is undecidable', () => {
    expect(itemStatus(['done', 'done'], [])).toMatchObject({ status: 'done', rule: 'I1-all-same' });
    expect(itemStatus(['done', 'unknown'], [])).toMatchObject({ status: 'unknown', rule: 'I5-done-and-unknown' });
    expect(itemStatus(['in-progress', 'unknown'], [])).toMatchObject({ status: 'in-progress', rule: 'I1-all-same' });
  });

  it('publishes every rule it uses', () => {
    const ids = new Set(data.statusRules.map((r) => r.id));
    for (const i of data.items) {
      expect(ids.has(i.statusRule.replace('relisted-only:', ''))).toBe(true);
      for (const s of i.subitems) expect(ids.has(s.statusRule)).toBe(true);
    }
  });
});

describe('2013 stable IDs', () => {
  it('keeps every sub-item ID when sub-items are reordered or one is added', () => {
    const lines = roadmap2013Text.split('\n');
    // Swap the first two sub-items of No.25 (lines 94, 95) and add a sub-item after the last one (line 99).
    [lines[93], lines[94]] = [lines[94]!, lines[93]!];
    lines.splice(99, 0, '\t新たな取組の検討\t検討\t⇒\t検討中');
    const again = parseRoadmap2013(ROADMAP2013_FILE, lines.join('\n'));
    const before = new Map(data.items.flatMap((i) => i.subitems.map((s) => [`${i.no} ${s.name}`, s.id])));
    const after = new Map(again.items.flatMap((i) => i.subitems.map((s) => [`${i.no} ${s.name}`, s.id])));
    expect(after.size).toBe(before.size + 1);
    for (const [key, id] of before) expect(after.get(key), key).toBe(id);
    expect(again.items.map((i) => i.id)).toEqual(data.items.map((i) => i.id));
  });
});

describe('2013 text shown as printed', () => {
  const curated = Roadmap2013Curated.parse(
    JSON.parse(readFileSync(join(root, 'content/curated/roadmap2013.json'), 'utf8')),
  );

  it('notes オプズマン on No.21, on both lines that print it', () => {
    const withNotes = parseRoadmap2013(ROADMAP2013_FILE, roadmap2013Text, undefined, curated);
    expect(withNotes.qualityNotes.filter((n) => n.kind === 'as-printed')).toEqual([
      {
        id: 'as-printed-77',
        kind: 'as-printed',
        text: 'オプズマン',
        note: '「オンブズマン」（市民の苦情を受けて行政を調べる制度）の誤記と思われます。',
        lines: [77, 78],
        itemNo: 21,
      },
    ]);
    // The title stays as printed.
    expect(item(21).title).toBe('公的オプズマンの設置');
  });

  it('fails when the text is no longer in the report', () => {
    const fixed = roadmap2013Text.replaceAll('オプズマン', 'オンブズマン');
    expect(() => parseRoadmap2013(ROADMAP2013_FILE, fixed, undefined, curated)).toThrow(ParseError);
  });
});

/**
 * The site's wording (src/lib/format/strings.ts) against the documents it names: every name a function builds is checked
 * against the words the sources print (line numbers of content/sources/), and every phrase of the catalogue keeps
 * the site's full-width punctuation.
 */
import { describe, expect, it } from 'vitest';
import {
  CROSSWALK_NONE_READING,
  CROSSWALK_READING,
  CROSSWALK_STATUS_LABELS,
  LINK_HEADINGS,
  NO_PREVIOUS_BUDGET,
  NO_SUCCESSOR,
  ROADMAP,
  ROADMAP_FIRST,
  ROADMAP_NAME_NOTE,
  REJECTED_EXPLAINED,
  REJECTED_HEADING,
  noLinkFound,
  readingOrderNote,
  SCROLL_HINT,
  PREDECESSOR_EXPLAINED,
  PREDECESSOR_HEADINGS,
  SECTION_KINDS,
  STATUS_LABELS,
  STRENGTH_EXPLAINED,
  STRENGTH_LABELS,
  budgetNoteLabel,
  budgetOf,
  fiscalYearShort,
  planName,
  planNavLabel,
  planYear,
  previousYear,
  quoted,
  roadmapItemName,
  sharedEvidence,
  subitemScope,
} from '../../src/lib/format/strings.ts';
import { fy2024Entry, fy2024Lines, roadmap2013Text } from './helpers.ts';

const fy2024 = fy2024Lines();
const roadmap2013 = roadmap2013Text.split('\n');

describe('a plan’s year and names', () => {
  it('names the FY2024 plan as its document does', () => {
    // Line 7: 熊本市第8次総合計画 令和6年度アクションプラン(案).
    expect(fy2024[6]).toBe('熊本市第8次総合計画 令和6年度アクションプラン(案)');
    expect(planYear(fy2024Entry)).toBe('令和6年度');
    expect(planName(fy2024Entry)).toBe('令和6年度アクションプラン');
    expect(planNavLabel(fy2024Entry)).toBe('令和6年度計画');
    expect(budgetOf(fy2024Entry)).toBe('令和6年度予算');
    // The parenthesised budgets of a priority listing are the year before's: R5 in the remarks (line 386).
    expect(previousYear(fy2024Entry)).toBe('令和5年度');
  });

  it('gives a fiscal year in the era it runs in, the first year as 元年', () => {
    // The 2013 report speaks of its own year as 平成25年度 (line 72).
    expect(roadmap2013[71]).toContain('平成25年度');
    expect(fiscalYearShort(2013)).toBe('平成25年度');
    // 令和 began on 1 May 2019; the fiscal year from April 2019 is officially 令和元年度, not 平成31年度 or 令和1年度.
    expect(fiscalYearShort(2019)).toBe('令和元年度');
    expect(fiscalYearShort(2018)).toBe('平成30年度');
    expect(fiscalYearShort(2025)).toBe('令和7年度');
  });
});

describe('the wording of a budget remark', () => {
  it('spells out the abbreviations the source prints', () => {
    // Line 386 「(全額R5.2補計上)」: all of it in the 令和5年度 February supplementary budget.
    expect(fy2024[385]).toBe('(全額R5.2補計上)');
    expect(budgetNoteLabel('fy2023-feb-supplementary-full')).toBe('全額を令和5年度2月補正予算に計上');
    // Line 456 「(一部R5.2補計上)」: part of it.
    expect(fy2024[455]).toBe('(一部R5.2補計上)');
    expect(budgetNoteLabel('fy2023-feb-supplementary-partial')).toBe('一部を令和5年度2月補正予算に計上');
    // Line 1252 「(R5補正含む)」: the amount includes the 令和5年度 supplementary budget.
    expect(fy2024[1251]).toBe('(R5補正含む)');
    expect(budgetNoteLabel('includes-fy2023-supplementary')).toBe('令和5年度補正予算を含む');
  });
});

describe('quoting a title in running text', () => {
  it('wraps a plain title in 「」', () => {
    expect(quoted('児童手当の拡充')).toBe('「児童手当の拡充」');
    expect(quoted('(仮称)環境影響評価条例制定による環境保全の推進')).toBe(
      '「(仮称)環境影響評価条例制定による環境保全の推進」',
    );
  });

  it('leaves a title that begins or ends with a bracket as printed', () => {
    // Titles as the source prints them: lines 109, 206 and 1436.
    for (const [line, title] of [
      [109, '「結婚支援センター」の開設'],
      [206, '「10分・20分構想」の推進'],
      [1436, '「北区の魅力！」発信事業'],
    ] as const) {
      expect(fy2024[line - 1]).toBe(title);
      expect(quoted(title)).toBe(title);
    }
    expect(quoted('北区「北区の魅力！」')).toBe('北区「北区の魅力！」');
    expect(`最も増えたのは${quoted('「10分・20分構想」の推進')}で`).toBe('最も増えたのは「10分・20分構想」の推進で');
  });
});

describe('the 2013 document’s names', () => {
  // Line 3 of the report: its own name, 挑戦元年アクションプラン (the full title, line 22, adds (行程表)進捗状況).
  const ownName = roadmap2013[2]!.trim();

  it('has one short name, and adds the document’s own name on first mention', () => {
    expect(ownName).toBe('挑戦元年アクションプラン');
    expect(ROADMAP_FIRST).toBe(`2013年の行程表（${ownName}）`);
    expect(roadmapItemName(44)).toBe('2013年の行程表 No.44');
    expect(roadmapItemName(130)).toBe('2013年の行程表 No.130');
  });

  it('says where the document names itself 挑戦元年, and no more than the document does', () => {
    expect(ROADMAP_NAME_NOTE).toContain(`「${ownName}」`);
    // The name stands on the cover (line 3) and heads every table page (lines 22, 67, 89, 134, 145, 185, 232, 272,
    // 315 …); no other line holds 挑戦 or 元年, so nothing in the document explains the name.
    expect(roadmap2013.filter((line) => line.trim() === `${ownName}(行程表)進捗状況`).length).toBeGreaterThan(5);
    expect(roadmap2013.filter((line) => /挑戦|元年/.test(line) && !line.startsWith(ownName))).toEqual([]);
    expect(ROADMAP_NAME_NOTE).toContain('表紙と各ページの見出し');
    // The document never calls itself a promise or a manifesto, and names the mayor only in 指定都市市長会 (line
    // 31), so the note must not present the plan as the mayor's manifesto.
    expect(roadmap2013Text).not.toMatch(/公約|マニフェスト/);
    expect(roadmap2013.filter((line) => line.includes('市長'))).toEqual([roadmap2013[30]]);
    expect(roadmap2013[30]).toContain('指定都市市長会');
    expect(ROADMAP_NAME_NOTE).not.toMatch(/市長|公約|マニフェスト/);
    expect(ROADMAP_NAME_NOTE).toContain('この名称についての説明はありません');
    // It states what the document holds and guesses at nothing: no question of what was challenged.
    expect(ROADMAP_NAME_NOTE).not.toMatch(/何に|なのか/);
  });
});

describe('the crosswalk’s wording', () => {
  it('labels related-only items by no one kind of target: a related link may be a project, table, measure or vision', () => {
    const kinds = ['取組', '施策', 'ビジョン'];
    const named = kinds.filter((k) => CROSSWALK_STATUS_LABELS.related.includes(k));
    expect(named.length === 0 || named.length === kinds.length, CROSSWALK_STATUS_LABELS.related).toBe(true);
  });

  it('calls the 2013 item the 前身 of a project that continues its programme, not the project itself', () => {
    expect(PREDECESSOR_EXPLAINED.successor).toMatch(/^「2013年の行程表での前身」は、.*2013年の項目です/);
    expect(PREDECESSOR_EXPLAINED.successor).toContain('同じ対象・同じ目的');
  });

  it('says that nothing was found as the site’s reading of the named plan, not as a fact', () => {
    const text = noLinkFound(planName(fy2024Entry));
    expect(text).toContain('このサイトの読み取りでは、令和6年度アクションプランに、');
    expect(text).toContain('見当たりませんでした');
    expect(text).not.toMatch(/掲載されていません|ありません。/);
  });
});

describe('the catalogue’s punctuation', () => {
  const phrases = [
    ROADMAP,
    ROADMAP_FIRST,
    ROADMAP_NAME_NOTE,
    NO_SUCCESSOR,
    NO_PREVIOUS_BUDGET,
    SCROLL_HINT,
    ...Object.values(SECTION_KINDS),
    ...Object.values(STATUS_LABELS),
    planName(fy2024Entry),
    budgetNoteLabel('fy2023-feb-supplementary-full'),
    quoted('児童手当の拡充'),
    CROSSWALK_READING,
    CROSSWALK_NONE_READING,
    noLinkFound(planName(fy2024Entry)),
    REJECTED_HEADING,
    REJECTED_EXPLAINED,
    ...Object.values(PREDECESSOR_EXPLAINED),
    ...Object.values(CROSSWALK_STATUS_LABELS),
    ...Object.values(LINK_HEADINGS),
    ...Object.values(PREDECESSOR_HEADINGS),
    ...Object.values(STRENGTH_EXPLAINED),
    ...Object.values(STRENGTH_LABELS),
    sharedEvidence('駅前広場'),
    subitemScope('熊本駅東口駅前広場の整備'),
    readingOrderNote('事業名'),
  ];

  it('nests quotation marks as Japanese does: 『』 inside 「」', () => {
    expect(subitemScope('「桜の馬場城彩苑」を拠点とした回遊性の向上')).toBe(
      'この項目のうち取組「『桜の馬場城彩苑』を拠点とした回遊性の向上」についての結び付けです。',
    );
  });

  it('uses full-width brackets, commas and marks, never their half-width forms', () => {
    // 「No.44」 keeps its ASCII period: it is an abbreviation, not punctuation of the sentence.
    const halfWidth = phrases.filter((p) => /[(),!?:;[\]{}]|\.(?!\d)/.test(p));
    expect(halfWidth).toEqual([]);
    expect(phrases.length).toBeGreaterThan(15);
  });
});

/**
 * The site's Japanese UI wording in one place: names of plans and years, section kinds, statuses and fixed
 * phrases. Document titles, dates and figures come from the data; what is here is the site's own voice.
 */
import type { Project } from '../../schemas/action-plan.ts';
import type { PlanEntry } from '../../schemas/plans.ts';
import { eraYear } from './format.ts';

export { STATUS_LABELS, STATUS_ORDER } from './status.ts';

/** A fiscal year in 和暦 alone, for running text and table heads: 2024 → `令和6年度`. */
export const fiscalYearShort = (gregorian: number): string => eraYear(gregorian).replace(/年$/, '年度');

/** A plan's fiscal year, `令和6年度`. */
export const planYear = (plan: PlanEntry): string => fiscalYearShort(plan.fiscalYear.gregorian);

/** The year before a plan's, whose budget a priority listing prints in parentheses: `令和5年度`. */
export const previousYear = (plan: PlanEntry): string => fiscalYearShort(plan.fiscalYear.gregorian - 1);

/** A plan's short name in running text: `令和6年度アクションプラン`. */
export const planName = (plan: PlanEntry): string => `${planYear(plan)}アクションプラン`;

/** A plan's label in navigation and breadcrumbs: `令和6年度計画`. */
export const planNavLabel = (plan: PlanEntry): string => `${planYear(plan)}計画`;

/** A plan's budget column head: `令和6年度予算`. */
export const budgetOf = (plan: PlanEntry): string => `${planYear(plan)}予算`;

/** Names of the kinds of section a project is listed in. */
export const SECTION_KINDS = { priority: '重点事項', vision: 'ビジョン', ward: '区の取組' } as const;

/** What a 2013 promise shows when the linked plan lists nothing that continues it. */
export const NO_SUCCESSOR = '後継事業の掲載なし';

/**
 * The one wording for a previous-year budget the source marks as none (`(一)` or `(-)` in a priority listing), in
 * tables, lists, charts and summaries alike. It says what the mark says and no more: not 新規, since a project
 * without last year's budget need not be new.
 */
export const NO_PREVIOUS_BUDGET = '前年度予算なし';

/**
 * The note that explains NO_PREVIOUS_BUDGET once where it is shown, quoting the marks the source prints for these
 * projects; null when none of them has such a mark.
 */
export function noPreviousBudgetNote(projects: readonly Project[]): string | null {
  const marks = [
    ...new Set(
      projects.flatMap((p) =>
        p.appearances.flatMap((a) =>
          a.previousBudget && a.previousBudget.thousandYen === null ? [a.previousBudget.text] : [],
        ),
      ),
    ),
  ];
  if (!marks.length) return null;
  return `「${NO_PREVIOUS_BUDGET}」は、原資料で前年度の予算が${marks.map((m) => `「${m}」`).join('や')}と記されている事業です。この記号は前年度の予算がないことを示します。`;
}

/** The wording of a budget remark, from the kind the parser read: `全額を令和5年度2月補正予算に計上`. */
export function budgetNoteLabel(kind: string): string {
  const year = fiscalYearShort(Number(/fy(\d{4})/.exec(kind)![1]));
  if (kind.endsWith('-feb-supplementary-full')) return `全額を${year}2月補正予算に計上`;
  if (kind.endsWith('-feb-supplementary-partial')) return `一部を${year}2月補正予算に計上`;
  return `${year}補正予算を含む`;
}

/**
 * The 2013 document, 「挑戦元年アクションプラン(行程表) 進捗状況」, has one name in the site's own text: 2013年の行程表.
 * A page's first mention adds the document's own name, 挑戦元年アクションプラン; later mentions use the short name.
 */
export const ROADMAP = '2013年の行程表';

/** The first mention of the 2013 document on a page: `2013年の行程表（挑戦元年アクションプラン）`. */
export const ROADMAP_FIRST = `${ROADMAP}（挑戦元年アクションプラン）`;

/**
 * What the document says about its name, and no more: 挑戦元年アクションプラン stands on its cover (line 3) and heads
 * every table page (`挑戦元年アクションプラン(行程表)進捗状況`, lines 22, 67, 89 …); no line explains it. The note
 * says where the name stands and that the document gives no explanation, without guessing at one.
 */
export const ROADMAP_NAME_NOTE =
  '「挑戦元年アクションプラン」は、資料の表紙と各ページの見出しに書かれている計画の名称です。資料には、この名称についての説明はありません。';

/** One numbered item of the 2013 document: `2013年の行程表 No.44`. */
export const roadmapItemName = (no: number): string => `${ROADMAP} No.${no}`;

/**
 * A title in 「」 for running text. A title that already begins or ends with a bracket (「結婚支援センター」の開設) is
 * left as printed: wrapped again it would read 「「結婚支援センター」の開設」.
 */
export const quoted = (title: string): string => (/^[「『]|[」』]$/.test(title) ? title : `「${title}」`);

/**
 * Under a list that sorts titles in 五十音順: the readings are the site's (the documents print none), and where to
 * find them. `name` is what the title is called there (事業名, 項目名), as in the open data's column 「…の読み」.
 */
export const readingOrderNote = (name: string): string =>
  `「${name}の五十音順」は、${name}の読みの順です（かっこや記号は除きます）。原資料には読みが書かれていないため、読みはこのサイトが付けたもので、オープンデータの「${name}の読み」の列にあります。`;

/** Above a table that keeps its columns on a narrow screen and scrolls sideways. */
export const SCROLL_HINT = '横にスクロールできます';

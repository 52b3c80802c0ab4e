/**
 * The site's Japanese UI wording in one place: names of plans and years, section kinds, statuses and fixed
 * phrases. Document titles, dates and figures come from the data; what is here is the site's own voice.
 */
import type { Project } from '../schemas/action-plan.ts';
import type { PlanEntry } from '../schemas/plans.ts';
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

/**
 * The site's Japanese UI wording in one place: names of plans and years, section kinds, statuses and fixed
 * phrases. Document titles, dates and figures come from the data; what is here is the site's own voice.
 */
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

/** The wording of a budget remark, from the kind the parser read: `全額を令和5年度2月補正予算に計上`. */
export function budgetNoteLabel(kind: string): string {
  const year = fiscalYearShort(Number(/fy(\d{4})/.exec(kind)![1]));
  if (kind.endsWith('-feb-supplementary-full')) return `全額を${year}2月補正予算に計上`;
  if (kind.endsWith('-feb-supplementary-partial')) return `一部を${year}2月補正予算に計上`;
  return `${year}補正予算を含む`;
}

/** Above a table that keeps its columns on a narrow screen and scrolls sideways. */
export const SCROLL_HINT = '横にスクロールできます';

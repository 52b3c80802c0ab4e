/**
 * What a page tells the search about itself (its kind, context, budget, status and filter values). Pages pass it
 * to the Base layout, which writes it as JSON on <main data-search>; scripts/build-search.ts reads it back.
 */
import type { ItemStatus } from '../../schemas/roadmap2013.ts';

/** Budget bands offered as a search filter, by their upper bound in 千円. */
export const BUDGET_BANDS = [
  { key: 'lt10m', label: '1,000万円未満', below: 10_000 },
  { key: '10m-100m', label: '1,000万円以上1億円未満', below: 100_000 },
  { key: '100m-1b', label: '1億円以上10億円未満', below: 1_000_000 },
  { key: 'ge1b', label: '10億円以上', below: Infinity },
] as const;

export type BudgetBand = (typeof BUDGET_BANDS)[number]['key'];

export function budgetBand(thousandYen: number): BudgetBand {
  return BUDGET_BANDS.find((b) => thousandYen < b.below)!.key;
}

/** Sections an action-plan record belongs to, as filter values. */
export type SectionKind = 'priority' | 'vision' | 'ward';

export interface SearchMeta {
  /** What the page is, shown with each result: 事業, ビジョン, 2013年の項目 … */
  kind: string;
  /** Where it stands, shown with each result: e.g. ビジョン5・重点事項2. */
  context?: string;
  /** The plan year's budget in 千円 (projects) or total (sections); used to sort and to filter by band. */
  budgetThousandYen?: number;
  /** 2013 status. */
  status?: ItemStatus;
  filters: {
    /** A plan's registry ID (`fy2024` …) or `2013` for the roadmap. */
    plan?: string[];
    section?: SectionKind[];
    vision?: string[];
    status?: ItemStatus[];
    band?: BudgetBand[];
  };
}

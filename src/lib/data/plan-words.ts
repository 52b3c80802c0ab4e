/**
 * A plan's names and its records' titles in an edition's words: the plan year, the previous year, the section a
 * project is listed in, a project's or vision's title (content/curated/<edition>.json through recordTitle). The
 * Japanese original keeps the wording of src/lib/format/strings.ts, which its catalog reuses.
 */
import type { PlanData } from './collections.ts';
import { recordTitle } from './editions.ts';
import type { Worded } from './editions.ts';
import type { Edition } from '../i18n/editions.ts';
import { localize } from '../i18n/editions.ts';
import { translator } from '../i18n/t.ts';
import { priorityUrl, visionUrl, wardUrl } from '../config/urls.ts';
import type { Priority, Project, SectionKey, Vision, Ward } from '../../schemas/action-plan.ts';
import type { PlanEntry } from '../../schemas/plans.ts';
import type { ChartWords, SvgWriting } from '../i18n/budget-words.ts';

export interface PlanWords {
  /** The plan's fiscal year: 令和6年度, 2024年度, FY2024. */
  year: string;
  /** The year before it, whose budgets a priority listing prints. */
  previousYear: string;
  /** The plan's short name in running text. */
  name: string;
  /** The plan's label in navigation and breadcrumbs. */
  nav: string;
  /** The plan year's budget (a column head, a figure's label). */
  budget: string;
  /** The previous year's budget. */
  previousBudget: string;
}

export function planWords(edition: Edition, plan: PlanEntry): PlanWords {
  const tr = translator(edition);
  const g = plan.fiscalYear.gregorian;
  return {
    year: tr('fy2024.year', g),
    previousYear: tr('fy2024.year', g - 1),
    name: tr('fy2024.planName', g),
    nav: tr('fy2024.planNav', g),
    budget: tr('fy2024.budgetOf', g),
    previousBudget: tr('fy2024.budgetOf', g - 1),
  };
}

/** A project's title in the edition (its Japanese title, not translated, where the edition has none). */
export const projectTitle = (edition: Edition, p: Pick<Project, 'id' | 'title'>): Worded =>
  recordTitle(edition, 'project', p.id, p.title);

export const visionTitle = (edition: Edition, v: Pick<Vision, 'number' | 'title'>): Worded =>
  recordTitle(edition, 'vision', v.number, v.title);

export const priorityTitle = (edition: Edition, p: Pick<Priority, 'number' | 'title'>): Worded =>
  recordTitle(edition, 'priority', p.number, p.title);

export const wardName = (edition: Edition, w: Pick<Ward, 'id' | 'name'>): Worded =>
  recordTitle(edition, 'ward', w.id, w.name);

/** `ビジョン3`, `Vision 3`. */
export const visionLabel = (edition: Edition, n: number): string => translator(edition)('fy2024.visionN', n);

/** `重点事項1`, `Priority 1`. */
export const priorityLabel = (edition: Edition, n: number): string => translator(edition)('fy2024.priorityN', n);

/** A numbered record with its title: `ビジョン3 市民生活を…`, `Vision 3: A city…`. */
export const numbered = (edition: Edition, label: string, title: string): string =>
  translator(edition)('fy2024.numbered', label, title);

export interface SectionWords {
  key: SectionKey;
  /** `ビジョン3`, `Vision 3`, a ward's name. */
  short: string;
  /** The short name with the section's title. */
  title: string;
  /** The section's page in the edition. */
  url: string;
}

/** A section key's names and page in an edition (the Japanese original's are those of sectionInfo). */
export function sectionWords(edition: Edition, f: PlanData, key: SectionKey): SectionWords {
  const [kind, id] = key.split(/-(.+)/) as [string, string];
  const plan = f.entry.id;
  if (kind === 'priority') {
    const p = f.priorities.find((x) => x.number === Number(id))!;
    const short = priorityLabel(edition, p.number);
    const title = numbered(edition, short, priorityTitle(edition, p).text);
    return { key, short, title, url: localize(edition, priorityUrl(plan, p.number)) };
  }
  if (kind === 'vision') {
    const v = f.visions.find((x) => x.number === Number(id))!;
    const short = visionLabel(edition, v.number);
    const title = numbered(edition, short, visionTitle(edition, v).text);
    return { key, short, title, url: localize(edition, visionUrl(plan, v.number)) };
  }
  const w = f.wards.find((x) => x.id === id)!;
  const name = wardName(edition, w).text;
  return {
    key,
    short: name,
    title: translator(edition)('fy2024.wardSection', name),
    url: localize(edition, wardUrl(plan, w.id)),
  };
}

export { budgetNote, exactAmount, noPreviousLabel, shareWords } from '../i18n/budget-words.ts';

/** A plan's publication month in the edition's words (`令和6年6月` as printed on the Japanese site). */
export function publishedWords(edition: Edition, plan: PlanData): string {
  if (edition === 'ja') return plan.plan.published.text;
  const [year, month] = plan.entry.published.split('-').map(Number) as [number, number];
  return translator(edition)('shell.published', year, month);
}

/**
 * A plan as its pages' citations name it (Citation.astro's `document` and `documentOriginal`): 熊本市「…」（date） in
 * the edition's words, and on a translated edition the document's Japanese title after it.
 */
export const planCiteDocument = (
  edition: Edition,
  f: PlanData,
): { document: string; documentOriginal: string | undefined } => ({
  document: translator(edition)('fy2024.citeDocument', f.plan.title, publishedWords(edition, f)),
  documentOriginal: edition === 'ja' ? undefined : f.plan.title,
});

/**
 * The words a chart spec needs (src/lib/presentation/charts.ts): the edition, its records' titles and, on the
 * やさしい日本語 edition, how text drawn in the SVG is written (src/lib/presentation/analyser.ts, svgKana).
 */
export const chartWords = (edition: Edition, svgText?: SvgWriting): ChartWords => ({
  edition,
  project: (p) => projectTitle(edition, p).text,
  vision: (v) => visionTitle(edition, v).text,
  table: (t) => recordTitle(edition, 'table', t.id, t.title).text,
  ...(svgText ? { svgText } : {}),
});

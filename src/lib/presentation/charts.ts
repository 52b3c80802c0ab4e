/**
 * Chart inputs and their one-sentence summaries, computed from the records. Pages call these and hand the result
 * to ChartFigure; the summary sentence names the largest item and its share, as the figures stand in the source.
 */
import type { Cell } from './table.ts';
import { barChart } from '../../charts/bars.ts';
import { dumbbellChart } from '../../charts/dumbbell.ts';
import { smallMultiples } from '../../charts/lines.ts';
import { stackedBars } from '../../charts/stacked.ts';
import { phrases } from './phrases.ts';
import type { Project, Table, Vision } from '../../schemas/action-plan.ts';
import type { PlanEntry } from '../../schemas/plans.ts';
import type { Item, ItemStatus } from '../../schemas/roadmap2013.ts';
import { formatChange, formatShare } from '../format/format.ts';
import { STATUS_ORDER } from '../format/status.ts';
import { crosswalkStatusLabel, statusLabel } from '../i18n/y2013.ts';

/** The 2013 report's as-of date (its line 5), as printed and as a date, for the status charts' sentences. */
const ROADMAP_AS_OF = { printed: '平成25年9月末時点', date: '2013-09-30' } as const;
import { projectUrl, visionUrl } from '../config/urls.ts';
import type { Edition } from '../i18n/editions.ts';
import { localize } from '../i18n/editions.ts';
import { translator } from '../i18n/t.ts';
import { money as moneyOf } from '../i18n/money.ts';
import { exactAmount, noPreviousLabel, shareWords } from '../i18n/budget-words.ts';
import type { ChartWords, SvgWriting } from '../i18n/budget-words.ts';

export type { ChartWords };

const JA_WORDS: ChartWords = {
  edition: 'ja',
  project: (p) => p.title,
  vision: (v) => v.title,
  table: (t) => t.title,
};

export interface ChartSpec {
  /** The figure's stable ID: its anchor, and the name of its downloads (`chart-vision-1.csv`). */
  id: string;
  title: string;
  summary: string;
  svg: string;
  table: { head: string[]; rows: Cell[][] };
}

/**
 * Where to split a chart of amounts in 千円 into a panel of the large ones and a panel of the rest on its own, larger
 * linear scale; null when one scale serves. `items` holds each row's amounts (a project's budget, or its two years'
 * budgets). The threshold is the smallest of 1億円, 10億円, 100億円 … that no row straddles, that leaves rows on both
 * sides, and below which every amount is under a tenth of the largest: on one scale those rows would all be drawn
 * within the first tenth of the width, too short to compare with each other.
 */
export function magnitudeSplit(items: ReadonlyArray<readonly number[]>): number | null {
  const largest = Math.max(0, ...items.flat());
  for (let threshold = 100_000; threshold <= largest; threshold *= 10) {
    if (items.some((amounts) => amounts.some((a) => a < threshold) && amounts.some((a) => a >= threshold))) continue;
    const below = items.filter((amounts) => amounts.every((a) => a < threshold));
    if (!below.length || below.length === items.length) continue;
    if (largest >= 10 * Math.max(...below.flat())) return threshold;
  }
  return null;
}

/** The panels of a split chart, with headings that say which scale each one is on. */
function panelsOf<T>(
  rows: readonly T[],
  amounts: (row: T) => number[],
  edition: Edition,
): { threshold: number | null; panels: Array<{ heading?: string; rows: T[] }> } {
  const threshold = magnitudeSplit(rows.map(amounts));
  if (threshold === null) return { threshold, panels: [{ rows: [...rows] }] };
  const tr = translator(edition);
  const limit = moneyOf(edition).tick(threshold);
  return {
    threshold,
    panels: [
      { heading: tr('fy2024.panelAbove', limit), rows: rows.filter((r) => amounts(r).every((a) => a >= threshold)) },
      {
        heading: tr('fy2024.panelBelow', limit),
        rows: rows.filter((r) => amounts(r).every((a) => a < threshold)),
      },
    ],
  };
}

/** What a spec hands to the chart layout, written as the edition draws SVG text (ChartWords.svgText). */
const inSvg =
  (svgText?: SvgWriting) =>
  (text: string): string =>
    svgText ? svgText(text) : text;

/** A label's phrases as the edition cuts its SVG text, where it does: to spread into a bar, pair or row. */
const phrasesInSvg =
  (svgText?: SvgWriting) =>
  (text: string): { phrases?: string[] } =>
    svgText?.phrases ? { phrases: svgText.phrases(text) } : {};

/** A tick formatter whose labels are written as the edition draws SVG text. */
const ticksInSvg = (svg: (text: string) => string, tick: (value: number) => string) => (value: number) =>
  svg(tick(value));

const money = (n: number, edition: Edition = 'ja'): Cell => ({
  text: exactAmount(edition, n),
  numeric: true,
  amount: n,
});

/** Total budget per vision, largest first. */
export function visionBudgets(
  plan: PlanEntry,
  visions: readonly Vision[],
  planTotal: number,
  w: ChartWords = JA_WORDS,
): ChartSpec {
  const tr = translator(w.edition);
  const yenOf = moneyOf(w.edition);
  const sorted = [...visions].sort((a, b) => b.totalThousandYen - a.totalThousandYen);
  const top = sorted[0]!;
  const name = (v: Vision) => tr('fy2024.numbered', tr('fy2024.visionN', v.number), w.vision(v));
  const title = tr('fy2024.chartVisionsTitle');
  const summary = tr(
    'fy2024.chartVisionsSummary',
    visions.length,
    name(top),
    yenOf.short(top.totalThousandYen),
    shareWords(w.edition, top.totalThousandYen, planTotal),
  );
  // Bars are read by their length, each label on its own: the readable form, as on the axis (億円 / 万円).
  const yen = yenOf.short;
  const svg = inSvg(w.svgText);
  return {
    id: 'chart-visions',
    title,
    summary,
    svg: barChart(
      [
        {
          bars: sorted.map((v) => ({
            label: svg(name(v)),
            ...phrasesInSvg(w.svgText)(name(v)),
            value: v.totalThousandYen,
            valueLabel: svg(yen(v.totalThousandYen)),
          })),
        },
      ],
      {
        id: 'chart-visions',
        title: svg(title),
        description: svg(summary),
        tickLabel: ticksInSvg(svg, yenOf.tick),
      },
    ),
    table: {
      head: [tr('fy2024.vision'), tr('fy2024.projectCount'), tr('fy2024.projectCost'), tr('fy2024.shareOfTotal')],
      rows: sorted.map((v) => [
        { text: name(v), href: localize(w.edition, visionUrl(plan.id, v.number)) },
        { text: `${v.projectIds.length}`, numeric: true },
        money(v.totalThousandYen, w.edition),
        { text: shareWords(w.edition, v.totalThousandYen, planTotal), numeric: true },
      ]),
    },
  };
}

/**
 * Projects of one section ranked by budget, on a linear scale so a bar's length is proportional to its budget. Where
 * a few projects dwarf the rest (133.8億円 beside 130万円), the smaller ones are drawn again below on their own linear
 * scale, under a heading that says so (see magnitudeSplit): each bar stays true to its panel's scale, and every bar
 * carries its amount.
 */
export function rankedProjects(
  plan: PlanEntry,
  projects: readonly Project[],
  sectionName: string,
  id: string,
  w: ChartWords = JA_WORDS,
): ChartSpec {
  const tr = translator(w.edition);
  const yenOf = moneyOf(w.edition);
  const sorted = [...projects].sort((a, b) => b.budgetThousandYen - a.budgetThousandYen);
  const total = sorted.reduce((s, p) => s + p.budgetThousandYen, 0);
  const top = sorted[0]!;
  const last = sorted.at(-1)!;
  const title = tr('fy2024.rankedCaption', sectionName);
  const { threshold, panels } = panelsOf(sorted, (p) => [p.budgetThousandYen], w.edition);
  const zoomed = panels[1]?.rows.length ?? 0;
  // Bars are read by their length, each label on its own: the readable form, as on the axis (億円 / 万円).
  const yen = yenOf.short;
  const summary =
    sorted.length === 1
      ? tr('fy2024.rankedSummaryOne', sectionName, w.project(top), yen(top.budgetThousandYen))
      : tr(
          'fy2024.rankedSummary',
          sectionName,
          sorted.length,
          w.project(top),
          yen(top.budgetThousandYen),
          shareWords(w.edition, top.budgetThousandYen, total),
          w.project(last),
          yen(last.budgetThousandYen),
        ) + (threshold === null ? '' : tr('fy2024.rankedZoom', yenOf.tick(threshold), zoomed));
  const svg = inSvg(w.svgText);
  return {
    id,
    title,
    summary,
    svg: barChart(
      panels.map((panel) => ({
        ...(panel.heading ? { heading: svg(panel.heading) } : {}),
        bars: panel.rows.map((p) => ({
          label: svg(w.project(p)),
          ...phrasesInSvg(w.svgText)(w.project(p)),
          value: p.budgetThousandYen,
          valueLabel: svg(yen(p.budgetThousandYen)),
        })),
      })),
      { id, title: svg(title), description: svg(summary), tickLabel: ticksInSvg(svg, yenOf.tick) },
    ),
    table: {
      head: [tr('common.rank'), tr('fy2024.project'), tr('fy2024.budgetAmount'), tr('fy2024.share')],
      rows: sorted.map((p, i) => [
        { text: `${i + 1}`, numeric: true },
        { text: w.project(p), href: localize(w.edition, projectUrl(plan.id, p.id)) },
        money(p.budgetThousandYen, w.edition),
        { text: shareWords(w.edition, p.budgetThousandYen, total), numeric: true },
      ]),
    },
  };
}

/**
 * The previous year's and the plan year's budgets of a priority's projects, on a linear scale; a project far larger
 * than the rest gets a panel of its own, as in rankedProjects.
 */
export function priorityChange(
  plan: PlanEntry,
  projects: readonly Project[],
  priorityName: string,
  id: string,
  w: ChartWords = JA_WORDS,
): ChartSpec {
  const tr = translator(w.edition);
  const yenOf = moneyOf(w.edition);
  const g = plan.fiscalYear.gregorian;
  const year = tr('fy2024.year', g);
  const previous = tr('fy2024.year', g - 1);
  const withPrev = projects.filter((p) => p.previousBudgetThousandYen !== null);
  const grown = [...withPrev].sort(
    (a, b) => b.budgetThousandYen - b.previousBudgetThousandYen! - (a.budgetThousandYen - a.previousBudgetThousandYen!),
  );
  const up = grown[0];
  const title = tr('fy2024.changeChartTitle', priorityName);
  const fresh = projects.filter((p) => p.previousBudgetThousandYen === null);
  const amounts = (p: Project) =>
    p.previousBudgetThousandYen === null ? [p.budgetThousandYen] : [p.previousBudgetThousandYen, p.budgetThousandYen];
  const { threshold, panels } = panelsOf(projects, amounts, w.edition);
  // A pair's two labels are read against each other (before → after): one unit per pair (format.ts, sharedYenUnit).
  const pairYen = (p: Project) => yenOf.shared(amounts(p));
  const summary =
    (up
      ? tr(
          'fy2024.changeChartUp',
          previous,
          w.project(up),
          yenOf.change(up.previousBudgetThousandYen!, up.budgetThousandYen),
        )
      : '') +
    (fresh.length ? tr('fy2024.changeChartFresh', fresh.length) : '') +
    (threshold === null ? '' : tr('fy2024.changeChartZoom', yenOf.tick(threshold)));
  const change = (from: number, to: number) => (w.edition === 'ja' ? formatChange(from, to) : yenOf.change(from, to));
  const svg = inSvg(w.svgText);
  return {
    id,
    title,
    summary,
    svg: dumbbellChart(
      panels.map((panel) => ({
        ...(panel.heading ? { heading: svg(panel.heading) } : {}),
        pairs: panel.rows.map((p) => ({
          label: svg(w.project(p)),
          ...phrasesInSvg(w.svgText)(w.project(p)),
          before: p.previousBudgetThousandYen,
          after: p.budgetThousandYen,
          valueLabel: svg(
            p.previousBudgetThousandYen === null
              ? `${noPreviousLabel(w.edition, p)}→${yenOf.short(p.budgetThousandYen)}`
              : `${pairYen(p)(p.previousBudgetThousandYen)}→${pairYen(p)(p.budgetThousandYen)}`,
          ),
        })),
      })),
      {
        id,
        title: svg(title),
        description: svg(summary),
        tickLabel: ticksInSvg(svg, yenOf.tick),
        beforeName: svg(previous),
        afterName: svg(year),
      },
    ),
    table: {
      head: [tr('fy2024.project'), previous, year, tr('fy2024.change')],
      rows: projects.map((p) => [
        { text: w.project(p), href: localize(w.edition, projectUrl(plan.id, p.id)) },
        p.previousBudgetThousandYen === null
          ? // Words, not a figure: they wrap as text does, where a figure's cell keeps to one line.
            { text: noPreviousLabel(w.edition, p), amount: null }
          : money(p.previousBudgetThousandYen, w.edition),
        money(p.budgetThousandYen, w.edition),
        {
          text: p.previousBudgetThousandYen === null ? '—' : change(p.previousBudgetThousandYen, p.budgetThousandYen),
          numeric: true,
          // The exact change in 千円 (the readable form rounds it on the translated editions).
          amount: p.previousBudgetThousandYen === null ? null : p.budgetThousandYen - p.previousBudgetThousandYen,
        },
      ]),
    },
  };
}

/**
 * A table of yearly numbers (the R2–R6 staffing table) as small multiples, one panel per row. Its row labels are the
 * table's own (Japanese): the English edition shows the table as printed instead (FyTable).
 */
export function yearlyTable(table: Table, id: string, w: ChartWords = JA_WORDS): ChartSpec {
  const tr = translator(w.edition);
  // Year columns are the header cells that look like R2 … R6; other columns (e.g. 5か年増加率) stay in the table.
  const years = table.header.map((h, i) => ({ h, i })).filter(({ h }) => /^R\d+$/.test(h));
  const series = table.rows.map((r) => ({
    label: r.cells[0]!,
    values: years.map(({ i }) => {
      const n = Number((r.cells[i] ?? '').replace(/,/g, ''));
      return r.cells[i] && Number.isFinite(n) && r.cells[i] !== '-' ? n : null;
    }),
  }));
  const growth = series
    .map((s) => {
      const present = s.values.filter((v): v is number => v !== null);
      return { s, first: present[0]!, last: present.at(-1)! };
    })
    .sort((a, b) => b.last / b.first - a.last / a.first)[0]!;
  const title = w.table(table);
  const span = `${years[0]!.h}〜${years.at(-1)!.h}`;
  const svg = inSvg(w.svgText);
  const summary = tr(
    'fy2024.yearlySummary',
    span,
    growth.s.label,
    growth.first.toLocaleString('ja-JP'),
    growth.last.toLocaleString('ja-JP'),
    (growth.last / growth.first).toFixed(1),
  );
  return {
    id,
    title,
    summary,
    svg: smallMultiples(
      series.map((s) => ({ ...s, label: svg(s.label) })),
      { id, title: svg(title), description: svg(summary), categories: years.map((y) => svg(y.h)) },
    ),
    table: {
      head: table.header.map((h, i) => (i === 0 && !h ? tr('fy2024.tableItem') : h)),
      rows: table.rows.map((r) => r.cells.map((c, i) => ({ text: c, numeric: i > 0 }))),
    },
  };
}

/**
 * 2013 item statuses per group (part or category) as stacked bars; `svgText` writes the text drawn in the SVG as the
 * edition does (ChartWords.svgText).
 */
export function statusStack(
  groups: ReadonlyArray<{ label: string; href?: string; items: readonly Item[] }>,
  id: string,
  title: string,
  edition: Edition = 'ja',
  svgText?: SvgWriting,
): ChartSpec {
  const tr = translator(edition);
  const label = (s: ItemStatus) => statusLabel(edition, s);
  const used = STATUS_ORDER.filter((s) => groups.some((g) => g.items.some((i) => i.status === s)));
  const all = groups.flatMap((g) => g.items);
  const count = (items: readonly Item[], s: ItemStatus) => items.filter((i) => i.status === s).length;
  const biggest = [...used].sort((a, b) => count(all, b) - count(all, a))[0]!;
  const colour = {
    done: 'green',
    'in-progress': 'blue',
    preparing: 'orange',
    'partly-cancelled': 'purple',
    cancelled: 'vermillion',
    unknown: 'grey',
  } as const;
  const summary = tr(
    'y2013.chart.statusSummary',
    all.length,
    label(biggest),
    count(all, biggest),
    formatShare(count(all, biggest), all.length),
    count(all, 'done'),
    tr('y2013.asOf', ROADMAP_AS_OF.printed, ROADMAP_AS_OF.date),
  );
  const svg = inSvg(svgText);
  return {
    id,
    title,
    summary,
    svg: stackedBars(
      groups.map((g) => ({
        label: svg(g.label),
        ...phrasesInSvg(svgText)(g.label),
        counts: Object.fromEntries(used.map((s) => [s, count(g.items, s)])),
      })),
      {
        id,
        title: svg(title),
        description: svg(summary),
        keys: used.map((s) => ({ key: s, label: svg(label(s)), colour: colour[s] })),
        unit: (n: number) => svg(tr('y2013.chart.unit', n)),
      },
    ),
    table: {
      head: [tr('y2013.chart.group'), ...used.map(label), tr('y2013.chart.total')],
      rows: groups.map((g) => [
        { text: g.label, ...(g.href ? { href: g.href } : {}) },
        ...used.map((s) => ({ text: `${count(g.items, s)}`, numeric: true })),
        { text: `${g.items.length}`, numeric: true },
      ]),
    },
  };
}

/**
 * How many 2013 promises per part have a successor, related links only, or nothing in the crosswalk's plan; `svgText`
 * writes the text drawn in the SVG as the edition does (ChartWords.svgText).
 */
export function successorStack(
  plan: PlanEntry,
  groups: ReadonlyArray<{ label: string; successor: number; related: number; none: number }>,
  edition: Edition = 'ja',
  svgText?: SvgWriting,
): ChartSpec {
  const tr = translator(edition);
  const year = plan.fiscalYear.gregorian;
  const size = (g: (typeof groups)[number]) => g.successor + g.related + g.none;
  const total = groups.reduce((s, g) => s + size(g), 0);
  const successor = groups.reduce((s, g) => s + g.successor, 0);
  const related = groups.reduce((s, g) => s + g.related, 0);
  const best = [...groups].sort((a, b) => b.successor / size(b) - a.successor / size(a))[0]!;
  const labels = {
    successor: crosswalkStatusLabel(edition, 'successor'),
    related: crosswalkStatusLabel(edition, 'related'),
    none: crosswalkStatusLabel(edition, 'none'),
  };
  const title = tr('y2013.chart.crosswalkTitle', year);
  const summary = tr(
    'y2013.chart.crosswalkSummary',
    year,
    total,
    successor,
    formatShare(successor, total),
    related,
    formatShare(related, total),
    best.label,
    formatShare(best.successor, size(best)),
  );
  const svg = inSvg(svgText);
  return {
    id: 'chart-crosswalk',
    title,
    summary,
    svg: stackedBars(
      groups.map((g) => ({
        label: svg(g.label),
        // A part's title is a sentence (選ばれる都市くまもとを実現します): it wraps between its phrases. English
        // wraps between its words.
        ...(edition === 'en' ? {} : { phrases: phrases(svg(g.label)) }),
        ...phrasesInSvg(svgText)(g.label),
        counts: { successor: g.successor, related: g.related, none: g.none },
      })),
      {
        id: 'chart-crosswalk',
        title: svg(title),
        description: svg(summary),
        keys: [
          { key: 'successor', label: svg(labels.successor), colour: 'blue' },
          { key: 'related', label: svg(labels.related), colour: 'sky' },
          { key: 'none', label: svg(labels.none), colour: 'grey' },
        ],
        unit: (n: number) => svg(tr('y2013.chart.unit', n)),
      },
    ),
    table: {
      head: [tr('y2013.chart.part'), labels.successor, labels.related, labels.none, tr('y2013.chart.total')],
      rows: groups.map((g) => [
        { text: g.label },
        { text: `${g.successor}`, numeric: true },
        { text: `${g.related}`, numeric: true },
        { text: `${g.none}`, numeric: true },
        { text: `${size(g)}`, numeric: true },
      ]),
    },
  };
}

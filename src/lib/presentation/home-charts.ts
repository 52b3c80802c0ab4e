/**
 * The home page's two charts in each edition: budget by vision, and the 2013 items by part and status. The Japanese
 * site keeps the plan and roadmap pages' own specs (src/lib/presentation/charts.ts), so its home is unchanged; the
 * other editions word the same charts from the catalog (area `home`), with record titles in the edition's words.
 */
import { barChart } from '../../charts/bars.ts';
import { stackedBars } from '../../charts/stacked.ts';
import type { Vision } from '../../schemas/action-plan.ts';
import type { PlanEntry } from '../../schemas/plans.ts';
import type { Item, ItemStatus } from '../../schemas/roadmap2013.ts';
import { formatShare } from '../format/format.ts';
import { STATUS_ORDER } from '../format/status.ts';
import { visionUrl } from '../config/urls.ts';
import type { Edition } from '../i18n/editions.ts';
import { localize } from '../i18n/editions.ts';
import { statusLabel } from '../i18n/y2013.ts';
import { money } from '../i18n/money.ts';
import { translator } from '../i18n/t.ts';
import type { SvgWriting } from '../i18n/budget-words.ts';
import { type ChartSpec, statusStack, visionBudgets } from './charts.ts';

/** Text as it is: the SVG text of an edition that writes it as elsewhere (see ChartWords.svgText). */
const asIs = (text: string): string => text;

/** The bars' colours, as on the 2013 pages (charts.ts statusStack). */
const COLOUR = {
  done: 'green',
  'in-progress': 'blue',
  preparing: 'orange',
  'partly-cancelled': 'purple',
  cancelled: 'vermillion',
  unknown: 'grey',
} as const;

/**
 * Total budget per vision, largest first; `name` words a vision in the edition (`Vision 1: …`), `svg` writes the text
 * drawn in the SVG as the edition does (ChartWords.svgText: kana on the やさしい日本語 edition).
 */
export function homeVisionBudgets(
  edition: Edition,
  plan: PlanEntry,
  visions: readonly Vision[],
  planTotal: number,
  name: (v: Vision) => string,
  svg: SvgWriting = asIs,
): ChartSpec {
  if (edition === 'ja') return visionBudgets(plan, visions, planTotal);
  const tr = translator(edition);
  const yen = money(edition);
  const share = (n: number) => tr('home.share', formatShare(n, planTotal));
  const sorted = [...visions].sort((a, b) => b.totalThousandYen - a.totalThousandYen);
  const top = sorted[0]!;
  const title = tr('home.visionsChartTitle');
  const summary = tr(
    'home.visionsChartSummary',
    visions.length,
    name(top),
    yen.short(top.totalThousandYen),
    share(top.totalThousandYen),
  );
  const bars = sorted.map((v) => ({
    label: svg(name(v)),
    ...(svg.phrases ? { phrases: svg.phrases(name(v)) } : {}),
    value: v.totalThousandYen,
    valueLabel: svg(yen.short(v.totalThousandYen)),
  }));
  return {
    id: 'chart-visions',
    title,
    summary,
    svg: barChart([{ bars }], {
      id: 'chart-visions',
      title: svg(title),
      description: svg(summary),
      tickLabel: (value) => svg(yen.tick(value)),
    }),
    table: {
      head: [tr('home.colVision'), tr('home.colProjects'), tr('home.colBudget'), tr('home.colShare')],
      rows: sorted.map((v) => [
        { text: name(v), href: localize(edition, visionUrl(plan.id, v.number)) },
        { text: `${v.projectIds.length}`, numeric: true },
        { text: tr('home.exactAmount', v.totalThousandYen), numeric: true, amount: v.totalThousandYen },
        { text: share(v.totalThousandYen), numeric: true },
      ]),
    },
  };
}

/** The 2013 items of each part by status (the site's classification); `svg` as in homeVisionBudgets. */
export function homeStatusStack(
  edition: Edition,
  groups: ReadonlyArray<{ label: string; href?: string; items: readonly Item[] }>,
  id: string,
  jaTitle: string,
  svg: SvgWriting = asIs,
): ChartSpec {
  if (edition === 'ja') return statusStack(groups, id, jaTitle);
  const tr = translator(edition);
  // The badges' status names (src/lib/i18n/y2013.ts): one set of words per edition.
  const label = Object.fromEntries(STATUS_ORDER.map((s) => [s, statusLabel(edition, s)])) as Record<ItemStatus, string>;
  const used = STATUS_ORDER.filter((s) => groups.some((g) => g.items.some((i) => i.status === s)));
  const all = groups.flatMap((g) => g.items);
  const count = (items: readonly Item[], s: ItemStatus) => items.filter((i) => i.status === s).length;
  const biggest = [...used].sort((a, b) => count(all, b) - count(all, a))[0]!;
  const title = tr('home.statusChartTitle');
  const summary = tr(
    'home.statusChartSummary',
    all.length,
    label[biggest],
    count(all, biggest),
    tr('home.share', formatShare(count(all, biggest), all.length)),
    count(all, 'done'),
  );
  return {
    id,
    title,
    summary,
    svg: stackedBars(
      groups.map((g) => ({
        label: svg(g.label),
        ...(svg.phrases ? { phrases: svg.phrases(g.label) } : {}),
        counts: Object.fromEntries(used.map((s) => [s, count(g.items, s)])),
      })),
      {
        id,
        title: svg(title),
        description: svg(summary),
        keys: used.map((s) => ({ key: s, label: svg(label[s]), colour: COLOUR[s] })),
        unit: (n: number) => svg(tr('home.itemsUnit', n)),
      },
    ),
    table: {
      head: [tr('home.colPart'), ...used.map((s) => label[s]), tr('home.colTotal')],
      rows: groups.map((g) => [
        { text: g.label, ...(g.href ? { href: g.href } : {}) },
        ...used.map((s) => ({ text: `${count(g.items, s)}`, numeric: true })),
        { text: `${g.items.length}`, numeric: true },
      ]),
    },
  };
}

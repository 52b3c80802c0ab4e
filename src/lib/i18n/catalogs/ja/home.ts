/** The Japanese catalog: home. Keys are `home.…`. */
import type { PlanEntry } from '../../../../schemas/plans.ts';
import type { ItemStatus } from '../../../../schemas/roadmap2013.ts';
import { eraYear, fiscalYearLabel, formatThousandYen } from '../../../format/format.ts';
import { ROADMAP, ROADMAP_FIRST, ROADMAP_NAME_NOTE, planName } from '../../../format/strings.ts';
import { STATUS_BY_SITE, STATUS_LABELS } from '../../../format/status.ts';

/** A document's publication month as printed and as YYYY-MM. */
export interface Published {
  publishedText: string;
  month: string;
}
/** The plan's publication, with the number of projects it lists. */
export interface PlanDates extends Published {
  projects: number;
}
/** The 2013 roadmap's as-of date as printed and as YYYY-MM-DD, with its number of items. */
export interface RoadmapDates {
  items: number;
  asOf: string;
  date: string;
}

export const home = {
  'home.description': (gregorian: number) =>
    `熊本市の総合計画アクションプラン（${eraYear(gregorian)}度）と${ROADMAP}を、事業・ビジョン・区ごとに読み、検索し、引用できるサイトです。`,
  'home.lead': '熊本市が公表した計画を、事業ごとに読めるサイトです。',
  'home.headline': '数字で見る計画',
  'home.totalLabel': (plan: PlanEntry) => `${planName(plan)}${plan.draft ? '（案）' : ''}の予算`,
  'home.totalCaption': '計画に掲載された事業の合計で、市の予算全体ではありません',
  'home.projectsLabel': '掲載された事業',
  'home.projectsValue': (n: number) => `${n}事業`,
  'home.projectsCaption': (priorities: number, visions: number) =>
    `${priorities}つの重点事項・${visions}つのビジョン・区の取組から`,
  // Dates come as printed (`asOf`: 平成25年9月末時点, without its parentheses; `publishedText`) and as ISO dates
  // (`date`, `month`): the Japanese site quotes the document, the other editions word them in their calendar.
  'home.roadmapCard': ({ items, asOf }: RoadmapDates) => `${ROADMAP}：${items}項目の状況（${asOf}）`,
  'home.visionLabel': '予算が最も多いビジョン',
  'home.visionName': (n: number, title: string) => `ビジョン${n} ${title}`,
  'home.searchLabel': '計画の中を検索',
  'home.searchPlaceholder': '例：地下水、MICE、児童手当',
  'home.searchButton': '検索',
  'home.planHeading': (gregorian: number) => `${fiscalYearLabel(gregorian)}アクションプラン`,
  // The total's sentence in three parts around the plan's printed title and the amount.
  'home.totalBeforeTitle': '「',
  'home.totalBeforeAmount': ({ projects, publishedText }: PlanDates) =>
    `」（${publishedText}）に掲載された${projects}事業の予算の合計は`,
  'home.totalAfterAmount':
    'です。市の予算全体ではなく、アクションプランに掲載された事業の合計です（複数の箇所に掲載された事業は1回だけ数えています）。',
  'home.priorities': '重点事項',
  'home.priorityName': (n: number, title: string) => `重点事項${n} ${title}`,
  'home.countOpen': (projects: number) => `（${projects}事業、`,
  'home.countClose': '）',
  'home.projectCount': (projects: number) => `（${projects}事業）`,
  'home.visions': (n: number) => `${n}つのビジョン`,
  'home.wards': '区の取組',
  'home.otherPlans': 'ほかの年度：',
  'home.listSep': '・',
  'home.roadmapHeading': ROADMAP_FIRST,
  // The 2013 sentence in parts around the document's printed title and the link to the rules.
  'home.roadmapBeforeTitle': ({ publishedText }: Published) => `熊本市が${publishedText}に公表した「`,
  'home.roadmapBeforeRules': ({ items, asOf }: RoadmapDates) =>
    `」に掲げられた${items}項目について、${asOf}の進捗状況の文を、このサイトが`,
  'home.roadmapRules': '公開した規則',
  'home.roadmapAfterRules': (counts: ReadonlyArray<{ s: ItemStatus; n: number }>) =>
    `で分類すると、${counts.map((c, i) => `${i ? '、' : ''}${STATUS_LABELS[c.s]}${c.n}項目`).join('')}です（熊本市の判定ではありません）。`,
  'home.roadmapNameNote': ROADMAP_NAME_NOTE,
  'home.statusList': '進捗状況別の一覧',
  'home.data': 'データのダウンロード',
  'home.glossary': '用語集',
  'home.visionsChartTitle': 'ビジョン別の事業費',
  'home.statusChartTitle': `${ROADMAP}：部ごとの進捗状況`,
  'home.partLabel': (id: string, title: string) => `${id}. ${title}`,
  'home.visionsChartSummary': (visions: number, name: string, amount: string, share: string) =>
    `${visions}つのビジョンのうち事業費が最も多いのは「${name}」で${amount}、掲載事業の合計の${share}です。`,
  'home.colVision': 'ビジョン',
  'home.colProjects': '事業数',
  'home.colBudget': '事業費',
  'home.colShare': '合計に占める割合',
  'home.exactAmount': (thousandYen: number) => formatThousandYen(thousandYen),
  'home.share': (share: string) => share,
  'home.statusChartSummary': (items: number, top: string, n: number, share: string, done: number) =>
    `${items}項目のうち最も多いのは「${top}」の${n}項目（${share}）で、「完了」は${done}項目です（平成25年9月末時点、${STATUS_BY_SITE}）。`,
  'home.itemsUnit': (n: number) => `${n}項目`,
  'home.colPart': '区分',
  'home.colTotal': '計',
};

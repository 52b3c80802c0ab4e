/** The やさしい日本語 catalog: home (keys and arguments as in ../ja/home.ts). Short sentences, one idea each. */
import type { Mirror } from '../types.ts';
import type { home as ja } from '../ja/home.ts';
import { formatYenExact } from '../../../format/format.ts';
import type { ItemStatus } from '../../../../schemas/roadmap2013.ts';

/** `2024-06` or `2013-09-30` as `2024年6月`. */
const monthYear = (iso: string) => `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月`;

// The site's classification of the 2013 progress reports, in everyday words (the same names the 2013 pages use).
const STATUS: Record<ItemStatus, string> = {
  done: 'おわった',
  'in-progress': 'すすめている',
  preparing: 'じゅんびしている',
  'partly-cancelled': '一部をやめた',
  cancelled: 'やめた',
  unknown: 'わからない',
};

export const home = {
  'home.description': (gregorian: number) => `熊本市の${gregorian}年度の計画と、2013年の計画を読むことができます。`,
  'home.lead': '熊本市の計画を、仕事ごとに読むことができます。',
  'home.headline': '数字で見る計画',
  'home.totalLabel': (plan) => `${plan.fiscalYear.gregorian}年度の計画${plan.draft ? '（案）' : ''}のお金`,
  'home.totalCaption': '計画にのっている仕事のお金を合わせた数です。市のお金のすべてではありません。',
  'home.projectsLabel': '計画にのっている仕事',
  'home.projectsValue': (n) => `${n}の仕事`,
  'home.projectsCaption': (priorities, visions) =>
    `とくに大切なこと${priorities}つ、目標${visions}つ、区の仕事に分かれています。`,
  'home.roadmapCard': ({ items, date }) => `2013年の計画：${items}この約束のようす（${monthYear(date)}の終わり）`,
  'home.visionLabel': 'お金がいちばん多い目標',
  'home.visionName': (n, title) => `目標${n} ${title}`,
  'home.searchLabel': '計画の中をさがす',
  'home.searchPlaceholder': 'れい：地下水、子ども',
  'home.searchButton': 'さがす',
  'home.planHeading': (gregorian) => `${gregorian}年度の計画`,
  'home.totalBeforeTitle': '「',
  'home.totalBeforeAmount': ({ projects, month }) =>
    `」は、${monthYear(month)}に出ました。仕事は${projects}こです。お金は合わせて`,
  'home.totalAfterAmount': 'です。市のお金のすべてではありません。2つの場所にのっている仕事は、1回だけ数えています。',
  'home.priorities': 'とくに大切なこと',
  'home.priorityName': (n, title) => `とくに大切なこと${n}：${title}`,
  'home.countOpen': (projects) => `（仕事${projects}こ、`,
  'home.countClose': '）',
  'home.projectCount': (projects) => `（仕事${projects}こ）`,
  'home.visions': (n) => `${n}つの目標`,
  'home.wards': '区の仕事',
  'home.otherPlans': 'ほかの年度：',
  'home.listSep': '・',
  'home.roadmapHeading': '2013年の計画',
  'home.roadmapBeforeTitle': ({ month }) => `熊本市は${monthYear(month)}に、「`,
  'home.roadmapBeforeRules': ({ items, date }) =>
    `」を出しました。${items}この約束があります。${monthYear(date)}の終わりのようすを書いています。このサイトは、`,
  'home.roadmapRules': 'きまり',
  'home.roadmapAfterRules': (counts) =>
    `で分けました。${counts.map((c) => `${STATUS[c.s]}のは${c.n}こです。`).join('')}熊本市が分けたのではありません。`,
  'home.roadmapNameNote': '「挑戦元年アクションプラン」は、この計画の名前です。',
  'home.statusList': 'ようすごとの一覧',
  'home.data': 'データをダウンロードする',
  'home.glossary': 'ことばの説明',
  'home.visionsChartTitle': '目標ごとのお金',
  'home.statusChartTitle': '2013年の計画：部ごとのようす',
  'home.partLabel': (id, title) => `${id}. ${title}`,
  'home.visionsChartSummary': (visions, name, amount, share) =>
    `${visions}つの目標があります。お金がいちばん多いのは「${name}」です。${amount}で、ぜんぶの${share}です。`,
  'home.colVision': '目標',
  'home.colProjects': '仕事の数',
  'home.colBudget': 'お金',
  'home.colShare': 'ぜんぶの中のわりあい',
  'home.exactAmount': (thousandYen) => formatYenExact(thousandYen),
  'home.share': (share) => share,
  'home.statusChartSummary': (items, top, n, _share, done) =>
    `${items}この約束があります。いちばん多いのは「${top}」で、${n}こです。おわったのは${done}こです。`,
  'home.itemsUnit': (n) => `${n}こ`,
  'home.colPart': '部',
  'home.colTotal': 'ぜんぶ',
} satisfies Mirror<typeof ja>;

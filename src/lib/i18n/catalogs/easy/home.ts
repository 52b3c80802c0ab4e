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
  'partly-cancelled': 'いちぶやめた',
  cancelled: 'やめた',
  unknown: 'わからない',
};

export const home = {
  'home.description': (gregorian: number) => `熊本市の${gregorian}年度の計画と、2013年の計画を読むことができます。`,
  'home.lead': '熊本市の計画を、事業ごとに読むことができます。',
  'home.headline': '数字で見る計画',
  'home.totalLabel': (plan) => `${plan.fiscalYear.gregorian}年度の計画${plan.draft ? '（案）' : ''}のお金`,
  'home.totalCaption': '計画にのっている事業のお金を合わせた数です。市のお金のすべてではありません。',
  'home.projectsLabel': '計画にのっている事業',
  'home.projectsValue': (n) => `${n}こ`,
  'home.projectsCaption': (priorities, visions) =>
    `重点事項${priorities}つ、ビジョン${visions}つ、区の取り組みに分かれています。`,
  'home.roadmapCard': ({ items, date }) => `2013年の計画：${items}この項目のようす（${monthYear(date)}の終わり）`,
  'home.visionLabel': 'お金がいちばん多いビジョン',
  'home.visionName': (n, title) => `ビジョン${n} ${title}`,
  'home.searchLabel': '計画の中をさがす',
  'home.searchPlaceholder': 'れい：ちかすい、こども',
  'home.searchButton': 'さがす',
  'home.planHeading': (gregorian) => `${gregorian}年度の計画`,
  'home.totalBeforeTitle': '「',
  'home.totalBeforeAmount': ({ projects, month }) =>
    `」は、${monthYear(month)}に出ました。事業は${projects}こです。お金は合わせて`,
  'home.totalAfterAmount': 'です。市のお金のすべてではありません。2つの場所にのっている事業は、1回だけ数えています。',
  'home.priorities': '重点事項',
  'home.priorityName': (n, title) => `重点事項${n}：${title}`,
  'home.countOpen': (projects) => `（事業${projects}こ、`,
  'home.countClose': '）',
  'home.projectCount': (projects) => `（事業${projects}こ）`,
  'home.visions': (n) => `${n}つのビジョン`,
  'home.wards': '区の取り組み',
  'home.otherPlans': 'ほかの年度：',
  'home.listSep': '・',
  'home.roadmapHeading': '2013年の計画',
  'home.roadmapBeforeTitle': ({ month }) => `熊本市は${monthYear(month)}に、「`,
  'home.roadmapBeforeRules': ({ items, date }) =>
    `」を出しました。${items}この項目があります。${monthYear(date)}の終わりのようすを書いています。このサイトは、`,
  'home.roadmapRules': 'きまり',
  'home.roadmapAfterRules': (counts) =>
    `で分けました。${counts.map((c) => `${STATUS[c.s]}のは${c.n}こです。`).join('')}熊本市が分けたのではありません。`,
  'home.roadmapNameNote': '「挑戦元年アクションプラン」は、この計画の名前です。',
  'home.statusList': 'ようすごとの一覧',
  'home.data': 'データをダウンロードする',
  'home.glossary': 'ことばの説明',
  'home.visionsChartTitle': 'ビジョンごとのお金',
  'home.statusChartTitle': '2013年の計画：部ごとのようす',
  'home.partLabel': (id, title) => `${id}. ${title}`,
  'home.visionsChartSummary': (visions, name, amount, share) =>
    `${visions}つのビジョンがあります。お金がいちばん多いのは「${name}」です。${amount}で、ぜんぶの${share}です。`,
  'home.colVision': 'ビジョン',
  'home.colProjects': '事業の数',
  'home.colBudget': 'お金',
  'home.colShare': 'ぜんぶの中のわりあい',
  'home.exactAmount': (thousandYen) => formatYenExact(thousandYen),
  'home.share': (share) => share,
  'home.statusChartSummary': (items, top, n, _share, done) =>
    `${items}この項目があります。いちばん多いのは「${top}」で、${n}こです。おわったのは${done}こです。`,
  'home.itemsUnit': (n) => `${n}こ`,
  'home.colPart': '部',
  'home.colTotal': 'ぜんぶ',
} satisfies Mirror<typeof ja>;

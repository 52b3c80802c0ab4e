/**
 * The easy catalog: search (keys and arguments as in ../ja/search.ts). What the search's script writes in the page
 * (counts, notes, results) gets no ふりがな (the ruby pass runs at build time), so it is written in kana.
 */
import type { Mirror } from '../types.ts';
import type { search as ja } from '../ja/search.ts';
import type { PlanEntry } from '../../../../schemas/plans.ts';

const plan = (p: PlanEntry) => `${p.fiscalYear.gregorian}年度の計画`;
const BUDGETED = 'おかねの がくが ある じぎょう';

export const search = {
  'search.title': 'さがす',
  'search.description': (plans: readonly PlanEntry[]) =>
    `${[...plans].reverse().map(plan).join('と')}と2013年の計画のページをさがします。`,
  'search.intro':
    'ことばが入っているページを全部出します。「子ども」と「こども」のような書き方のちがいもさがします。ことばはスペースで分けることができます。全部のことばが入っているページを出します。',
  'search.label': 'さがすことば',
  'search.submit': 'さがす',
  'search.filters': 'しぼる・ならべる',
  'search.all': 'ぜんぶ',
  'search.planFilter': 'しりょう',
  'search.planOption': (p: PlanEntry) => `${p.fiscalYear.gregorian}ねんどの けいかく`,
  'search.roadmapOption': '2013ねんの けいかく',
  'search.sectionFilter': 'のっている ところ',
  'search.sectionPriority': 'じゅうてんじこう',
  'search.sectionVision': 'ビジョン',
  'search.sectionWard': 'くの とりくみ',
  'search.visionFilter': 'ビジョン',
  'search.visionOption': (n: number) => `ビジョン${n}`,
  'search.statusFilter': '2013ねんの けいかくの ようす',
  'search.bandFilter': 'おかねの がく',
  'search.bandLt10m': '1,000まんえんより すくない',
  'search.band10m100m': '1,000まんえんから 1おくえんまで',
  'search.band100m1b': '1おくえんから 10おくえんまで',
  'search.bandGe1b': '10おくえんより おおい',
  'search.sortFilter': 'ならべかた',
  'search.sortRelevance': 'あう じゅん',
  'search.sortBudgetDesc': 'おかねの おおい じゅん',
  'search.sortBudgetAsc': 'おかねの すくない じゅん',
  'search.noScript': 'さがすには、JavaScriptが必要です。上のメニューからもページを見ることができます。',
  'search.more': 'もっと見る',
  'search.budgeted': BUDGETED,
  'search.listingOrder': 'おかねの おおい じゅんに ならべました。',
  'search.sortedBy': (sort: string) => `${sort}に ならべました。${BUDGETED}だけです。`,
  'search.whatQuery': (query: string, variants: string) => `「${query}」${variants}が ある ページ`,
  'search.withVariants': '（ほかの かきかたも）',
  'search.whatChosen': (chosen: string) => `${chosen}の ページ`,
  'search.found': (what: string, count: string, order: string) => `${what}は ${count}こ です。${order}`,
  'search.noneQuery': (what: string) => `${what}は ありません。ほかの ことばで さがして ください。`,
  'search.noneChosen': (what: string) => `${what}は ありません。しぼりかたを かえて ください。`,
  'search.noLetters': 'さがす もじが ありません。ことばを いれて ください。',
  'search.japaneseQuery': (link: string) => `${link}で さがせます。`,
  'search.japaneseLink': 'にほんごの ページ',
  'search.failed': 'さがせませんでした。インターネットを たしかめて、もう いちど ためして ください。',
  'search.resultsTitle': (query: string, count: string) => `「${query}」を さがしました（${count}こ）`,
  'search.listTitle': (chosen: string, count: string) => `「${chosen}」の いちらん（${count}こ）`,
  'search.chosenSummary': (chosen: string) => `（${chosen}）`,
  'search.chosenSep': '・',
  'search.factSep': '\u3000',
  'search.status': (status: string) => `ようす：${status}`,
  'search.byWhom': (link: string) => `（${link}）`,
  'search.bySite': 'このサイトが きめました',
  'search.ellipsis': '…',
  'search.quote': (quoted: string) => `「${quoted}」`,
  'search.variantPair': (typed: string, others: string) => `${typed}の ほかに ${others}`,
  'search.variantSep': '、',
  'search.variantSearched': (pairs: string) => `${pairs}も さがしました。`,
  'search.variantOnly': (query: string) => `${query}だけを さがす`,
  'search.exactSearched': (query: string) => `${query}だけを さがしました。`,
  'search.exactInclude': (all: string) => `${all}も さがす`,

  'search.variants.example': '「子供」でさがすと、「子ども」「こども」のページも出ます。',
  'search.variants.caption': 'さがすとき、同じことばとしてあつかう書き方',
  'search.variants.spellings': '書き方',
  'search.variants.source': 'わけ（もとの日本語）',
  'search.variants.notTheWord': '次のことばは、べつのことばです。書いたとおりにさがします：',
  'search.variants.end': '。',
} satisfies Mirror<typeof ja>;

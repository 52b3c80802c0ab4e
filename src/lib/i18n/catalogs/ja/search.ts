/**
 * The Japanese catalog: search. Keys are `search.…`. A message with `(…: string)` arguments that SiteSearch's script
 * fills in the browser is called by the page with `{name}` places (src/lib/search/words.ts), so its arguments are
 * strings even where the browser puts a number there.
 */
import type { PlanEntry } from '../../../../schemas/plans.ts';
import { ROADMAP, planName } from '../../../format/strings.ts';
import { STATUS_BY_SITE } from '../../../format/status.ts';

const BUDGETED = '予算額のある事業';

export const search = {
  'search.title': '検索',
  'search.description': (plans: readonly PlanEntry[]) =>
    `${[...plans].reverse().map(planName).join('・')}と${ROADMAP}の全ページを、語句で検索します。`,
  'search.intro':
    '語句を含むページをすべて表示します。子供・子ども・こどものような書き方の違いも含めます。スペースで区切った複数の語は、すべてを含むページを探します。語句なしで絞り込むと一覧になります。',
  'search.label': '検索する語',
  'search.submit': '検索',
  'search.filters': '絞り込みと並べ替え',
  'search.all': 'すべて',
  'search.planFilter': '資料',
  'search.planOption': (plan: PlanEntry) => planName(plan),
  'search.roadmapOption': ROADMAP,
  'search.sectionFilter': '掲載箇所',
  'search.sectionPriority': '重点事項',
  'search.sectionVision': 'ビジョン',
  'search.sectionWard': '区の取組',
  'search.visionFilter': 'ビジョン',
  'search.visionOption': (n: number) => `ビジョン${n}`,
  'search.statusFilter': `${ROADMAP}の状況`,
  'search.bandFilter': '予算額',
  'search.bandLt10m': '1,000万円未満',
  'search.band10m100m': '1,000万円以上1億円未満',
  'search.band100m1b': '1億円以上10億円未満',
  'search.bandGe1b': '10億円以上',
  'search.sortFilter': '並べ替え',
  'search.sortRelevance': '関連の高い順（題名に含むものを先に）',
  'search.sortBudgetDesc': '予算額の大きい順',
  'search.sortBudgetAsc': '予算額の小さい順',
  'search.noScript': '検索結果の表示にはJavaScriptが必要です。各ページへは上部のメニューからたどれます。',
  'search.more': 'さらに表示',
  'search.budgeted': BUDGETED,
  'search.listingOrder': '予算額の大きい順（予算額のないページは後）、同じなら題名順に並べています。',
  'search.sortedBy': (sort: string) => `${sort}（${BUDGETED}のみ）に並べています。`,
  'search.whatQuery': (query: string, variants: string) => `「${query}」${variants}を含むページ`,
  'search.withVariants': '（書き方の違いを含む）',
  'search.whatChosen': (chosen: string) => `${chosen}に当たるページ`,
  'search.found': (what: string, count: string, order: string) => `${what}が${count}件あります。${order}`,
  'search.noneQuery': (what: string) =>
    `${what}は見つかりませんでした。語句を短くする、別の言い方にする、絞り込みを外すなどをお試しください。`,
  'search.noneChosen': (what: string) => `${what}はありません。絞り込みを変えてお試しください。`,
  'search.noLetters': '検索できる文字が含まれていません。語句を入れてください。',
  // Only the English edition says this (its index holds no Japanese); the Japanese editions search Japanese.
  'search.japaneseQuery': (link: string) => `${link}で検索できます。`,
  'search.japaneseLink': '日本語のページ',
  'search.failed': '検索できませんでした。通信状態を確かめて、もう一度お試しください。',
  'search.resultsTitle': (query: string, count: string) => `「${query}」の検索結果（${count}件）`,
  'search.listTitle': (chosen: string, count: string) => `「${chosen}」の一覧（${count}件）`,
  'search.chosenSummary': (chosen: string) => `（${chosen}）`,
  'search.chosenSep': '・',
  'search.factSep': '\u3000',
  'search.status': (status: string) => `状況：${status}`,
  'search.byWhom': (link: string) => `（${link}）`,
  'search.bySite': STATUS_BY_SITE,
  'search.ellipsis': '…',
  'search.quote': (quoted: string) => `「${quoted}」`,
  'search.variantPair': (typed: string, others: string) => `${typed}を${others}も`,
  'search.variantSep': '、',
  'search.variantSearched': (pairs: string) => `${pairs}含めて検索しました。`,
  'search.variantOnly': (query: string) => `${query}だけで検索`,
  'search.exactSearched': (query: string) => `${query}と書かれたページだけを検索しました。`,
  'search.exactInclude': (all: string) => `${all}も含めて検索`,

  // The table of spelling variants on /method/ (VariantTable).
  'search.variants.example': 'たとえば「子供」と入力すると、「子ども」「こども」と書かれたページも表示します。',
  'search.variants.caption': '検索で同じ語として扱う書き方',
  'search.variants.spellings': '書き方',
  'search.variants.source': '根拠',
  'search.variants.notTheWord':
    'ただし、次の語はここに挙げた書き方を含んでいても別の語なので、書かれたとおりに探します：',
  'search.variants.end': '。',
};

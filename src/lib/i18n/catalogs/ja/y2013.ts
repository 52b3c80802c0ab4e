/**
 * The Japanese catalog: the 2013 roadmap's pages (overview, parts, categories, items, statuses, crosswalk). Keys are
 * `y2013.…`. The wording is the site's published Japanese (src/lib/format/strings.ts and status.ts), reused as is so
 * the Japanese pages do not change.
 */
import { STATUS_ATTRIBUTION, STATUS_BY_SITE, STATUS_LABELS } from '../../../format/status.ts';
import {
  CROSSWALK_NONE_READING,
  CROSSWALK_READING,
  CROSSWALK_STATUS_LABELS,
  LINK_HEADINGS,
  NO_SUCCESSOR,
  REJECTED_EXPLAINED,
  REJECTED_HEADING,
  ROADMAP,
  ROADMAP_FIRST,
  ROADMAP_NAME_NOTE,
  STRENGTH_EXPLAINED,
  fiscalYearShort,
  quoted,
  readingOrderNote,
  roadmapItemName,
  noLinkFound,
} from '../../../format/strings.ts';

const plan = (year: number) => `${fiscalYearShort(year)}アクションプラン`;

export const y2013 = {
  // Statuses: the site's classification of the city's progress text.
  'y2013.status.done': STATUS_LABELS.done,
  'y2013.status.inProgress': STATUS_LABELS['in-progress'],
  'y2013.status.preparing': STATUS_LABELS.preparing,
  'y2013.status.partlyCancelled': STATUS_LABELS['partly-cancelled'],
  'y2013.status.cancelled': STATUS_LABELS.cancelled,
  'y2013.status.unknown': STATUS_LABELS.unknown,
  'y2013.byStatus': STATUS_BY_SITE,
  'y2013.notCity': '（熊本市の判定ではありません）',
  'y2013.attribution': (asOf: string) => `${STATUS_ATTRIBUTION}すべて${asOf}の状況です。`,
  'y2013.rulesLink': '分類の規則と件数',
  /** The as-of date: the printed words on the Japanese site (平成25年9月末時点). */
  // The ISO date (2013-09-30) is for the other editions, which word the date themselves.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  'y2013.asOf': (printed: string, _iso: string) => printed,
  'y2013.evidenceLabel': '根拠：',
  'y2013.evidenceNone': '根拠：分類の手がかりになる語がありません',
  'y2013.itemBasisOne': (which: 'own' | 'relisted', excluded: number) =>
    `この項目の状況は、${which === 'own' ? '下の取組' : 'ほかの項目から再掲された下の取組'}1件${excluded ? `（ほかの項目からの再掲${excluded}件を除く）` : ''}の状況と同じです。`,
  'y2013.itemBasisMany': (which: 'own' | 'relisted', n: number, excluded: number, counts: string) =>
    `この項目の状況は、${which === 'own' ? '下の取組' : 'ほかの項目から再掲された下の取組'}${n}件${excluded ? `（ほかの項目からの再掲${excluded}件を除く）` : ''}の状況（${counts}）から、このサイトが公開した規則でまとめたものです。`,
  'y2013.itemBasisTail':
    '取組の状況は、熊本市が公表した進捗状況の文をこのサイトが分類したもので、熊本市の判定ではありません。',
  'y2013.countOf': (label: string, n: number) => `${label}${n}件`,
  'y2013.listSep': '、',

  // Names and labels.
  'y2013.roadmap': ROADMAP,
  'y2013.roadmapFirst': ROADMAP_FIRST,
  'y2013.nameNote': ROADMAP_NAME_NOTE,
  'y2013.itemName': (no: number) => roadmapItemName(no),
  'y2013.itemNo': (no: number) => `No.${no}`,
  'y2013.partLabel': (id: string, title: string) => `${id}. ${title}`,
  'y2013.partShort': (id: string) => `第${id}部`,
  'y2013.categoryLabel': (chapter: number, number: number, title: string) =>
    `${chapter ? `${chapter}-` : ''}${number}. ${title}`,
  'y2013.chapterLabel': (n: number, title: string) => `${n}. ${title}`,
  // English counts in the singular or plural; Japanese does not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  'y2013.unit': (_n: number) => '項目',
  'y2013.range': (from: number, to: number) => `No.${from}〜${to}`,
  // Overview (/2013/).
  'y2013.overview.description': (title: string, asOf: string, n: number) =>
    `熊本市「${title}」（${asOf}）の${n}項目と、その進捗状況。`,
  'y2013.overview.score': (n: number, asOf: string) => `${n}項目の状況（${asOf}）`,
  'y2013.overview.intro': (published: string, org: string, asOf: string, n: number, subitems: number) =>
    `熊本市が${published}に公表した資料（担当：${org}）で、「挑戦元年アクションプラン」の行程表と、${asOf}の進捗状況が書かれています。このサイトでは「${ROADMAP}」と呼んでいます。3つの部に${n}項目、${subitems}の取組があり、各取組に平成24年度・平成25年度の予定と進捗状況が書かれています。`,
  'y2013.overview.all': (n: number) => `すべての項目（${n}件）を一覧で見る`,
  'y2013.overview.statusList': '進捗状況別の一覧',
  'y2013.overview.crosswalk': (year: number) => `${fiscalYearShort(year)}の事業との対応表`,
  'y2013.overview.parts': '部の一覧',
  'y2013.overview.categories': '分野の一覧',
  'y2013.overview.linkSep': '・',
  'y2013.overview.tableCaption': (id: string) => `第${id}部の分野ごとの進捗状況`,
  'y2013.overview.category': '分野',
  'y2013.overview.itemsHead': '項目',
  'y2013.search.overview': '概要',

  // Charts.
  'y2013.chart.byPart': '部ごとの進捗状況',
  'y2013.chart.byCategory': (part: string) => `${part}：分野ごとの進捗状況`,
  'y2013.chart.statusSummary': (total: number, biggest: string, n: number, share: string, done: number, asOf: string) =>
    `${total}項目のうち最も多いのは「${biggest}」の${n}項目（${share}）で、「${STATUS_LABELS.done}」は${done}項目です（${asOf}、${STATUS_BY_SITE}）。`,
  'y2013.chart.unit': (n: number) => `${n}項目`,
  'y2013.chart.group': '区分',
  'y2013.chart.total': '計',
  'y2013.chart.part': '部',
  'y2013.chart.crosswalkTitle': (year: number) => `${ROADMAP}の項目と${fiscalYearShort(year)}のつながり（部ごと）`,
  'y2013.chart.crosswalkSummary': (
    year: number,
    total: number,
    successor: number,
    successorShare: string,
    related: number,
    relatedShare: string,
    best: string,
    bestShare: string,
  ) =>
    `${total}項目のうち${successor}項目（${successorShare}）に${fiscalYearShort(year)}の後継事業があり、${related}項目（${relatedShare}）は関連する取組・施策・ビジョンだけ（${CROSSWALK_STATUS_LABELS.related}）です。後継事業の割合が最も高いのは${quoted(best)}の${bestShare}です。`,

  // Parts.
  'y2013.parts.title': (n: number) => `${ROADMAP}の${n}つの部`,
  'y2013.parts.description': (n: number) => `${ROADMAP}の${n}つの部と、それぞれの分野・項目・取組の数。`,
  'y2013.parts.caption': '部ごとの分野・項目・取組の数',
  'y2013.parts.part': '部',
  'y2013.parts.categories': '分野数',
  'y2013.parts.items': '項目数',
  'y2013.parts.subitems': '取組数',
  'y2013.parts.relistNote': '取組数には、ほかの項目から再掲された取組も含みます。',
  'y2013.parts.allItems': (n: number) => `すべての項目（${n}件）の一覧`,
  'y2013.part.description': (part: string, n: number, from: number, to: number) =>
    `${ROADMAP} ${part}の${n}項目（No.${from}〜${to}）と進捗状況。`,
  'y2013.part.count': (n: number, from: number, to: number) => `${n}項目（No.${from}〜${to}）。`,
  'y2013.part.otherTitle': (title: string) => `では「${title}」と記載されています。`,
  'y2013.part.source': '原資料',
  'y2013.search.part': '部',

  // Categories.
  'y2013.categories.title': (n: number) => `${ROADMAP}の${n}の分野`,
  'y2013.categories.description': (n: number) => `${ROADMAP}の${n}の分野と、それぞれの項目の番号と数。`,
  'y2013.categories.caption': (id: string) => `第${id}部の分野`,
  'y2013.categories.count': '項目数',
  'y2013.category.description': (part: string, title: string, n: number) =>
    `${ROADMAP} ${part}${quoted(title)}の${n}項目と進捗状況。`,
  'y2013.category.countLead': (n: number) => `${n}項目（原資料`,
  'y2013.category.countTail': 'から）。',
  'y2013.category.relistings': 'この分野に再掲された項目',
  'y2013.relistingOf': (no: number) => `No.${no}の再掲`,
  'y2013.search.category': '分野',

  // Status list.
  'y2013.status.title': '進捗状況別の一覧',
  'y2013.status.heading': (asOf: string) => `進捗状況別の一覧（${asOf}）`,
  'y2013.status.description': (n: number, asOf: string) =>
    `${ROADMAP_FIRST}の${n}項目を、${asOf}の進捗状況（完了・実施中・準備・検討中など）ごとに一覧にしました。`,
  'y2013.status.jump': '状況へ移動',
  'y2013.status.jumpLabel': (label: string, n: number) => `${label}（${n}）`,
  'y2013.status.groupHeading': (label: string, n: number) => `${label}（${n}項目）`,
  'y2013.search.list': '一覧',

  // Items list.
  'y2013.items.title': `${ROADMAP}のすべての項目`,
  'y2013.items.crumb': 'すべての項目',
  'y2013.items.description': (n: number, year: number) =>
    `${ROADMAP_FIRST}の${n}項目の一覧。部・状況・${fiscalYearShort(year)}とのつながり（後継事業・関連）で絞り込み、番号・項目名・状況で並べ替えができます。`,
  'y2013.items.intro': (n: number) => `${ROADMAP_FIRST}の${n}項目を一つの表にまとめました。はじめは番号の順です。`,
  'y2013.items.linkIntro': (year: number) =>
    `「${fiscalYearShort(year)}とのつながり」は、${fiscalYearShort(year)}アクションプランにこの項目を引き継ぐ後継事業があるか、関連する取組・施策・ビジョンだけ（関連のみ）か、どちらもないかを示します（このサイトの判断）。詳しくは`,
  'y2013.items.linkMore': '対応表',
  'y2013.items.linkTail': 'をご覧ください。',
  'y2013.items.caption': `${ROADMAP}の項目一覧`,
  'y2013.items.link': (year: number) => `${fiscalYearShort(year)}とのつながり`,
  'y2013.items.no': '番号',
  'y2013.items.item': '項目',
  'y2013.items.part': '部',
  'y2013.items.category': '分野',
  'y2013.items.status': '状況',
  'y2013.items.partOption': (id: string, title: string) => `第${id}部 ${title}`,
  'y2013.items.sortNoAsc': '番号の順',
  'y2013.items.sortNoDesc': '番号の逆順',
  'y2013.items.sortTitleAsc': '項目名の五十音順',
  'y2013.items.sortTitleDesc': '項目名の五十音の逆順',
  'y2013.items.sortStatusAsc': '状況の順（完了から）',
  'y2013.items.sortStatusDesc': '状況の逆順（不明から）',
  'y2013.items.empty': '条件に合う項目はありません。条件を変えるか、「条件を元に戻す」を押してください。',
  'y2013.items.readingNote': readingOrderNote('項目名'),

  // One item.
  'y2013.item.description': (no: number, title: string, asOf: string, status: string) =>
    `${roadmapItemName(no)}${quoted(title)}の取組と進捗状況（${asOf}。${STATUS_BY_SITE}：${status}）。`,
  'y2013.item.kicker': (name: string, kana: string, category: string) => `${name}（${kana}）・${category}`,
  'y2013.item.statusLead': '状況：',
  'y2013.item.asOfParen': (asOf: string) => `（${asOf}）`,
  'y2013.item.source': '原資料',
  'y2013.item.subitems': '取組',
  'y2013.item.relistingNote': '（件数には元の項目で数えています）',
  'y2013.item.fy2012': '平成24年度の予定',
  'y2013.item.fy2013': '平成25年度の予定',
  'y2013.item.progress': (asOf: string) => `進捗状況（${asOf}）`,
  'y2013.item.progressShared': '（原資料では同じ行の取組とまとめて記載）',
  'y2013.item.status': '状況',
  'y2013.item.none': '—（予定なし）',
  'y2013.item.continues': '⇒ 前年度から継続',
  'y2013.item.spilledLead': '（「',
  'y2013.item.spilledTail': '」は変換時に進捗状況の欄へずれていたため、平成25年度の欄に戻しています）',
  'y2013.item.relisted': 'ほかの箇所への再掲',
  'y2013.item.pager': '前後の項目',
  'y2013.item.citeDocument': (title: string, printedAsOf: string) => `熊本市「${title}」（${printedAsOf}）`,
  'y2013.item.citeSection': (part: string, category: string) => `${part} ${category}`,
  'y2013.search.item': (no: number) => roadmapItemName(no),

  // Crosswalk.
  'y2013.cw.statusSuccessor': CROSSWALK_STATUS_LABELS.successor,
  'y2013.cw.statusRelated': CROSSWALK_STATUS_LABELS.related,
  'y2013.cw.statusNone': CROSSWALK_STATUS_LABELS.none,
  'y2013.cw.headSuccessor': LINK_HEADINGS.successor,
  'y2013.cw.headRelated': LINK_HEADINGS.related,
  'y2013.cw.headMeasure': LINK_HEADINGS.measure,
  'y2013.cw.headVision': LINK_HEADINGS.vision,
  'y2013.cw.noSuccessor': NO_SUCCESSOR,
  'y2013.cw.strengthSuccessor': STRENGTH_EXPLAINED.successor,
  'y2013.cw.strengthRelated': STRENGTH_EXPLAINED.related,
  'y2013.cw.reading': CROSSWALK_READING,
  'y2013.cw.noneReading': CROSSWALK_NONE_READING,
  'y2013.cw.noLinkFound': (year: number) => noLinkFound(plan(year)),
  'y2013.cw.rejectedHeading': REJECTED_HEADING,
  'y2013.cw.rejectedExplained': REJECTED_EXPLAINED,
  'y2013.cw.sharedLabel': '両方の資料にある語：',
  'y2013.cw.subitemLead': 'この項目のうち取組「',
  'y2013.cw.subitemTail': '」についての結び付けです。',
  'y2013.cw.tablePrefix': '表：',
  'y2013.cw.labelSep': '：',
  'y2013.cw.noteLabel': '',
  'y2013.cw.reasonLabel': '',
  'y2013.cw.successorsHeading': (year: number) => `${plan(year)}とのつながり`,
  'y2013.cw.pageLink': (year: number) => `${ROADMAP}と${fiscalYearShort(year)}の事業の対応表`,
  'y2013.cw.title': (year: number) => `${ROADMAP}と${fiscalYearShort(year)}の事業の対応表`,
  'y2013.cw.crumb': '対応表',
  'y2013.cw.description': (n: number, year: number) =>
    `${ROADMAP_FIRST}の${n}項目が、${plan(year)}のどの事業・表・施策・ビジョンに引き継がれているか、または関連しているかの一覧です。`,
  'y2013.cw.intro': (year: number) =>
    `${ROADMAP_FIRST}の各項目を、${fiscalYearShort(year)}の事業・表・施策・ビジョンのうち、それを引き継ぐものや関連するものと結び付けた一覧です。${CROSSWALK_READING}`,
  'y2013.cw.noneExplained': (year: number) =>
    `「${NO_SUCCESSOR}」は、${fiscalYearShort(year)}のアクションプランにこの項目につながる記載がないものです。アクションプランは主な取組だけを載せているため、取組がなくなったことを意味しません。`,
  'y2013.cw.methodLead': '結び付けの方法と、データを作るときに確かめている点は、',
  'y2013.cw.methodLink': 'データの読み取り方法',
  'y2013.cw.methodTail': 'に書いています。',
  'y2013.cw.totals': (n: number, successor: number, related: number, none: number) =>
    `全${n}項目のうち、${CROSSWALK_STATUS_LABELS.successor}が${successor}項目、${CROSSWALK_STATUS_LABELS.related}が${related}項目、${NO_SUCCESSOR}が${none}項目です。`,
  'y2013.cw.filters': '絞り込み',
  'y2013.cw.part': '部',
  'y2013.cw.partLead': '部：',
  'y2013.cw.all': 'すべて',
  'y2013.cw.status': '状況',
  'y2013.cw.statusLead': `状況（平成25年9月末、${STATUS_BY_SITE}）：`,
  'y2013.cw.link': 'つながり',
  'y2013.cw.linkLead': (year: number) => `${fiscalYearShort(year)}とのつながり：`,
  'y2013.cw.optionCount': (label: string, n: number) => `${label}（${n}）`,
  'y2013.cw.empty':
    '部・状況・つながりのこの組み合わせに当たる項目はありません。どれかを「すべて」に戻すと、項目が表示されます。',
  'y2013.cw.shown': (total: number | string, shown: number | string) =>
    `全${total}項目のうち${shown}項目が当てはまります。`,
  'y2013.cw.noneShown': (total: number | string) => `当てはまる項目はありません（全${total}項目）。`,
  'y2013.search.crosswalk': '対応表',
  'y2013.search.crosswalkContext': (year: number) => `${ROADMAP}と${fiscalYearShort(year)}`,

  // Notes printed as the source has them.
  'y2013.scoreShare': (n: number, share: string) => `${n}項目の${share}`,
  'y2013.open': '（',
  'y2013.close': '）',
  'y2013.cw.measureTarget': (id: string, title: string, vision: string) => `施策${id} ${title}（ビジョン${vision}）`,
  'y2013.cw.visionTarget': (n: string, title: string) => `ビジョン${n} ${title}`,
  'y2013.items.summary': (n: number) => `${n}件`,

  // The status rules (StatusRules, on /method/): the rules' own text is the data's (content/2013/status-rules.json).
  'y2013.rules.intro':
    '熊本市の報告書には、取組ごとの進捗状況の文はありますが、「完了」「実施中」などの区分はありません。このサイトが示す状況は、その文をこのサイトが次の規則で分類したもので、熊本市の判定ではありません。すべて平成25年9月末時点の状況で、各項目のページには取組ごとに、分類の根拠にした語を含む節（前後の「、」「。」または記載の区切りまで）を引用しています。',
  'y2013.rules.subitemHeading': '取組の状況',
  'y2013.rules.subitemIntro': (n: number, tally: string) =>
    `取組${n}件（ほかの項目からの再掲を除く）に、上から順に当てはめ、最初に当てはまった規則で状況を決めます。結果は${tally}です。`,
  'y2013.rules.itemHeading': '項目の状況',
  'y2013.rules.itemIntro': (n: number, tally: string) =>
    `${n}項目それぞれの状況は、その取組の状況から決めます。結果は${tally}です。`,
  'y2013.rules.text': (_id: string, printed: string) => printed,
  'y2013.rules.decidedSubitems': (n: number) => `この規則で決まった取組：${n}件`,
  'y2013.rules.decidedItems': (n: number) => `この規則で決まった項目：${n}件`,
  'y2013.rules.times': (n: number) => `（${n}件）`,
  'y2013.rules.alsoAbove': '（上の規則の件数にも含みます）',
  'y2013.rules.id': '規則ID',
  'y2013.rules.arrow': (label: string) => `→ ${label}：`,
  'y2013.source.summary': (n: number) =>
    `：${n}項目の取組の予定と進捗状況です。このサイトでは「${ROADMAP}」と呼んでいます。`,
  'y2013.source.full': '原資料の全文',
  'y2013.source.details': (asOf: string, published: string, org: string) => `（${asOf}、${published}、${org}）`,
  'y2013.asPrinted': 'データの注記',
};

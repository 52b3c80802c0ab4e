/**
 * The やさしい日本語 catalog: glossary (keys and arguments as in ../ja/glossary.ts), and the やさしい日本語 glossary
 * itself: the Japanese terms a reader meets, each explained in short sentences (one idea each).
 */
import type { Mirror } from '../types.ts';
import type { TermWords, glossary as ja } from '../ja/glossary.ts';

export const glossary = {
  'glossary.title': 'ことばの説明',
  'glossary.description': '計画やこのサイトに出てくる、むずかしいことばを説明します。',
  'glossary.lead':
    '計画に出てくるむずかしいことばを説明します。このサイトが使うことばも説明します。説明は、計画に書いてあることをもとにしています。',
  'glossary.index': 'ことばの一覧',
  'glossary.reading': (reading) => `（${reading}）`,
  'glossary.group.about-plan': '計画（アクションプラン）のことば',
  'glossary.group.about-roadmap': '2013年の計画のことば',
  'glossary.group.about-site': 'このサイトのことば',
  'glossary.source.plan': '計画に書いてあることをもとにした説明です。',
  'glossary.source.roadmap': '2013年の計画をもとにした説明です。',
  'glossary.source.site': 'このサイトの書き方の説明です。',
  'glossary.source.general': '計画には説明がありません。ふつうの意味を書いています。',
} satisfies Mirror<typeof ja>;

export const glossaryTerms: Record<string, TermWords> = {
  'action-plan': {
    text: '熊本市の計画の一つです。その年にする事業をまとめています。毎年つくって、みんなに知らせます。',
  },
  'comprehensive-plan': {
    text: '市のまちづくりの長い計画です。アクションプランは、その一部です。',
  },
  priority: {
    text: 'その年に、とくに力を入れることです。計画のはじめの章にあります。それぞれに、関係する事業がならんでいます。',
  },
  vision: {
    text: '市がめざすまちの姿です。8つあります。それぞれに、施策と事業がならんでいます。',
  },
  measure: {
    text: 'ビジョンのための、大きな取り組みです。それぞれに、くわしい事業がならんでいます。',
  },
  project: {
    text: 'お金をつけてする、一つ一つの仕事です。計画に、名前と説明とお金が書いてあります。2つの場所にのっている事業もあります。このサイトは、1回だけ数えます。',
    more: 'このサイトについて（お金と合計）',
  },
  wards: {
    text: '区ごとの事業です。中央区、東区、西区、南区、北区の事業があります。5つの区に共通の事業もあります。',
  },
  'thousand-yen': {
    text: '計画のお金の単位です。「1,000千円」は100万円です。「100,000千円」は1億円です。このサイトは「133億8,400万円」のように書きます。まとめの数は「133.8億円」のように、まるめて書きます。',
    more: 'このサイトについて（お金と合計）',
  },
  'no-previous-budget': {
    text: '前の年のお金の場所に、線「-」がある事業です。お金の数が書いていない、という意味です。前の年にお金がなかったとは、かぎりません。新しい事業とも、かぎりません。',
  },
  'supplementary-budget': {
    text: '年のとちゅうで、お金の計画をかえることです。お金がこれに入っている事業もあります。',
  },
  mice: {
    text: '人がたくさん集まる会や旅行です。会社の会議、国際会議、展示会などです。',
  },
  ebpm: {
    text: 'データなどの証拠をもとに、政策を考えることです。',
  },
  'appearance-care': {
    text: 'がんの人の、見た目の変化のつらさを軽くするケアです。',
  },
  advocate: {
    text: '意見を言うのがむずかしいこどもの代わりに、意見を言う人です。',
  },
  'high-value-traveller': {
    text: '日本への旅行1回で、100万円以上つかう旅行者です。',
  },
  'pfos-pfoa': {
    text: 'フッ素を使った物質です。なかなか分解されません。体にたまりやすいです。健康への影響が心配されています。',
  },
  roadmap: {
    text: '何をいつまでにするか、年ごとに書いた表です。このサイトでは、2013年の計画の表のことです。2013年9月の終わりのようすが書いてあります。',
    more: '2013年の計画',
  },
  progress: {
    text: '項目がどこまで進んだかを、市が文で書いたものです。「おわった」などの分け方は書いてありません。',
  },
  relisted: {
    text: '同じ項目を、ほかの場所にもう一度のせることです。このサイトは、もとの場所にリンクします。数は2回数えません。',
    more: 'データの読み方',
  },
  'by-site': {
    text: '2013年の項目のようすです。市が書いた文を、このサイトが分けました。市が決めたのではありません。',
    more: '分け方のきまり',
  },
  'no-successor': {
    text: '2013年の項目についてのことばです。2024年度の計画に、続きの事業が見つからないことです。その取り組みがなくなったとは、かぎりません。',
    more: '2つの計画の対応',
  },
  'source-document': {
    text: '熊本市が出した計画のPDFです。このサイトは、それを文字にしました。数字には、原資料の行の番号があります。',
    more: 'このサイトについて',
  },
  'data-version': {
    text: 'このサイトのデータの版を示す記号です。データがかわったときだけ、かわります。',
    more: 'データのダウンロード',
  },
};

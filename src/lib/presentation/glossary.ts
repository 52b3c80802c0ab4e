/**
 * The glossary (用語集): the words a citizen meets on the site, from the plans, the 2013 roadmap and the site's own
 * wording, each explained in plain Japanese. An explanation says only what the documents or the site's method say;
 * where the documents do not define a word, it gives the general meaning and is marked `general`. The page
 * /glossary/ lists them, and the first use of each on other pages links to its entry (src/lib/presentation/glossary-links.ts).
 */
import { NO_PREVIOUS_BUDGET, NO_SUCCESSOR, ROADMAP, nested, planName } from '../format/strings.ts';
import { crosswalkPlan } from '../config/plans.ts';
import { STATUS_BY_SITE } from '../format/status.ts';
import type { Edition } from '../i18n/editions.ts';
import { localize } from '../i18n/editions.ts';
import type { TermWords } from '../i18n/catalogs/ja/glossary.ts';
import { glossaryTerms as enTerms } from '../i18n/catalogs/en/glossary.ts';
import { glossaryTerms as easyTerms } from '../i18n/catalogs/easy/glossary.ts';

/** Where an explanation comes from. */
export type TermSource =
  /** The action plan itself says it (its foreword, a ※ note, a heading). */
  | 'plan'
  /** The 2013 roadmap says it. */
  | 'roadmap'
  /** The site's own wording or method (src/lib/format/strings.ts, /about/, /method/). */
  | 'site'
  /** Neither document defines it: a general explanation. */
  | 'general';

/**
 * A source document whose own word a term is: an action plan (`plan`, any year's) or the 2013 roadmap (`roadmap`).
 * Text quoted from a document is marked with the same name (`data-quote`), and only that document's terms are linked
 * inside it: there a word has the document's meaning, not another document's (the 2013 roadmap's 「事業」 is no FY2024
 * project, its 「区のみちづくりビジョン」 no FY2024 vision).
 */
export type TermDocument = 'plan' | 'roadmap';

export interface Term {
  /** The anchor on /glossary/ (ASCII, stable: other pages link to it). */
  id: string;
  /** The term as it is written on the pages. */
  term: string;
  /** Its reading in hiragana, where a reader may not know it. */
  reading?: string;
  /** Other spellings on the pages that link to the same entry. */
  forms?: readonly string[];
  /**
   * Characters that, right after the term, make it part of another word: 事業 in 事業者 (a business operator) is
   * not a project.
   */
  notBefore?: string;
  /**
   * `false` for a word that the pages use mostly inside a document's name (令和6年度アクションプラン, 熊本市第8次総合計画
   * …): a link there would cut the name in two. The entry is still on the glossary page.
   */
  linked?: false;
  /** The explanation, one or a few plain sentences. */
  text: string;
  source: TermSource;
  /** A page that says more. */
  more?: { label: string; href: string };
  /** The document whose word this is (set from its group); none for the site's own words. */
  document?: TermDocument;
}

export interface TermGroup {
  id: string;
  title: string;
  /** The document whose words the group explains, if it is one document's. */
  document?: TermDocument;
  terms: readonly Term[];
}

export const GLOSSARY: readonly TermGroup[] = [
  {
    id: 'about-plan',
    title: 'アクションプランの用語',
    document: 'plan',
    terms: [
      {
        id: 'action-plan',
        term: 'アクションプラン',
        linked: false,
        text: '熊本市の総合計画を構成するものの一つです。原資料によると、その年度の重点事項や、基本計画に掲げた施策の具体的な事業、検証指標などをとりまとめたもので、毎年度つくられ公表されます。',
        source: 'plan',
      },
      {
        id: 'comprehensive-plan',
        term: '総合計画',
        linked: false,
        reading: 'そうごうけいかく',
        text: '市のまちづくりの長期的な計画です。原資料によると、基本構想・基本計画・アクションプランで構成されます。',
        source: 'plan',
      },
      {
        id: 'priority',
        term: '重点事項',
        reading: 'じゅうてんじこう',
        text: 'その年度に特に力を入れて取り組む事項です。アクションプランの最初の章「1. 重点事項」に掲げられ、それぞれに関係する事業が並んでいます。',
        source: 'plan',
      },
      {
        id: 'vision',
        term: 'ビジョン',
        text: '総合計画の基本計画に掲げられた、めざすまちの姿です。アクションプランの章「2. 各ビジョンにおける主な取組」で、ビジョンごとに施策と事業が並んでいます。',
        source: 'plan',
      },
      {
        id: 'measure',
        term: '施策',
        reading: 'しさく',
        text: 'ビジョンを実現するための取組の柱です。アクションプランでは、ビジョンごとに施策が掲げられ、その具体的な事業が並んでいます。',
        source: 'plan',
      },
      {
        id: 'project',
        term: '事業',
        notBefore: '者所',
        text: '予算が付いた一つひとつの取組です。アクションプランには、事業ごとに名称・説明・予算が書かれています。同じ事業が重点事項とビジョンの両方に載っていることがあり、このサイトの合計では1回だけ数えています。',
        source: 'site',
        more: { label: 'このサイトについて（金額と合計）', href: '/about/' },
      },
      {
        id: 'wards',
        term: '区の取組',
        text: 'アクションプランの章「区における自主自立のまちづくり」に載っている、中央区・東区・西区・南区・北区と5区共通の事業を、このサイトでは「区の取組」と呼んでいます。',
        source: 'site',
      },
      {
        id: 'thousand-yen',
        term: '千円',
        text: '原資料の金額の単位で、「1,000千円」は100万円、「100,000千円」は1億円です。このサイトでは、原資料を示す箇所では千円のまま、一覧やグラフでは「133.8億円」のように億円・万円で示しています。',
        source: 'site',
        more: { label: 'このサイトについて（金額と合計）', href: '/about/' },
      },
      {
        id: 'no-previous-budget',
        term: NO_PREVIOUS_BUDGET,
        text: `原資料の重点事項で前年度の予算の欄が線「(-)」になっている事業を、このサイトでは「${nested(NO_PREVIOUS_BUDGET)}」と示しています（「(一)」と記された欄も、漢数字の「一」ではなく線と読んでいます）。額が記されていないことを示すだけで、前年度に予算がなかったとも、新しい事業だとも限りません。前年度の補正予算に全額が計上された事業もあり、その注記を添えています。`,
        source: 'site',
      },
      {
        id: 'supplementary-budget',
        term: '補正予算',
        reading: 'ほせいよさん',
        text: '年度の途中で、その年度の予算を変更するために組む予算です。アクションプランの事業には、予算の一部または全部が補正予算に計上されているという注記が付いているものがあります。',
        source: 'general',
      },
      {
        id: 'mice',
        term: 'MICE',
        reading: 'マイス',
        text: '企業の会議や研修旅行、国際会議、展示会など、多くの人が集まる催しをまとめた呼び方です（英語の頭文字を並べた語）。',
        source: 'general',
      },
      {
        id: 'ebpm',
        term: 'EBPM',
        text: '証拠に基づいた政策立案のことです（原資料の注記による）。',
        source: 'plan',
      },
      {
        id: 'appearance-care',
        term: 'アピアランスケア',
        text: '外見の変化に起因するがん患者の苦痛を軽減するケアのことです（原資料の注記による）。',
        source: 'plan',
      },
      {
        id: 'advocate',
        term: 'アドボケート',
        text: '意見表明が困難なこどもの立場から意見を代弁する代弁者のことです（原資料の注記による）。',
        source: 'plan',
      },
      {
        id: 'high-value-traveller',
        term: '高付加価値旅行者',
        reading: 'こうふかかちりょこうしゃ',
        text: '訪日旅行1回あたりの総消費額が100万円以上の旅行者のことです（原資料の注記による）。',
        source: 'plan',
      },
      {
        id: 'pfos-pfoa',
        term: 'PFOS・PFOA',
        text: '分解されにくく、体内にたまりやすく、遠くまで運ばれやすい性質がある有機フッ素化合物で、人の健康への影響が指摘されているものです（原資料の注記による）。',
        source: 'plan',
      },
    ],
  },
  {
    id: 'about-roadmap',
    title: `${ROADMAP}の用語`,
    document: 'roadmap',
    terms: [
      {
        id: 'roadmap',
        term: '行程表',
        reading: 'こうていひょう',
        text: `取組をいつ、どこまで進めるかの予定を年度ごとに並べた表です。このサイトの「${ROADMAP}」は、熊本市の「挑戦元年アクションプラン（行程表）進捗状況」のことで、各取組の平成24年度・平成25年度の予定と、平成25年9月末時点の進捗状況が書かれています。`,
        source: 'roadmap',
        more: { label: ROADMAP, href: '/2013/' },
      },
      {
        id: 'progress',
        term: '進捗状況',
        reading: 'しんちょくじょうきょう',
        text: `取組がどこまで進んだかを、熊本市が文章で書いたものです。${ROADMAP}の各取組にあります。完了・実施中などの区分は書かれていません。`,
        source: 'roadmap',
      },
      {
        id: 'relisted',
        term: '再掲',
        reading: 'さいけい',
        text: `同じ取組を別の項目にもう一度載せることです。${ROADMAP}では「【No.31再掲】」のように元の項目の番号が書かれています。このサイトでは元の項目へのリンクとして示し、件数には重ねて数えません。`,
        source: 'roadmap',
        more: { label: 'データの読み取り方法', href: '/method/' },
      },
    ],
  },
  {
    id: 'about-site',
    title: 'このサイトの用語',
    terms: [
      {
        id: 'by-site',
        term: STATUS_BY_SITE,
        text: `${ROADMAP}の取組の状況（完了・実施中・準備・検討中など）は、熊本市が書いた進捗状況の文を、このサイトが公開した規則で分類したものです。熊本市の判定ではありません。`,
        source: 'site',
        more: { label: '進捗状況の判定規則', href: '/method/#status' },
      },
      {
        id: 'no-successor',
        term: NO_SUCCESSOR,
        text: `${ROADMAP}の項目を引き継ぐ事業も、関連する取組・施策・ビジョンも、${crosswalkPlan ? planName(crosswalkPlan) : 'アクションプラン'}に見当たらなかったことを示します（このサイトの読み取り）。アクションプランは主な取組だけを載せているため、取組がなくなったとは限りません。`,
        source: 'site',
        more: { label: '対応表', href: '/2013/crosswalk/' },
      },
      {
        id: 'source-document',
        term: '原資料',
        reading: 'げんしりょう',
        text: '熊本市が公表した計画のPDFを、このサイトがテキストに変換したものです。このサイトの数値には原資料の行番号を添えていて、そこから原資料の全文のその行を開けます。',
        source: 'site',
        more: { label: 'このサイトについて', href: '/about/' },
      },
      {
        id: 'data-version',
        term: 'データ版',
        text: 'このサイトのデータの版を示す英数字です。データの内容から計算した値で、内容が変わったときだけ変わります。データを引用するときに、原資料名とあわせて示してください。',
        source: 'site',
        more: { label: 'データのダウンロード', href: '/data/' },
      },
    ],
  },
];

/** Every term, in the order of the page. */
export const TERMS: readonly Term[] = GLOSSARY.flatMap((g) =>
  g.terms.map((t) => (g.document ? { ...t, document: g.document } : t)),
);

/** The terms whose first use on a page links to their entry. */
export const LINKED_TERMS: readonly Term[] = TERMS.filter((t) => t.linked !== false);

export const GLOSSARY_URL = '/glossary/';

/** The link to a term's entry in an edition's glossary (the Japanese one by default). */
export const termUrl = (id: string, edition: Edition = 'ja'): string => `${localize(edition, GLOSSARY_URL)}#${id}`;

/** A term as one edition's glossary shows it. */
export interface EditionTerm extends Term {
  /** The edition's name for the term (the Japanese term itself on the Japanese site and where none is given). */
  name: string;
  /** The link to a page that says more, in the edition. */
  moreLink?: { label: string; href: string };
}

const WORDS: Record<Exclude<Edition, 'ja'>, Record<string, TermWords>> = { en: enTerms, easy: easyTerms };

// Every edition explains every term, and only those: a term added to the glossary without its words fails the build.
for (const [edition, words] of Object.entries(WORDS)) {
  const ids = new Set(TERMS.map((t) => t.id));
  const missing = [...ids].filter((id) => !words[id]);
  const extra = Object.keys(words).filter((id) => !ids.has(id));
  const noLabel = TERMS.filter((t) => t.more && !words[t.id]?.more).map((t) => t.id);
  if (missing.length || extra.length || noLabel.length)
    throw new Error(
      `glossary (${edition}): no words for ${missing.join(', ') || '-'}; words for unknown ${extra.join(', ') || '-'}; no link label for ${noLabel.join(', ') || '-'}`,
    );
}

/** An edition's glossary: the groups and their terms, named and explained in the edition's words. */
export function glossaryFor(edition: Edition): Array<Omit<TermGroup, 'terms'> & { terms: EditionTerm[] }> {
  return GLOSSARY.map((g) => ({
    ...g,
    terms: g.terms.map((t) => {
      const w = edition === 'ja' ? undefined : WORDS[edition][t.id]!;
      const more = t.more && { label: w?.more ?? t.more.label, href: localize(edition, t.more.href) };
      return { ...t, name: w?.name ?? t.term, text: w?.text ?? t.text, ...(more ? { moreLink: more } : {}) };
    }),
  }));
}

/**
 * The site's Japanese UI wording in one place: names of plans and years, section kinds, statuses and fixed
 * phrases. Document titles, dates and figures come from the data; what is here is the site's own voice.
 */
import type { Project } from '../../schemas/action-plan.ts';
import type { PlanEntry } from '../../schemas/plans.ts';
import { eraYear } from './format.ts';

const grouped = new Intl.NumberFormat('ja-JP');

export { STATUS_LABELS, STATUS_ORDER } from './status.ts';

/** A fiscal year in 和暦 alone, for running text and table heads: 2024 → `令和6年度`. */
export const fiscalYearShort = (gregorian: number): string => eraYear(gregorian).replace(/年$/, '年度');

/** A plan's fiscal year, `令和6年度`. */
export const planYear = (plan: PlanEntry): string => fiscalYearShort(plan.fiscalYear.gregorian);

/** The year before a plan's, whose budget a priority listing prints in parentheses: `令和5年度`. */
export const previousYear = (plan: PlanEntry): string => fiscalYearShort(plan.fiscalYear.gregorian - 1);

/** A plan's short name in running text: `令和6年度アクションプラン`. */
export const planName = (plan: PlanEntry): string => `${planYear(plan)}アクションプラン`;

/** A plan's label in navigation and breadcrumbs: `令和6年度計画`. */
export const planNavLabel = (plan: PlanEntry): string => `${planYear(plan)}計画`;

/** A plan's budget column head: `令和6年度予算`. */
export const budgetOf = (plan: PlanEntry): string => `${planYear(plan)}予算`;

/** Names of the kinds of section a project is listed in. */
export const SECTION_KINDS = { priority: '重点事項', vision: 'ビジョン', ward: '区の取組' } as const;

/** What a 2013 promise shows when the linked plan lists nothing that continues it or is related to it. */
export const NO_SUCCESSOR = '後継・関連する取組の掲載なし';

/** A crosswalk link's strength as the open data labels it (its code: `successor`, `related`). */
export const STRENGTH_LABELS = { successor: '後継', related: '関連' } as const;

/**
 * The headings of a 2013 item's links: a successor is always a project or a table; a related link is worded by what
 * it points at, since a measure or a vision is a policy heading rather than a programme.
 */
export const LINK_HEADINGS = {
  successor: '後継事業',
  related: '関連する取組',
  measure: '関連する施策',
  vision: '関連するビジョン',
} as const;

/** The headings of a plan's record's links back to the 2013 roadmap, by strength. */
export const PREDECESSOR_HEADINGS = {
  successor: '2013年の行程表での前身',
  related: '関連する2013年の取組',
} as const;

/** One sentence per strength for a plan's record's links back to the 2013 roadmap (PREDECESSOR_HEADINGS). */
export const PREDECESSOR_EXPLAINED = {
  successor:
    '「2013年の行程表での前身」は、この取組が同じ対象・同じ目的のまま引き継いでいる取組を載せた、2013年の項目です（名称が変わったものを含みます）。',
  related: '「関連する2013年の取組」は、同じ政策分野で、範囲が広い・狭い、または一部が重なる2013年の項目です。',
} as const;

/**
 * Whether an item of the 2013 roadmap has a successor, related links only, or nothing in the linked plan. A related
 * link may point at a project, a table, a measure or a vision, so the label names none of them: STRENGTH_EXPLAINED
 * says what 関連 covers wherever the label is shown.
 */
export const CROSSWALK_STATUS_LABELS = {
  successor: '後継事業あり',
  related: '関連のみ',
  none: NO_SUCCESSOR,
} as const;

/** One sentence per strength, said wherever the links are shown and on /method/. */
export const STRENGTH_EXPLAINED = {
  successor:
    '「後継事業」は、アクションプランの事業（または表）が2013年の項目と同じ対象・同じ目的のまま続いているものです（名称が変わったものを含みます）。',
  related:
    '「関連する取組」「関連する施策」「関連するビジョン」は、同じ政策分野で、範囲が広い・狭い、または一部が重なるものです。施策とビジョンは政策の見出しなので、後継事業にはしていません。',
} as const;

/** Whose reading the crosswalk is: said beside every list of its links. */
export const CROSSWALK_READING =
  'この結び付けは、両方の資料を読み比べたこのサイトの判断で、熊本市が示したものではありません。両方の資料にある語は確かめるための手がかりで、結び付けた理由ではありません。';

/**
 * What an item page says when the site found nothing in the linked plan (its name, `令和6年度アクションプラン`): the
 * site's reading, not a fact about the plan, and not the end of the programme.
 */
export const noLinkFound = (plan: string): string =>
  `このサイトの読み取りでは、${plan}に、この項目に続く取組の記載は見当たりませんでした（アクションプランは主な取組だけを載せているため、取組がなくなったとは限りません）。`;

/** The heading of the candidates considered for an item's links and not linked, each shown with the reason. */
export const REJECTED_HEADING = '結び付けなかった候補';

/** What the candidates under REJECTED_HEADING are. */
export const REJECTED_EXPLAINED = '対応表を作るときに検討し、次の理由で結び付けなかったものです（このサイトの判断）。';

/** Whose reading an item without links is. */
export const CROSSWALK_NONE_READING =
  'つながる記載がないという判断は、両方の資料を読み比べたこのサイトによるもので、熊本市が示したものではありません。';

/** The wording both texts share, shown as evidence under a link. */
export const sharedEvidence = (wording: string): string => `両方の資料にある語：「${wording}」`;

/** Which 2013 sub-item a link is about, when it is about one sub-item rather than the whole item. */
export const subitemScope = (name: string): string => `この項目のうち取組「${nested(name)}」についての結び付けです。`;

/**
 * The one wording for a previous-year budget column the source fills with a line (`(-)`, or `(一)`, which looks like
 * the kanji for one) in a priority listing, in tables, lists, charts and summaries alike. It says what is printed and
 * no more: the line does not say there was no budget (こども誰でも通園制度's whole amount was in the previous year's
 * supplementary budget, as its remark says), nor that the project is new.
 */
export const NO_PREVIOUS_BUDGET = '前年度欄は「－」';

/** How the site reads `(一)` wherever it quotes it: a line, not the kanji. */
export const KANJI_DASH_READING = '「(一)」は漢数字の「一」ではなく、線（－）の代わりに使われていると思われます。';

/**
 * NO_PREVIOUS_BUDGET for one project, with the meaning of its budget remarks beside it where it has any:
 * `前年度欄は「－」（全額を令和5年度2月補正予算に計上）`.
 */
export const noPreviousBudgetLabel = (p: Pick<Project, 'notes'>): string =>
  p.notes.length
    ? `${NO_PREVIOUS_BUDGET}（${p.notes.map((n) => budgetNoteLabel(n.kind)).join('、')}）`
    : NO_PREVIOUS_BUDGET;

/**
 * The note that explains NO_PREVIOUS_BUDGET once where it is shown, quoting the marks the source prints for these
 * projects (and what `(一)` is, where it is one of them); null when none of them has such a mark.
 */
export function noPreviousBudgetNote(projects: readonly Project[]): string | null {
  const marks = [
    ...new Set(
      projects.flatMap((p) =>
        p.appearances.flatMap((a) =>
          a.previousBudget && a.previousBudget.thousandYen === null ? [a.previousBudget.text] : [],
        ),
      ),
    ),
  ];
  if (!marks.length) return null;
  const kanji = marks.some((m) => m.includes('一')) ? KANJI_DASH_READING : '';
  return `「${nested(NO_PREVIOUS_BUDGET)}」は、原資料で前年度の予算の欄が${marks.map((m) => `「${m}」`).join('や')}と記されている事業です。${kanji}前年度の予算額が記されていないため、増減と増減率は示していません。予算の注記がある事業は、その意味を添えています。`;
}

/**
 * Where a figure includes amounts that the projects' remarks say were put in a supplementary budget (e.g. the whole
 * of こども誰でも通園制度 in 令和5年度's February one): a sentence naming them, for beside the figure, whose printed value
 * stays as it is; null when none is. `what` names the figure: `この合計`.
 */
export function supplementaryIn(
  what: string,
  projects: readonly Pick<Project, 'title' | 'budgetThousandYen' | 'notes'>[],
): string | null {
  const noted = projects.filter((p) => p.notes.length);
  if (!noted.length) return null;
  const list = noted
    .map(
      (p) =>
        `「${p.title}」の${grouped.format(p.budgetThousandYen)}千円（注記「${p.notes.map((n) => n.text).join('、')}」：${p.notes.map((n) => budgetNoteLabel(n.kind)).join('、')}）`,
    )
    .join('、');
  return `${what}には、予算の注記で補正予算への計上が記された額が含まれています：${list}。額は原資料のとおりです。`;
}

/**
 * What the source says of a project's previous-year budget: `printed`, a figure is printed (in a priority listing);
 * `none`, a mark says there was none (NO_PREVIOUS_BUDGET); `not-printed`, nothing is said (the project is listed only
 * in a vision or a ward, whose listings print no previous year).
 */
export type PreviousBudgetStatus = 'printed' | 'none' | 'not-printed';

/** A project's PreviousBudgetStatus, from its listings. */
export function previousBudgetStatus(p: Pick<Project, 'appearances'>): PreviousBudgetStatus {
  const printed = p.appearances.flatMap((a) => (a.previousBudget ? [a.previousBudget] : []));
  if (!printed.length) return 'not-printed';
  return printed.some((b) => b.thousandYen !== null) ? 'printed' : 'none';
}

/** The Japanese label of each PreviousBudgetStatus, for the open data's label column. */
export const PREVIOUS_BUDGET_STATUS_LABELS: Readonly<Record<PreviousBudgetStatus, string>> = {
  printed: '前年度の予算額の記載あり',
  none: NO_PREVIOUS_BUDGET,
  'not-printed': '前年度の予算額の記載なし',
};

/**
 * Why the complete list shows nothing for a ward and a priority or vision together (src/lib/browser/list-view.ts,
 * `EmptyReason`): a ward's own projects are listed apart, and the city-wide ones serve every ward.
 */
export const WARD_APART_REASON =
  '{value}の取組には、{others}の事業はありません。区の取組は「区における自主自立のまちづくり」の章に区ごとに掲載された事業で、重点事項やビジョンとは別に掲載されています。重点事項とビジョンの事業は区を分けずに掲載された市全体の事業で、どの区の住民も対象です。';

/** The button that takes one filter away from an empty list: `「東区」の絞り込みを外す（7件）`. */
export const widenLabel = (value: string, count: number): string => `「${value}」の絞り込みを外す（${count}件）`;

/**
 * Under an overview's first amount (the plan page): its amounts are in the readable form, and where the exact figure is.
 */
export const OVERVIEW_MONEY_NOTE =
  'このページの金額は、1億円以上を億円（小数第1位まで）、それ未満を万円で示します。ただし、互いに比べる金額（表の一つの列、グラフの一つの目盛りの額）は、1億円未満の額があれば全部を万円で示し、単位をそろえます。千円単位の正確な額は、表の金額にポインターを合わせると表示され、重点事項・ビジョン・区の各ページとグラフのデータにもあります。';

/**
 * What a ward page and the wards' overview say of 区の取組, in the plan's own terms: the plan lists the wards' main
 * projects (主な取組) in its chapter 区における自主自立のまちづくり and prints a まちづくり推進経費 beside them, without
 * saying how the two relate; the city-wide projects of the priorities and visions are listed for no ward in
 * particular, so they serve every ward too.
 */
export const WARD_STORY = {
  heading: '区の取組とは',
  /** `東区の取組は、…` */
  what: (ward: string, count: number) =>
    `${ward}の取組は、アクションプランの「区における自主自立のまちづくり」の章に${ward}の取組として掲載された${count}事業です。`,
  /** The chapter's aim, its last sentence quoted whole, before its line reference. */
  aim: (sentence: string) => `この章で市は「${sentence}」と書き、区ごとにめざすまちづくりと取組を載せています`,
  /** The plan's own sentence on what it lists, before its line reference. */
  listed: (sentence: string) => `資料は、この章とビジョンの章について「${sentence}」と書いています`,
  /** The budget frame as printed (`各区19百万円、共通5百万円、計1億円`), before its line reference. */
  frame: (printed: string) => `同じ章には、まちづくり推進経費が「${printed}」と記されています`,
  /** What the site can and cannot say of the frame and the listed projects. */
  frameAndProjects: (ward: string, frame: string, count: number, listed: string) =>
    `${ward}の枠は${frame}、掲載された${count}事業の合計は${listed}です。`,
  /** What the plan leaves unsaid of the frame. */
  frameUnknown: '掲載された事業の費用がこの経費から出るのか、枠の残りが何に使われるのかは、資料に書かれていません。',
  /** The city-wide projects, before the links to them. */
  cityWide: (ward: string, count: number) =>
    `重点事項とビジョンに掲載された${count}事業は、区を分けずに掲載された市全体の事業で、${ward}の住民も対象です。`,
  /** The same, on the wards' overview. */
  cityWideAll: (count: number) =>
    `重点事項とビジョンに掲載された${count}事業は、区を分けずに掲載された市全体の事業で、どの区の住民も対象です。`,
} as const;

/** The wording of a budget remark, from the kind the parser read: `全額を令和5年度2月補正予算に計上`. */
export function budgetNoteLabel(kind: string): string {
  const year = fiscalYearShort(Number(/fy(\d{4})/.exec(kind)![1]));
  if (kind.endsWith('-feb-supplementary-full')) return `全額を${year}2月補正予算に計上`;
  if (kind.endsWith('-feb-supplementary-partial')) return `一部を${year}2月補正予算に計上`;
  return `${year}補正予算を含む`;
}

/**
 * The 2013 document, 「挑戦元年アクションプラン(行程表) 進捗状況」, has one name in the site's own text: 2013年の行程表.
 * A page's first mention adds the document's own name, 挑戦元年アクションプラン; later mentions use the short name.
 */
export const ROADMAP = '2013年の行程表';

/** The first mention of the 2013 document on a page: `2013年の行程表（挑戦元年アクションプラン）`. */
export const ROADMAP_FIRST = `${ROADMAP}（挑戦元年アクションプラン）`;

/**
 * What the document says about its name, and no more: 挑戦元年アクションプラン stands on its cover (line 3) and heads
 * every table page (`挑戦元年アクションプラン(行程表)進捗状況`, lines 22, 67, 89 …); no line explains it. The note
 * says where the name stands and that the document gives no explanation, without guessing at one.
 */
export const ROADMAP_NAME_NOTE =
  '「挑戦元年アクションプラン」は、資料の表紙と各ページの見出しに書かれている計画の名称です。資料には、この名称についての説明はありません。';

/** One numbered item of the 2013 document: `2013年の行程表 No.44`. */
export const roadmapItemName = (no: number): string => `${ROADMAP} No.${no}`;

/** Quotation marks inside a quotation, as Japanese writes them: 「…「協定書」…」 → 「…『協定書』…」. */
export const nested = (text: string): string => text.replace(/「/g, '『').replace(/」/g, '』');

/**
 * A title in 「」 for running text. A title that already begins or ends with a bracket (「結婚支援センター」の開設) is
 * left as printed: wrapped again it would read 「「結婚支援センター」の開設」.
 */
export const quoted = (title: string): string => (/^[「『]|[」』]$/.test(title) ? title : `「${title}」`);

/**
 * Under a list that sorts titles in 五十音順: the readings are the site's (the documents print none), and where to
 * find them. `name` is what the title is called there (事業名, 項目名), as in the open data's column 「…の読み」.
 */
export const readingOrderNote = (name: string): string =>
  `「${name}の五十音順」は、${name}の読みの順です（かっこや記号は除きます）。原資料には読みが書かれていないため、読みはこのサイトが付けたもので、オープンデータの「${name}の読み」の列にあります。`;

/** Above a table that keeps its columns on a narrow screen and scrolls sideways. */
export const SCROLL_HINT = '横にスクロールできます';

/**
 * The open-data records other tools read (/data/<plan>/projects.json, /data/2013/items.json) and the Japanese labels
 * of every code the files carry. The record field names are a published contract: add fields, never rename or remove
 * one. The labels are the code tables of the data dictionary (機械可読性ルール L3-02); where the site already names a
 * code (statuses, section kinds, 後継・関連する取組の掲載なし), the same wording is used.
 */
import type { BudgetNote, Figure, Project, ProjectLink, QualityNote } from '../../schemas/action-plan.ts';
import type { Item, RoadmapQualityNote, StatusRule } from '../../schemas/roadmap2013.ts';
import type { CrosswalkLink, LinkKind } from '../../schemas/crosswalk.ts';
import type { PlanEntry } from '../../schemas/plans.ts';
import type { PlanData, Roadmap2013 } from '../data/collections.ts';
import { sectionInfo } from '../data/collections.ts';
import {
  CROSSWALK_STATUS_LABELS,
  STATUS_LABELS,
  STRENGTH_LABELS,
  budgetNoteLabel,
  planName,
  planYear,
} from '../format/strings.ts';
import { itemUrl, openDataUrl } from '../config/urls.ts';
import { plainNoteWords } from '../i18n/notes.ts';

/** The licence of the site's own text and data (/about/#terms); the Japanese deed is `${CC_BY}deed.ja`. */
export const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

export { openDataUrl };

/** What each kind of 千円 figure is. */
export const FIGURE_KIND_LABELS: Record<Figure['kind'], string> = {
  budget: '計画の年度の予算',
  'previous-budget': '前年度の予算',
  other: '予算以外の金額',
};

/** How a project of one plan was followed into the next. */
export const LINKED_BY_LABELS: Record<ProjectLink['by'], string> = {
  'same-title': '事業名が同じ',
  renamed: '名称の変更（このサイトが確認）',
};

/** What a 2013 item is linked to. */
export const SUCCESSOR_KIND_LABELS: Record<LinkKind, string> = {
  project: '事業',
  table: '表',
  measure: '施策',
  vision: 'ビジョン',
};

/** Whether the linked plan continues a 2013 item: a successor, related links only, or nothing. */
export const SUCCESSOR_STATUS_LABELS = CROSSWALK_STATUS_LABELS;

/** The kinds of inconsistency the quality notes record, in both kinds of document. */
export const QUALITY_NOTE_KIND_LABELS: Record<QualityNote['kind'] | RoadmapQualityNote['kind'], string> = {
  'title-variant': '事業名の表記の違い',
  'description-variant': '掲載箇所による説明文の違い',
  'note-variant': '掲載箇所による予算の注記の違い',
  'related-vision-title': '関連するビジョンの名称の表記の違い',
  'as-printed': '原資料のとおりに示す表記（誤字や異体字など）',
  'kanji-dash': '漢数字の「一」に見える記号（前年度欄の線「－」）',
  'part-title-variant': '部の名称の表記の違い',
  'relisting-variant': '再掲と元の項目の記載の違い',
  'spilled-cell': 'PDFからの変換による欄のずれ',
  'shared-progress': '複数の取組に共通の進捗状況',
  'divided-progress': '語句で取組ごとに分けた進捗状況',
};

/** A plan's name with its year in both calendars (機械可読性ルール L3-05): `令和6年度アクションプラン（2024年度）`. */
export const planLabel = (plan: PlanEntry): string => `${planName(plan)}（${plan.fiscalYear.gregorian}年度）`;

/** The year a budget remark names, from its kind: `fy2023-feb-supplementary-full` → 2023. */
export const budgetNoteYear = (kind: string): number => Number(/fy(\d{4})/.exec(kind)![1]);

/** A budget remark's meaning, its year also in the Western calendar: `全額を令和5年度（2023年度）2月補正予算に計上`. */
export const budgetNoteMeaning = (kind: string): string =>
  budgetNoteLabel(kind).replace(/^(.*?年度)/, `$1（${budgetNoteYear(kind)}年度）`);

/** The description of the rule that decided a status; an item decided by re-listed sub-items only says so first. */
export function statusRuleLabel(rules: readonly StatusRule[], id: string): string {
  const rule = (x: string) => rules.find((r) => r.id === x)?.description ?? x;
  return id.startsWith('relisted-only:')
    ? `${rule('relisted-only')} ${rule(id.slice('relisted-only:'.length))}`
    : rule(id);
}

/** A budget remark as published: its code, meaning, year, wording and line. */
export const openBudgetNote = (n: BudgetNote) => ({
  kind: n.kind,
  label: budgetNoteMeaning(n.kind),
  fiscalYear: budgetNoteYear(n.kind),
  text: n.text,
  line: n.line,
});

/** What the project page shows besides the project itself, gathered by the caller. */
export interface ProjectContext {
  /** The same project in the other plans that list it. */
  otherPlans: Array<{ plan: PlanEntry; id: string; title: string; budgetThousandYen: number; url: string }>;
  /** 2013 items linked to it (crosswalk plan only), with the link. */
  predecessors: Array<{ no: number; title: string; link: CrosswalkLink }>;
}

export function openProject(f: PlanData, p: Project, context: ProjectContext) {
  const plan = f.entry;
  return {
    id: p.id,
    url: openDataUrl(`/${plan.id}/projects/${p.id}/`),
    title: p.title,
    otherTitles: p.otherTitles,
    description: p.description,
    budgetThousandYen: p.budgetThousandYen,
    previousBudgetThousandYen: p.previousBudgetThousandYen,
    notes: p.notes.map((n) => n.text),
    sections: p.sections,
    sourceLines: p.sourceLines,
    appearances: p.appearances.map((a) => ({
      section: a.section,
      sectionTitle: sectionInfo(f, a.section).title,
      group: a.group,
      title: a.title,
      titleLine: a.titleLine,
      description: a.description,
      descriptionLine: a.descriptionLine,
      budgetThousandYen: a.budgetThousandYen,
      budgetLine: a.budgetLine,
      previousBudgetThousandYen: a.previousBudget?.thousandYen ?? null,
      previousBudgetText: a.previousBudget?.text ?? null,
      previousBudgetLine: a.previousBudget?.line ?? null,
    })),
    plan: plan.id,
    fiscalYear: plan.fiscalYear.gregorian,
    fiscalYearLabel: planYear(plan),
    sectionTitles: p.sections.map((s) => sectionInfo(f, s).title),
    budgetNotes: p.notes.map(openBudgetNote),
    indicators: p.indicators.map((i) => ({ label: i.label, details: i.details, line: i.line })),
    footnotes: p.footnotes.map((n) => ({ text: n.text, line: n.line })),
    tableIds: p.tableIds,
    qualityNotes: f.qualityNotes
      .filter((n) => n.projectId === p.id)
      .map((n) => ({
        id: n.id,
        kind: n.kind,
        kindLabel: QUALITY_NOTE_KIND_LABELS[n.kind],
        ...plainNoteWords(n),
      })),
    otherPlans: context.otherPlans.map((o) => ({
      plan: o.plan.id,
      fiscalYear: o.plan.fiscalYear.gregorian,
      id: o.id,
      title: o.title,
      budgetThousandYen: o.budgetThousandYen,
      url: openDataUrl(o.url),
    })),
    predecessors: context.predecessors.map((x) => ({
      no: x.no,
      title: x.title,
      url: openDataUrl(itemUrl(x.no)),
      shared: x.link.shared,
      strength: x.link.strength,
      strengthLabel: STRENGTH_LABELS[x.link.strength],
      note: x.link.note,
      subitem: x.link.subitem?.name ?? null,
      via: x.link.kind === 'project' ? null : { kind: x.link.kind, id: x.link.id, title: x.link.title },
    })),
  };
}

/** The open-data record of a 2013 roadmap item (/data/2013/items.json). Same contract rule as above. */
export function openItem(r: Roadmap2013, item: Item, successors: readonly CrosswalkLink[]) {
  const part = r.parts.find((p) => p.id === item.part)!;
  return {
    no: item.no,
    url: openDataUrl(itemUrl(item.no)),
    part: item.part,
    chapter: item.chapter,
    category: item.categoryId,
    kana: item.kana,
    title: item.title,
    line: item.line,
    status: item.status,
    statusRule: item.statusRule,
    asOf: '2013-09-30' as const,
    subitems: item.subitems.map((s) => ({
      id: s.id,
      name: s.name,
      fy2012: s.fy2012.raw,
      fy2013: s.fy2013.raw,
      fy2013Resolved: s.fy2013.resolved,
      progress: s.progress,
      status: s.status,
      statusRule: s.statusRule,
      statusEvidence: [...new Set(s.statusEvidence)],
      statusQuotes: [...new Set(s.statusQuotes)],
      nameReading: s.nameReading,
      fy2012Entries: s.fy2012.entries,
      fy2013Entries: s.fy2013.entries,
      fy2013ResolvedEntries: s.fy2013.resolvedEntries,
      progressEntries: s.progressEntries,
      relistingOf: s.relistingOf,
      line: s.line,
      statusLabel: STATUS_LABELS[s.status],
      statusRuleLabel: statusRuleLabel(r.statusRules, s.statusRule),
      progressShared: s.progressShared,
      progressDividedByWording: s.progressDividedByWording,
    })),
    successors: successors.map(({ kind, id, title, url, shared, note, strength, subitem }) => ({
      kind,
      id,
      title,
      url: openDataUrl(url),
      shared,
      kindLabel: SUCCESSOR_KIND_LABELS[kind],
      note,
      strength,
      strengthLabel: STRENGTH_LABELS[strength],
      subitem,
    })),
    partTitle: part.title,
    chapterTitle: item.chapter ? (part.chapters.find((c) => c.number === item.chapter)?.title ?? null) : null,
    categoryTitle: r.categoryById.get(item.categoryId)!.title,
    statusLabel: STATUS_LABELS[item.status],
    statusRuleLabel: statusRuleLabel(r.statusRules, item.statusRule),
  };
}

/**
 * How the files meet 「行政データにおける機械可読性に関するルール」 (各府省庁DX推進連絡会議, 2026-03-31; published as
 * CSV and JSON in digital-go-jp/machine_readability_rule), rule by rule, for the downloads page and the README. Each
 * claim is checked by tests/unit/open-data.test.ts and tests/e2e/open-data.spec.ts where a program can check it.
 */
export const MACHINE_READABILITY: ReadonlyArray<{ id: string; rule: string; how: string }> = [
  { id: 'L1-01', rule: '機械が直接読み取れる形式', how: 'CSVとJSONで公開し、JSONにはJSON Schemaを付けています。' },
  { id: 'L1-02', rule: '1ファイルに1つの表', how: 'CSVは1ファイル1表です。' },
  { id: 'L1-03', rule: 'データが分断されていない', how: '空白の行や列はありません。' },
  {
    id: 'L1-04',
    rule: 'データ本体と無関係な情報がない',
    how: 'タイトルや注記はファイルに入れず、データ辞書とREADMEにまとめています。',
  },
  { id: 'L1-05', rule: 'すべての列に意味が推測できる項目名', how: 'CSVの列名はすべて日本語の名称です。' },
  {
    id: 'L1-06',
    rule: 'スペースや改行で体裁を整えていない',
    how: '体裁のための空白や改行はありません（原資料の文中にある空白は、原資料のとおり残しています）。',
  },
  {
    id: 'L1-07',
    rule: '1セル1データ',
    how: '複数の値を持つ項目（掲載箇所、指標、注記の行など）はJSONにだけ置き、CSVでは1件1行の別のファイルにしています。',
  },
  {
    id: 'L1-08',
    rule: '機種依存文字（原資料の記号は原資料のとおり）',
    how: 'このサイトが付ける値や列名には機種依存文字を使っていません。原資料の文は表記を変えずに載せるため、原資料にある記号（①、☑など）はそのまま残しています（ルールの「固有名詞の正確な記述」の例外にあたります）。',
  },
  { id: 'L1-09', rule: '空白とゼロの区別', how: '値がない場合は空欄、ゼロは0です。' },
  {
    id: 'L1-14',
    rule: '【CSV】1行1データ',
    how: 'セルの中に改行はありません。改行を含む文は段落や行ごとに1行にしています。',
  },
  {
    id: 'L1-15',
    rule: '【CSV】カンマを含む値はダブルクォートで囲む',
    how: 'カンマや「"」を含む値は「"」で囲んでいます。',
  },
  {
    id: 'L2-01',
    rule: '数値データは数値のみ',
    how: '金額は千円単位の整数で、単位は列名とデータ辞書に書いています。',
  },
  { id: 'L2-02', rule: '項目名等を省略していない', how: '同じ値でも各行に繰り返して書いています。' },
  { id: 'L2-03', rule: '列ごとに一意な項目名', how: '1つのファイルの中で同じ列名はありません。' },
  {
    id: 'L2-04',
    rule: '選択肢の標準化',
    how: '状況などは、表記の揺れのないコード（英数字）と日本語の名称の2列で書いています。',
  },
  { id: 'L2-05', rule: '選択肢と「その他」の詳細の分離', how: '「その他」を選ぶ列はありません（該当なし）。' },
  { id: 'L3-01', rule: '先頭行が項目名、次の行からデータ', how: 'どのCSVも先頭行が列名、次の行からデータです。' },
  {
    id: 'L3-02',
    rule: 'コード表',
    how: 'コードの列には日本語の名称の列を並べ、すべてのコードをコード表（codes.csv）に載せています。',
  },
  {
    id: 'L3-03',
    rule: '数値の列の特殊記号の定義',
    how: '数値の列に記号は入れません。前年度の予算の欄の線「(-)」「(一)」（「(一)」は漢数字の「一」ではなく、線の代わりに使われていると思われます）は表記の列に原資料のとおり書き、数値の列は空欄です。',
  },
  { id: 'L3-04', rule: 'データの単位', how: '単位（千円、年度、行目、件）を列名とデータ辞書に書いています。' },
  {
    id: 'L3-05',
    rule: '時間軸の表記の標準化',
    how: '年度は西暦の列を設け、和暦には西暦を併記しています。2013年の行程表の状況は2013年（平成25年）9月末時点です。',
  },
  {
    id: 'L3-06',
    rule: '地域コードまたは正式な地域名称',
    how: '区は正式な名称（中央区など）と区ID（chuo など）で書いています。',
  },
  {
    id: 'L3-07',
    rule: '年によってフォーマットが変わらない',
    how: 'どの年度のアクションプランも同じ列のファイルです。',
  },
  {
    id: 'L3-08',
    rule: 'データの定義や更新履歴',
    how: 'データ辞書に列ごとの定義と出典、項目名（物理名、英数字）を載せ、データ版（内容から計算）と作成日を示しています。文字コードはUTF-8（BOM付き）です。',
  },
  {
    id: 'L3-09',
    rule: '縦持ち形式',
    how: '資料中の表のセル、段落、注記、指標などは縦持ち（1件1行）です。',
  },
];

/** The rules about Excel files, which CSV and JSON files cannot break. */
export const MACHINE_READABILITY_EXCEL_ONLY = ['L1-10', 'L1-11', 'L1-12', 'L1-13', 'L2-06'] as const;

/**
 * The open-data files: one zod schema per dataset, every column with its Japanese name and its meaning. The same
 * schemas produce the CSV header, the data dictionary (page, CSV and JSON) and the JSON Schema files, and validate
 * every row before it is written.
 *
 * Field names stay alphanumeric for programs (the JSON keys); each column's Japanese name (`title`) is the CSV header
 * a person reads, as 「行政データにおける機械可読性に関するルール」 (L1-05, L3-08) asks. A CSV holds one datum per cell:
 * a list stays in the JSON only and has its own long-format file, one value per row.
 */
import { z } from 'zod';

/** What the dictionary and the CSV need to know of a column besides its type, name and meaning. */
export interface ColumnInfo {
  /** The Japanese column name: the CSV header and the dictionary's 列名. */
  title: string;
  /** What it is and where in the source it comes from. */
  description: string;
  /** The unit of a number (千円, 行目, 年度 …). */
  unit?: string;
  /** For a coded column: the column beside it that holds each code's Japanese label. */
  label?: string;
  /** For a list, kept in the JSON only: the dataset that carries it in CSV, one value per row. */
  jsonOnly?: string;
  /** How the CSV writes the value where it differs from the JSON (see csvId). */
  csvForm?: CsvForm;
}

/**
 * A column's CSV form where it differs from the JSON: the dictionary's explanation and the function that writes it,
 * declared together on the column so that a column cannot be explained and not written, or written and not explained.
 */
export interface CsvForm {
  /** Which form it is, for the editions that explain it in their own words. */
  kind: CsvFormKind;
  /** How the dictionary explains it (CSVでの書き方). */
  text: string;
  /** The CSV cell from the row's value; the whole row for a column whose form depends on another (a successor's kind). */
  write: (value: unknown, row: Readonly<Record<string, unknown>>) => unknown;
}

/** The CSV forms: a project's ID, a measure's, a table's owner (vision or project), a linked record's (by its kind). */
export type CsvFormKind = 'project' | 'measure' | 'attachedTo' | 'successor';

/** Column metadata beyond title and description (which go to the JSON Schema through zod's own registry). */
export const columnInfo = z.registry<ColumnInfo>();

function col<T extends z.ZodType>(type: T, info: ColumnInfo): T {
  const schema = type.meta({ title: info.title, description: info.description }) as T;
  columnInfo.add(schema, info);
  return schema;
}

/**
 * CSV forms of IDs that a spreadsheet on Japanese settings would not keep as text: a measure number `1-1` becomes
 * 1月1日, and a project ID of hex digits only (`19715850`, 2 of the 104 in FY2024) becomes a number. The kind goes in
 * front, as in the site's own keys (`vision-1`, `priority-1`), so every ID cell starts with a letter. The JSON keeps
 * the IDs as the site and its URLs use them.
 */
export const csvId = {
  project: (id: string): string => `project-${id}`,
  measure: (id: string): string => `measure-${id}`,
};
const PROJECT_TEXT = 'CSVでは先頭に「project-」を付けます（例：project-c15a479c）。JSONとURLでは付けません';
const MEASURE_TEXT = 'CSVでは先頭に「measure-」を付けます（例：measure-1-1）。JSONでは 1-1';
// An empty cell (null) stays empty.
const projectCell = (id: unknown) => (typeof id === 'string' ? csvId.project(id) : id);
const measureCell = (id: unknown) => (typeof id === 'string' ? csvId.measure(id) : id);
const PROJECT_FORM: CsvForm = { kind: 'project', text: PROJECT_TEXT, write: projectCell };
const MEASURE_FORM: CsvForm = { kind: 'measure', text: MEASURE_TEXT, write: measureCell };
/** A table's owner: a vision's ID as it is (it starts with a letter), a project's in its CSV form. */
const ATTACHED_TO_FORM: CsvForm = {
  kind: 'attachedTo',
  text: `事業のIDは${PROJECT_TEXT}`,
  write: (id) => (String(id).startsWith('vision-') ? id : projectCell(id)),
};
/** A linked record's ID in the form of its kind (the row's successor_kind): a project's, a measure's; a table's or vision's as it is. */
const SUCCESSOR_FORM: CsvForm = {
  kind: 'successor',
  text: `${PROJECT_TEXT}。施策は${MEASURE_TEXT}。表とビジョンのIDはそのまま`,
  write: (id, row) =>
    row['successor_kind'] === 'project' ? projectCell(id) : row['successor_kind'] === 'measure' ? measureCell(id) : id,
};

const text = (title: string, description: string) => col(z.string(), { title, description });
const textOrNull = (title: string, description: string) =>
  col(z.string().nullable(), { title, description: `${description}。ない場合は空欄` });
const line = (title: string, what: string) =>
  col(z.number().int().positive(), {
    title,
    description: `${what}（原資料のテキスト版の行番号。1から数える）`,
    unit: '行目',
  });
const lineOrNull = (title: string, what: string) =>
  col(z.number().int().positive().nullable(), {
    title,
    description: `${what}（原資料のテキスト版の行番号）。ない場合は空欄`,
    unit: '行目',
  });
const thousandYen = (title: string, what: string) =>
  col(z.number().int().nonnegative(), { title, description: `${what}（整数）`, unit: '千円' });
const thousandYenOrNull = (title: string, what: string) =>
  col(z.number().int().nonnegative().nullable(), {
    title,
    description: `${what}（整数）。記載がない場合は空欄（0とは区別します）`,
    unit: '千円',
  });
const fiscalYear = (title: string, what: string) =>
  col(z.number().int(), { title, description: `${what}（西暦。4月に始まる年度）`, unit: '年度' });
const fiscalYearOrNull = (title: string, what: string) =>
  col(z.number().int().nullable(), {
    title,
    description: `${what}（西暦。4月に始まる年度）。ない場合は空欄`,
    unit: '年度',
  });
const signedThousandYenOrNull = (title: string, what: string) =>
  col(z.number().int().nullable(), {
    title,
    description: `${what}（整数。減少は負の数）。ない場合は空欄（0とは区別します）`,
    unit: '千円',
  });
const percentOrNull = (title: string, what: string) =>
  col(z.number().nullable(), { title, description: `${what}。ない場合は空欄`, unit: '%' });
const count = (title: string, what: string) =>
  col(z.number().int().nonnegative(), { title, description: what, unit: '件' });
const position = (title: string, what: string) => col(z.number().int(), { title, description: what });
const code = (title: string, description: string, label: string) => col(z.string(), { title, description, label });
const codeOrNull = (title: string, description: string, label: string) =>
  col(z.string().nullable(), { title, description: `${description}。ない場合は空欄`, label });
const url = (title: string, what: string) =>
  col(z.string(), {
    title,
    description: `${what}。サイトの公開アドレスを設定して作ったデータでは https:// から始まる絶対URL、設定のないビルドではサイト内のパス（/ から始まる）`,
  });
const yesNo = (title: string, description: string) =>
  col(z.boolean(), { title, description: `${description}（JSONでは true / false、CSVでは「はい」「いいえ」）` });
const projectId = (title: string, what: string) =>
  col(z.string(), {
    title,
    description: `${what}（正規化した事業名のSHA-256の先頭8桁。ページのURLに使う）`,
    csvForm: PROJECT_FORM,
  });
/** A list (or a text with line breaks) kept in the JSON only; `file` carries it in CSV, one value per row. */
const jsonOnly = <T extends z.ZodType>(type: T, title: string, description: string, file: string) =>
  col(type, { title, description: `${description}（JSONのみ。CSVでは ${file}.csv に1件1行）`, jsonOnly: file });

/** Labels shared by several plan datasets. */
const planYearColumns = {
  fiscal_year: fiscalYear('予算の年度（西暦）', '予算額の年度。計画の対象年度'),
  fiscal_year_label: text('予算の年度（和暦）', '予算額の年度の和暦表記（例：令和6年度）'),
};

export const ProjectRow = z.object({
  id: projectId('事業ID', '事業のID'),
  title: text('事業名', '事業名（最初の掲載箇所の表記。ほかの表記は appearances.csv）'),
  title_reading: text('事業名の読み', '事業名の読み（ひらがな。かっこ・記号は除く）。一覧の五十音順はこの読みの順'),
  description: text('事業の説明', '事業の説明文（最初の掲載箇所）'),
  ...planYearColumns,
  budget_thousand_yen: thousandYen('予算額（千円）', '計画の年度の予算額'),
  previous_budget_status: code(
    '前年度の予算の記載',
    '前年度の予算について原資料が記すこと。printed：額が記載されている、none：前年度の欄が線（(-)、または漢数字の一に見える (一)）で、額が記載されていない、not-printed：記載がない（重点事項に掲載されていない事業）。原資料は「新規」とは書いていません',
    'previous_budget_status_label',
  ),
  previous_budget_status_label: text(
    '前年度の予算の記載（日本語）',
    '前年度の予算額の記載あり、前年度欄は「－」、前年度の予算額の記載なし',
  ),
  previous_fiscal_year: fiscalYearOrNull('前年度（西暦）', '前年度の予算額の年度。額が記載されている事業だけ'),
  previous_budget_thousand_yen: thousandYenOrNull('前年度の予算額（千円）', '重点事項に記載された前年度の予算額'),
  change_thousand_yen: signedThousandYenOrNull(
    '前年度からの増減（千円）',
    '予算額から前年度の予算額を引いた額。前年度の予算額が記載されている事業だけ',
  ),
  change_percent: percentOrNull(
    '前年度からの増減率（%）',
    '増減を前年度の予算額で割った百分率。原資料の千円単位の額から計算し、小数第1位に四捨五入（減少は負の数）。前年度の予算額が記載され、0でない事業だけ',
  ),
  priority: codeOrNull('重点事項ID', '掲載された重点事項（priority-1 など）', 'priority_title'),
  priority_title: textOrNull('重点事項', '重点事項の番号と名称'),
  vision: codeOrNull('ビジョンID', '掲載されたビジョン（vision-1 など）', 'vision_title'),
  vision_title: textOrNull('ビジョン', 'ビジョンの番号と名称'),
  ward: codeOrNull('区ID', '掲載された区の取組（chuo, higashi, nishi, minami, kita, common）', 'ward_name'),
  ward_name: textOrNull('区', '区の名称（5区共通を含む）'),
  title_line: line('事業名の行', '最初の掲載箇所の事業名'),
  url: url('事業のページ', '事業のページのURL'),
});

export const AppearanceRow = z.object({
  project_id: projectId('事業ID', '事業のID'),
  section: code('掲載箇所ID', '掲載箇所（priority-1, vision-3, ward-chuo など）', 'section_title'),
  section_title: text('掲載箇所', '掲載箇所の名称（例：ビジョン3 …、区の取組 中央区）'),
  group: textOrNull('小見出し', '重点事項での小見出し（例：こどものいのちと権利を守る）'),
  title: text('事業名（この掲載箇所の表記）', 'この掲載箇所での事業名の表記'),
  title_line: line('事業名の行', 'この掲載箇所の事業名'),
  description: text('説明', 'この掲載箇所での説明文'),
  description_line: line('説明の行', '説明文'),
  ...planYearColumns,
  budget_thousand_yen: thousandYen('予算額（千円）', '計画の年度の予算額'),
  budget_line: line('予算額の行', '予算額'),
  previous_fiscal_year: fiscalYear('前年度（西暦）', '前年度の予算額の年度'),
  previous_budget_thousand_yen: thousandYenOrNull('前年度の予算額（千円）', 'この掲載箇所に記載された前年度の予算額'),
  previous_budget_text: textOrNull(
    '前年度の予算額の表記',
    '前年度の予算額の原資料の表記（例：(17,400千円)。(-) と (一) は額の記載のない線。(一) は漢数字の一ではなく線と読んでいます）',
  ),
  previous_budget_line: lineOrNull('前年度の予算額の行', '前年度の予算額'),
  notes: jsonOnly(z.array(z.string()), '予算の注記', 'この掲載箇所の予算の注記の表記', 'budget-notes'),
});

export const BudgetNoteRow = z.object({
  project_id: projectId('事業ID', '事業のID'),
  project_title: text('事業名', '事業名'),
  section: code('掲載箇所ID', '注記のある掲載箇所', 'section_title'),
  section_title: text('掲載箇所', '掲載箇所の名称'),
  kind: code('注記の種類', '注記の意味のコード（fy2023-feb-supplementary-full など。年度は西暦）', 'kind_label'),
  kind_label: text('注記の意味', '注記の意味（例：全額を令和5年度2月補正予算に計上）'),
  fiscal_year: fiscalYear('補正予算の年度（西暦）', '注記が示す補正予算の年度'),
  text: text('注記の表記', '原資料の表記（例：全額R5.2補計上）'),
  line: line('注記の行', '注記'),
});

export const IndicatorRow = z.object({
  project_id: projectId('事業ID', '事業のID'),
  project_title: text('事業名', '事業名'),
  indicator_no: position('指標の番号', '事業の中での☑の順番（1から）'),
  label: text('指標', '☑の見出し（例：支援実施施設の増）'),
  detail_no: col(z.number().int().nullable(), {
    title: '内容の番号',
    description: '見出しの下の行の順番（1から）。内容の行がない指標は空欄',
  }),
  detail: textOrNull('内容', '見出しの下の1行（例：R5:4施設⇒R6:23全施設）'),
  line: line('指標の行', '☑の見出し'),
});

export const PriorityRow = z.object({
  id: code('重点事項ID', '重点事項のID（priority-1, priority-2）', 'title'),
  title: text('重点事項名', '重点事項の名称'),
  number: position('番号', '重点事項の番号'),
  title_line: line('見出しの行', '重点事項の見出し'),
  lead: text('説明', '重点事項の説明文'),
  ...planYearColumns,
  total_thousand_yen: thousandYen('予算額の合計（千円）', '掲載事業の計画の年度の予算額の合計'),
  previous_fiscal_year: fiscalYear('前年度（西暦）', '前年度の予算額の年度'),
  previous_total_thousand_yen: thousandYen('前年度の予算額の合計（千円）', '掲載事業の前年度の予算額の合計'),
  project_count: count('事業数', '掲載事業の数'),
  url: url('重点事項のページ', '重点事項のページのURL'),
  project_ids: jsonOnly(z.array(z.string()), '事業ID', '掲載事業のID（掲載順）', 'appearances'),
});

export const VisionRow = z.object({
  id: code('ビジョンID', 'ビジョンのID（vision-1 …）', 'title'),
  title: text('ビジョン名', 'ビジョンの名称（目次の表記）'),
  number: position('番号', 'ビジョンの番号'),
  title_line: line('目次の行', '目次のビジョン名'),
  ...planYearColumns,
  total_thousand_yen: thousandYen('予算額の合計（千円）', '掲載事業の計画の年度の予算額の合計'),
  project_count: count('事業数', '掲載事業の数'),
  url: url('ビジョンのページ', 'ビジョンのページのURL'),
  aims: jsonOnly(z.string(), 'めざす姿と取組の方向性', '段落を改行でつないだ全文', 'vision-aims'),
  related_visions: jsonOnly(z.array(z.number().int()), '関連するビジョン', '関連するビジョンの番号', 'related-visions'),
  project_ids: jsonOnly(z.array(z.string()), '事業ID', '掲載事業のID（掲載順）', 'appearances'),
});

export const VisionAimRow = z.object({
  vision_id: code('ビジョンID', 'ビジョンのID', 'vision_title'),
  vision_title: text('ビジョン', 'ビジョンの番号と名称'),
  paragraph_no: position('段落の番号', '「めざす姿と取組の方向性」の段落の順番（1から）'),
  text: text('本文', '段落の本文'),
  line: line('段落の行', '段落'),
});

export const RelatedVisionRow = z.object({
  vision_id: code('ビジョンID', 'ビジョンのID', 'vision_title'),
  vision_title: text('ビジョン', 'ビジョンの番号と名称'),
  related_vision_id: code('関連するビジョンID', '「(関連するビジョン)」に挙げられたビジョン', 'related_vision_title'),
  related_vision_title: text('関連するビジョン', '関連するビジョンの番号と名称（目次の表記）'),
  title_as_printed: text('関連するビジョンの表記', '「(関連するビジョン)」での名称の表記'),
  line: line('記載の行', '「(関連するビジョン)」'),
});

export const MeasureRow = z.object({
  id: col(z.string(), { title: '施策ID', description: '施策の番号（例：1-1）', csvForm: MEASURE_FORM }),
  vision_id: code('ビジョンID', '施策が属するビジョン', 'vision_title'),
  vision_title: text('ビジョン', 'ビジョンの番号と名称'),
  title: text('施策名', '施策の名称'),
  summary: text('概要', '施策の概要'),
  line: line('施策の行', '施策'),
});

export const WardRow = z.object({
  id: code('区ID', '区のID（chuo, higashi, nishi, minami, kita, common）', 'name'),
  name: text('区', '区の名称（5区共通を含む）'),
  slogan: textOrNull('キャッチフレーズ', '区のキャッチフレーズ'),
  vision: textOrNull('まちづくりの説明', '区のまちづくりの説明'),
  label_line: line('区名の行', '事業の一覧の前の区名'),
  ...planYearColumns,
  total_thousand_yen: thousandYen('予算額の合計（千円）', '掲載事業の計画の年度の予算額の合計'),
  frame_thousand_yen: thousandYen('推進経費の枠（千円）', 'まちづくり推進経費の枠（各区19百万円、5区共通5百万円）'),
  project_count: count('事業数', '掲載事業の数'),
  url: url('区のページ', '区の取組のページのURL'),
  project_ids: jsonOnly(z.array(z.string()), '事業ID', '掲載事業のID（掲載順）', 'appearances'),
});

export const TableCellRow = z.object({
  table_id: text('表ID', '表のID（例：school-staffing）'),
  table_title: text('表名', '表の名称'),
  attached_to: col(z.string(), {
    title: '表が属する事業・ビジョンのID',
    description: '表が属する事業のID、またはビジョンのID（vision-1 など）',
    csvForm: ATTACHED_TO_FORM,
  }),
  attached_to_title: text('表が属する事業・ビジョン', '事業名、またはビジョンの番号と名称'),
  unit: textOrNull('表の単位', '表に書かれた単位（例：円）'),
  row: position('行の位置', '表の中の行（0が見出し行）'),
  column: position('列の位置', '表の中の列（0から）'),
  line_in_cell: position('セル内の行', 'セルの中の行（1から。箇条書きなどで複数行のセルは1行ずつ）'),
  number: col(z.number().nullable(), {
    title: '数値',
    description: 'セルが数字だけのとき、その値（桁区切りのカンマを除く）。それ以外は空欄',
  }),
  text: textOrNull('文字', 'セルの内容（原資料のとおり）。数字だけのセルは「数値」に入れ、ここは空欄'),
  line: line('表の行', '表の行'),
  cell_text: col(z.string(), {
    title: 'セルの全文',
    description: 'セルの全文（改行を含む。原資料のとおり）。JSONのみ。CSVではセルの1行ずつを「文字」または「数値」に',
    jsonOnly: 'tables',
  }),
});

export const FigureRow = z.object({
  line: line('金額の行', '金額'),
  column: position('金額の位置', '金額が始まる文字の位置（行の先頭を1とする）'),
  text: text('金額の表記', '原資料の表記（例：24,300千円）'),
  thousand_yen: thousandYen('金額（千円）', '金額'),
  fiscal_year: col(z.number().int().nullable(), {
    title: '予算の年度（西暦）',
    description: '予算額なら計画の年度、前年度の予算額なら前年度（西暦）。予算以外の金額は空欄',
    unit: '年度',
  }),
  kind: code('金額の種類', 'budget, previous-budget, other', 'kind_label'),
  kind_label: text('金額の種類（日本語）', '計画の年度の予算、前年度の予算、予算以外の金額'),
  project_id: col(z.string().nullable(), {
    title: '事業ID',
    description: '予算額である場合の事業のID。予算以外の金額は空欄',
    csvForm: PROJECT_FORM,
  }),
  project_title: textOrNull('事業名', '予算額である場合の事業名'),
  reason: textOrNull('予算以外である理由', '予算以外の金額である理由'),
});

export const ProjectLinkRow = z.object({
  from_plan: code('前の計画ID', '前の年度の計画のID（例：fy2024）', 'from_plan_label'),
  from_plan_label: text('前の計画', '前の年度の計画の名称'),
  from_fiscal_year: fiscalYear('前の計画の年度（西暦）', '前の年度の計画の対象年度'),
  from_id: projectId('前の計画での事業ID', '前の年度の計画での事業のID'),
  from_title: text('前の計画での事業名', '前の年度の計画での事業名'),
  from_budget_thousand_yen: thousandYen('前の計画での予算額（千円）', '前の年度の計画での予算額'),
  to_plan: code('次の計画ID', '次の年度の計画のID（例：fy2025）', 'to_plan_label'),
  to_plan_label: text('次の計画', '次の年度の計画の名称'),
  to_fiscal_year: fiscalYear('次の計画の年度（西暦）', '次の年度の計画の対象年度'),
  to_id: projectId('次の計画での事業ID', '次の年度の計画での事業のID'),
  to_title: text('次の計画での事業名', '次の年度の計画での事業名'),
  to_budget_thousand_yen: thousandYen('次の計画での予算額（千円）', '次の年度の計画での予算額'),
  linked_by: code('つないだ根拠', 'same-title, renamed', 'linked_by_label'),
  linked_by_label: text(
    'つないだ根拠（日本語）',
    '事業名が同じ、または名称の変更をこのサイトが確認したもの（理由は計画ごとの判断ファイルに記録）',
  ),
});

const AS_OF = '2013年（平成25年）9月末時点';

export const ItemRow = z.object({
  no: position('項目番号', '項目の番号（1〜130）'),
  title: text('項目名', '項目名'),
  title_reading: text('項目名の読み', '項目名の読み（ひらがな。かっこ・記号は除く）。一覧の五十音順はこの読みの順'),
  part: code('部', '部（I, II, III）', 'part_title'),
  part_title: text('部の名称', '部の名称（目次の表記）'),
  chapter: col(z.number().int().nullable(), {
    title: '章',
    description: '章の番号（第I部のみ1〜3）。第II部・第III部は空欄',
  }),
  chapter_title: textOrNull('章の名称', '章の名称（第I部のみ）'),
  category: code('分野ID', '分野のID（例：I-1-6、II-13）', 'category_title'),
  category_title: text('分野', '分野の名称'),
  kana: text('分野内の記号', '分野の中の記号（ア、イ…）'),
  line: line('項目の行', '項目'),
  status: code(
    `状況（${AS_OF}）`,
    '項目の状況のコード（done, in-progress, preparing, partly-cancelled, cancelled, unknown）。熊本市の判定ではなく、このサイトが進捗状況の文を公開した規則で分類したもの',
    'status_label',
  ),
  status_label: text('状況（日本語）', '状況（完了、実施中、準備・検討中、一部中止、中止、不明）'),
  status_rule: code('状況を決めた規則ID', '状況を決めた規則のID（データの読み取り方法に掲載）', 'status_rule_label'),
  status_rule_label: text('状況を決めた規則', '状況を決めた規則の説明'),
  successor: code(
    '対応表の計画とのつながり',
    '対応表の計画とのつながり（このサイトの判断）：successor（後継事業あり）、related（関連のみ：関連する取組・施策・ビジョンだけで後継事業なし）、none（後継・関連する取組の掲載なし）',
    'successor_label',
  ),
  successor_label: text(
    '対応表の計画とのつながり（日本語）',
    '後継事業あり、関連のみ、または後継・関連する取組の掲載なし',
  ),
  url: url('項目のページ', '項目のページのURL'),
});

export const SubitemRow = z.object({
  id: text('取組ID', '取組のID（項目番号と、正規化した名称のSHA-256の先頭6桁。番号のない再掲は「r-」付き）'),
  item_no: position('項目番号', '掲載されている項目の番号（番号のない再掲は元の項目番号）'),
  item_title: text('項目名', '項目名'),
  name: text('取組名', '取組の名称（原資料のとおり）'),
  name_reading: text(
    '取組名（読みやすい形）',
    '取組の名称。PDFからの変換で行の折り返しが空白になった箇所をつないだもの（例：「第4回 熊本…」→「第4回熊本…」）',
  ),
  line: line('取組の行', '取組'),
  fy2012: text(
    '2012年度（平成24年度）の予定',
    '平成24年度の欄（原資料のとおり。「—」は予定なし、「⇒」は前年度から継続）',
  ),
  fy2013: text('2013年度（平成25年度）の予定', '平成25年度の欄（原資料のとおり）'),
  fy2013_resolved: textOrNull(
    '2013年度（平成25年度）の予定（読み替え）',
    '平成25年度の予定。「⇒」を前年度の予定で補ったもの',
  ),
  fy2012_entries: jsonOnly(
    z.array(z.string()),
    '2012年度（平成24年度）の予定（読みやすい形）',
    '平成24年度の欄の記載を1件ずつに分けたもの。変換で空白になった行の折り返しはつなぎ、記載の区切りで分けています。「—」と「⇒」だけの欄は空',
    'subitem-entries',
  ),
  fy2013_entries: jsonOnly(
    z.array(z.string()),
    '2013年度（平成25年度）の予定（読みやすい形）',
    '平成25年度の欄の「⇒」以外の記載を1件ずつに分けたもの（分け方は平成24年度と同じ）',
    'subitem-entries',
  ),
  progress: text(
    `進捗状況（${AS_OF}）`,
    '進捗状況の欄（原資料のとおり。PDFからの変換で行の区切りが空白になっています）',
  ),
  progress_entries: jsonOnly(
    z.array(z.string()),
    `進捗状況（${AS_OF}、読みやすい形）`,
    '進捗状況の欄を文・記載ごとに分けたもの。変換で空白になった行の区切りのうち、語句の途中の折り返しはつなぎ、文や記載の区切りで分けています',
    'subitem-entries',
  ),
  progress_shared: yesNo('進捗状況が共通', '1行に複数の取組がまとめて書かれ、進捗状況を取組ごとに分けられないもの'),
  progress_divided: yesNo(
    '進捗状況を語句で分割',
    '1行にまとめて書かれた進捗状況を、取組の名称・予定と共通する語句によって取組ごとに分けたもの',
  ),
  status: code(
    `状況（${AS_OF}）`,
    '取組の状況のコード（done, in-progress, preparing, cancelled, unknown）。このサイトによる分類',
    'status_label',
  ),
  status_label: text('状況（日本語）', '状況（完了、実施中、準備・検討中、中止、不明）'),
  status_rule: code('状況を決めた規則ID', '状況を決めた規則のID', 'status_rule_label'),
  status_rule_label: text('状況を決めた規則', '状況を決めた規則の説明'),
  status_evidence: jsonOnly(
    z.array(z.string()),
    '状況の根拠',
    '状況の根拠にした進捗状況の語句（例：設置済）。このサイトの規則が手がかりにしたもの',
    'status-evidence',
  ),
  status_quotes: jsonOnly(
    z.array(z.string()),
    '状況の根拠の文',
    '状況の根拠にした語句を含む節（前後の「、」「。」または記載の区切りまで）。サイトの項目ページが「根拠：」として引用するもの',
    'status-evidence',
  ),
  relisting_of: col(z.number().int().nullable(), {
    title: '再掲元の項目番号',
    description: '【No.NN再掲】の元の項目番号。再掲でない取組は空欄',
  }),
  relisting_of_title: textOrNull('再掲元の項目名', '再掲元の項目名'),
});

export const SubitemEntryRow = z.object({
  subitem_id: text('取組ID', '取組のID（subitems.csv の取組ID）'),
  item_no: position('項目番号', '掲載されている項目の番号（番号のない再掲は元の項目番号）'),
  subitem_name: text('取組名', '取組の名称（読みやすい形）'),
  line: line('取組の行', '取組'),
  field: code('欄', '記載のある欄のコード（fy2012, fy2013, progress）', 'field_label'),
  field_label: text('欄（日本語）', '平成24年度の予定、平成25年度の予定、進捗状況'),
  entry_no: position('記載の番号', '欄の中での記載の順番（1から）'),
  text: text(
    '記載',
    '欄の記載1件。PDFからの変換で空白になった行の区切りのうち、語句の途中の折り返しはつなぎ、文や記載の区切りで分けたもの',
  ),
});

export const StatusEvidenceRow = z.object({
  subitem_id: text('取組ID', '取組のID（subitems.csv の取組ID）'),
  item_no: position('項目番号', '掲載されている項目の番号'),
  subitem_name: text('取組名', '取組の名称'),
  evidence_no: position('根拠の番号', '取組の中での根拠の語句の順番（1から）'),
  evidence: text(
    '根拠の語句',
    '状況の根拠にした進捗状況の語句を「」で囲んだもの（語句は原資料のとおり。「平成25年10月」のような語句を表計算ソフトが日付に変えないよう、「」を付けています）',
  ),
  quote: text(
    '根拠の文',
    '根拠の語句を含む節を「」で囲んだもの（前後の「、」「。」または記載の区切りまで。サイトの項目ページが引用する文）',
  ),
  status: code(`状況（${AS_OF}）`, '取組の状況のコード。このサイトによる分類', 'status_label'),
  status_label: text('状況（日本語）', '状況（完了、実施中、準備・検討中、中止、不明）'),
});

export const CategoryRow = z.object({
  id: code('分野ID', '分野のID（部-章-番号、例：I-1-6、II-13）', 'title'),
  title: text('分野名', '分野の名称'),
  part: code('部', '部（I, II, III）', 'part_title'),
  part_title: text('部の名称', '部の名称（目次の表記）'),
  chapter: col(z.number().int().nullable(), { title: '章', description: '章の番号（第I部のみ）。ほかは空欄' }),
  chapter_title: textOrNull('章の名称', '章の名称（第I部のみ）'),
  number: position('分野の番号', '丸数字の番号（①なら1）'),
  line: line('分野の行', '分野'),
  item_count: count('項目数', '番号のある項目の数'),
  url: url('分野のページ', '分野のページのURL'),
});

export const CrosswalkRow = z.object({
  item_no: position('項目番号', '2013年の項目番号'),
  item_title: text('項目名', '2013年の項目名'),
  status: code(
    '項目のつながり',
    '項目全体のつながり（このサイトの判断）：successor（後継事業あり）、related（関連のみ：関連する取組・施策・ビジョンだけで後継事業なし）、none（後継・関連する取組の掲載なし）',
    'status_label',
  ),
  status_label: text('項目のつながり（日本語）', '後継事業あり、関連のみ、または後継・関連する取組の掲載なし'),
  successor_plan: code('対応先の計画ID', '対応先を探した計画のID（例：fy2024）', 'successor_plan_label'),
  successor_plan_label: text('対応先の計画', '対応先を探した計画の名称'),
  strength: codeOrNull(
    'つながりの強さ',
    'この行のつながりの強さ（このサイトの判断）：successor（後継：同じ対象・同じ目的の事業が続いている）、related（関連：同じ政策分野で、範囲が広い・狭い、または一部が重なる）。施策とビジョンは常に related',
    'strength_label',
  ),
  strength_label: textOrNull('つながりの強さ（日本語）', '後継、関連'),
  subitem_id: textOrNull('取組ID', 'つながりが項目のうち1つの取組についてのものであれば、その取組のID'),
  subitem: textOrNull('取組名', 'つながりが項目のうち1つの取組についてのものであれば、その取組の名称'),
  successor_kind: codeOrNull('対応先の種類', '対応先の種類（project, table, measure, vision）', 'successor_kind_label'),
  successor_kind_label: textOrNull('対応先の種類（日本語）', '事業、表、施策、ビジョン'),
  successor_id: col(z.string().nullable(), {
    title: '対応先のID',
    description: '対応先のID（事業ID、表ID、施策の番号、ビジョンID）。つながりのない項目は空欄',
    csvForm: SUCCESSOR_FORM,
  }),
  successor_title: textOrNull('対応先の名称', '対応先の名称'),
  note: textOrNull('つながりの説明', '後継では何が続いているか、関連ではどう関連するか（このサイトの説明）'),
  shared: textOrNull(
    '両方の資料にある語',
    '両方の資料にある語句（確かめるための手がかりで、結び付けた理由ではありません）',
  ),
  successor_url: col(z.string().nullable(), {
    title: '対応先のページ',
    description:
      '対応先のページのURL（施策はそのビジョンのページ、表はそれを載せた事業かビジョンのページ）。公開アドレスを設定したビルドでは絶対URL、ほかはサイト内のパス。つながりのない項目は空欄',
  }),
});

export const CrosswalkRejectedRow = z.object({
  item_no: position('項目番号', '2013年の項目番号'),
  item_title: text('項目名', '2013年の項目名'),
  successor_plan: code('対応先の計画ID', '対応先を探した計画のID（例：fy2024）', 'successor_plan_label'),
  successor_plan_label: text('対応先の計画', '対応先を探した計画の名称'),
  successor_kind: code(
    '検討した対応先の種類',
    '結び付けなかった対応先の種類（project, table, measure, vision）',
    'successor_kind_label',
  ),
  successor_kind_label: text('検討した対応先の種類（日本語）', '事業、表、施策、ビジョン'),
  successor_id: col(z.string(), {
    title: '検討した対応先のID',
    description: '結び付けなかった対応先のID（事業ID、表ID、施策の番号、ビジョンID）',
    csvForm: SUCCESSOR_FORM,
  }),
  successor_title: text('検討した対応先の名称', '結び付けなかった対応先の名称'),
  reason: text('結び付けなかった理由', '検討したうえで結び付けなかった理由（このサイトの判断）'),
});

export const QualityNoteRow = z.object({
  id: text('注記ID', '注記のID'),
  document: code(
    '資料ID',
    '資料（アクションプランは計画のID（fy2024 など）、2013年の行程表は roadmap2013）',
    'document_label',
  ),
  document_label: text('資料', '資料の名称'),
  kind: code('不整合の種類', '不整合の種類のコード', 'kind_label'),
  kind_label: text('不整合の種類（日本語）', '不整合の種類'),
  message: text('原資料の記載', '原資料の記載'),
  resolution: text('このサイトでの扱い', 'このサイトでの扱い'),
  project_id: col(z.string().nullable(), {
    title: '事業ID',
    description: '関係する事業のID。ない場合は空欄',
    csvForm: PROJECT_FORM,
  }),
  item_no: col(z.number().int().nullable(), {
    title: '項目番号',
    description: '関係する2013年の項目番号。ない場合は空欄',
  }),
  lines: jsonOnly(z.array(z.number().int()), '関係する行', '関係する行', 'quality-note-lines'),
});

export const QualityNoteLineRow = z.object({
  note_id: text('注記ID', '注記のID'),
  document: code('資料ID', '資料のID', 'document_label'),
  document_label: text('資料', '資料の名称'),
  line: line('関係する行', '注記に関係する行'),
});

export const DictionaryRow = z.object({
  dataset: text('データセット', 'データセットのパス（/data/ の下、拡張子なし）'),
  dataset_title: text('データセット名', 'データセットの名称'),
  order: position('列の順番', 'データセットの中での列の順番（1から）'),
  name: text('項目名（物理名）', 'JSONの項目名（英数字）'),
  title: text('列名', 'CSVの列名（日本語）'),
  type: text('型', '値の型'),
  unit: textOrNull('単位', '数値の単位'),
  in_csv: yesNo('CSVにある列', 'CSVにもある列か（リストはJSONのみで、CSVは別ファイルに1件1行）'),
  csv_form: textOrNull('CSVでの書き方', 'CSVでの値の書き方がJSONと違う場合の説明'),
  label_column: textOrNull('日本語の列', 'コードの列の日本語の名称を入れた列（物理名）'),
  meaning: text('意味と出典', '列の意味と、原資料のどこから読み取ったか'),
});

export const CodeRow = z.object({
  dataset: text('データセット', 'データセットのパス'),
  column: text('列（物理名）', 'コードの列の項目名'),
  column_title: text('列名', 'コードの列の列名'),
  code: text('コード', 'コードの値'),
  label: text('意味', 'コードの日本語の名称'),
});

/** Records of one project as the site shows it; shared by the project list and its own file. */
const ProjectAppearance = z.object({
  section: z.string().describe('掲載箇所のID'),
  sectionTitle: z.string().describe('掲載箇所の名称（例：ビジョン3 …）'),
  group: z.string().nullable().describe('重点事項での小見出し'),
  title: z.string().describe('この掲載箇所での事業名の表記'),
  titleLine: z.number().int().describe('事業名の行'),
  description: z.string().describe('この掲載箇所での説明文'),
  descriptionLine: z.number().int().describe('説明文の行'),
  budgetThousandYen: z.number().int().describe('予算額（千円）'),
  budgetLine: z.number().int().describe('予算額の行'),
  previousBudgetThousandYen: z.number().int().nullable().describe('前年度の予算額（千円）。記載がなければnull'),
  previousBudgetText: z.string().nullable().describe('前年度の予算額の表記（例：(一)）。記載がなければnull'),
  previousBudgetLine: z.number().int().nullable().describe('前年度の予算額の行'),
});

/**
 * The published record of /data/<plan>/projects.json (e.g. fy2024) and /data/<plan>/projects/<id>.json: a contract
 * other tools read. Add fields; never rename or remove one.
 */
export const OpenProject = z.object({
  id: z.string().describe('事業ID'),
  url: z.string().describe('事業のページのURL（公開アドレスを設定したビルドでは絶対URL、ほかはパス）'),
  title: z.string().describe('事業名'),
  otherTitles: z.array(z.string()).describe('別の表記'),
  description: z.string().describe('事業の説明'),
  budgetThousandYen: z.number().int().describe('計画の年度の予算額（千円）'),
  previousBudgetThousandYen: z.number().int().nullable().describe('前年度の予算額（千円）。記載がなければnull'),
  notes: z.array(z.string()).describe('予算の注記の表記'),
  sections: z.array(z.string()).describe('掲載箇所のID'),
  sourceLines: z.array(z.number().int()).describe('予算額が書かれた行'),
  appearances: z.array(ProjectAppearance).describe('掲載箇所ごとの表記と行'),
  plan: z.string().describe('計画のID（例：fy2024）'),
  fiscalYear: z.number().int().describe('予算の年度（西暦）'),
  fiscalYearLabel: z.string().describe('予算の年度（和暦。例：令和6年度）'),
  sectionTitles: z.array(z.string()).describe('掲載箇所の名称（sections と同じ順）'),
  budgetNotes: z
    .array(
      z.object({
        kind: z.string().describe('注記の意味のコード'),
        label: z.string().describe('注記の意味'),
        fiscalYear: z.number().int().describe('補正予算の年度（西暦）'),
        text: z.string().describe('原資料の表記'),
        line: z.number().int().describe('注記の行'),
      }),
    )
    .describe('予算の注記（意味と行つき）'),
  indicators: z
    .array(
      z.object({
        label: z.string().describe('☑の見出し'),
        details: z.array(z.string()).describe('見出しの下の行'),
        line: z.number().int().describe('☑の行'),
      }),
    )
    .describe('☑の指標'),
  footnotes: z
    .array(z.object({ text: z.string().describe('※の説明'), line: z.number().int().describe('行') }))
    .describe('※の説明'),
  tableIds: z.array(z.string()).describe('事業に属する表のID（tables.json）'),
  qualityNotes: z
    .array(
      z.object({
        id: z.string(),
        kind: z.string(),
        kindLabel: z.string(),
        message: z.string(),
        resolution: z.string(),
      }),
    )
    .describe('この事業についてのデータの注記'),
  otherPlans: z
    .array(
      z.object({
        plan: z.string().describe('計画のID'),
        fiscalYear: z.number().int().describe('その計画の年度（西暦）'),
        id: z.string().describe('その計画での事業ID'),
        title: z.string().describe('その計画での事業名'),
        budgetThousandYen: z.number().int().describe('その計画での予算額（千円）'),
        url: z.string().describe('その計画での事業のページ'),
      }),
    )
    .describe('同じ事業を掲載するほかの年度の計画'),
  predecessors: z
    .array(
      z.object({
        no: z.number().int().describe('2013年の項目番号'),
        title: z.string().describe('項目名'),
        url: z.string().describe('項目のページ'),
        shared: z.string().describe('両方の資料にある語句（確かめるための手がかり）'),
        strength: z.enum(['successor', 'related']).describe('つながりの強さ（successor：前身、related：関連）'),
        strengthLabel: z.string().describe('つながりの強さ（日本語：後継、関連）'),
        note: z.string().describe('つながりの説明'),
        subitem: z.string().nullable().describe('つながりが項目のうち1つの取組についてのものなら、その取組の名称'),
        via: z
          .object({ kind: z.string(), id: z.string(), title: z.string() })
          .nullable()
          .describe('事業そのものでなく、事業に載った表とのつながりなら、その表'),
      }),
    )
    .describe('この事業とつながる2013年の項目（対応表の計画のみ、このサイトの判断）'),
});
export type OpenProject = z.infer<typeof OpenProject>;

/** The published record of /data/2013/items.json and /data/2013/items/<no>.json: a contract. Add fields; never rename. */
export const OpenItem = z.object({
  no: z.number().int().describe('項目番号'),
  url: z.string().describe('項目のページのURL（公開アドレスを設定したビルドでは絶対URL、ほかはパス）'),
  part: z.enum(['I', 'II', 'III']).describe('部'),
  chapter: z.number().int().nullable().describe('章（第I部のみ）'),
  category: z.string().describe('分野ID'),
  kana: z.string().describe('分野内の記号'),
  title: z.string().describe('項目名'),
  line: z.number().int().describe('項目の行'),
  status: z.string().describe('項目の状況（平成25年9月末時点。このサイトによる分類）'),
  statusRule: z.string().describe('状況を決めた規則のID'),
  asOf: z.literal('2013-09-30').describe('状況の時点'),
  subitems: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        fy2012: z.string(),
        fy2013: z.string(),
        fy2013Resolved: z.string().nullable(),
        progress: z.string(),
        status: z.string(),
        statusRule: z.string(),
        relistingOf: z.number().int().nullable(),
        line: z.number().int(),
        statusLabel: z.string().describe('状況（日本語）'),
        statusRuleLabel: z.string().describe('状況を決めた規則の説明'),
        statusEvidence: z.array(z.string()).describe('規則が手がかりにした語句'),
        statusQuotes: z
          .array(z.string())
          .describe('根拠の語句を含む節（前後の「、」「。」または記載の区切りまで。同じ節は1回）'),
        nameReading: z.string().describe('取組名（変換で空白になった行の折り返しをつないだもの）'),
        fy2012Entries: z.array(z.string()).describe('平成24年度の予定を記載ごとに分けたもの'),
        fy2013Entries: z.array(z.string()).describe('平成25年度の予定（「⇒」以外の記載）を記載ごとに分けたもの'),
        fy2013ResolvedEntries: z
          .array(z.string())
          .nullable()
          .describe('平成25年度の予定（「⇒」を前年度の予定で補ったもの）を記載ごとに分けたもの'),
        progressEntries: z.array(z.string()).describe('進捗状況を文・記載ごとに分けたもの'),
        progressShared: z.boolean().describe('進捗状況がほかの取組と共通'),
        progressDividedByWording: z.boolean().describe('まとめて書かれた進捗状況を語句で分けたもの'),
      }),
    )
    .describe('取組'),
  successors: z
    .array(
      z.object({
        kind: z.string(),
        id: z.string(),
        title: z.string(),
        url: z.string(),
        shared: z.string(),
        kindLabel: z.string().describe('対応先の種類（事業、表、施策、ビジョン）'),
        note: z.string().nullable().describe('つながりの説明（後継では何が続いているか、関連ではどう関連するか）'),
        strength: z.enum(['successor', 'related']).describe('つながりの強さ（successor：後継、related：関連）'),
        strengthLabel: z.string().describe('つながりの強さ（日本語：後継、関連）'),
        subitem: z
          .object({ id: z.string(), name: z.string() })
          .nullable()
          .describe('つながりが1つの取組についてのものなら、その取組'),
      }),
    )
    .describe(
      '対応表の計画（令和6年度アクションプラン）での後継事業と関連する取組・施策・ビジョン（空なら後継・関連する取組の掲載なし）',
    ),
  partTitle: z.string().describe('部の名称'),
  chapterTitle: z.string().nullable().describe('章の名称（第I部のみ）'),
  categoryTitle: z.string().describe('分野の名称'),
  statusLabel: z.string().describe('状況（日本語）'),
  statusRuleLabel: z.string().describe('状況を決めた規則の説明'),
});
export type OpenItem = z.infer<typeof OpenItem>;

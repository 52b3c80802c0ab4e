/**
 * The open-data files: one zod schema per dataset, every column described. The same schemas produce the CSV header,
 * the data dictionary page and the JSON Schema files, and validate every row before it is written.
 * A column's description says what it is and where in the source it comes from.
 */
import { z } from 'zod';

const line = (what: string) => z.number().int().positive().describe(`${what}（原資料の行番号、1から数える）`);
const lineOrNull = (what: string) =>
  z.number().int().positive().nullable().describe(`${what}（原資料の行番号）。ない場合は空`);
const thousandYen = (what: string) => z.number().int().nonnegative().describe(`${what}（千円、整数）`);
const list = (what: string) => z.array(z.string()).describe(`${what}（CSVでは「;」区切り）`);

export const ProjectRow = z.object({
  id: z.string().describe('事業ID（正規化した事業名のSHA-256の先頭8桁。固定リンクに使う）'),
  url: z.string().describe('事業のページのパス'),
  title: z.string().describe('事業名（最初の掲載箇所の表記）'),
  other_titles: list('ほかの掲載箇所での別の表記'),
  description: z.string().describe('事業の説明（最初の掲載箇所）'),
  budget_thousand_yen: thousandYen('計画年度の予算（令和6年度アクションプランなら令和6年度）'),
  previous_budget_thousand_yen: thousandYen('前年度の予算（重点事項に記載）').nullable(),
  notes: list('予算の注記（例：全額R5.2補計上）'),
  sections: list('掲載箇所（priority-1, vision-3, ward-chuo など）'),
  indicators: list('☑の指標（見出しと内容）'),
  source_lines: z.array(z.number().int()).describe('予算額が書かれた行（CSVでは「;」区切り）'),
});

export const AppearanceRow = z.object({
  project_id: z.string().describe('事業ID'),
  section: z.string().describe('掲載箇所（priority-1, vision-3, ward-chuo など）'),
  group: z.string().nullable().describe('重点事項での小見出し（例：こどものいのちと権利を守る）'),
  title: z.string().describe('この掲載箇所での事業名の表記'),
  title_line: line('事業名の行'),
  description: z.string().describe('この掲載箇所での説明'),
  description_line: line('説明の行'),
  budget_thousand_yen: thousandYen('計画年度の予算（令和6年度アクションプランなら令和6年度）'),
  budget_line: line('予算額の行'),
  previous_budget_thousand_yen: thousandYen('前年度の予算').nullable(),
  previous_budget_text: z.string().nullable().describe('前年度の予算の原資料の表記（例：(17,400千円)、(一)）'),
  previous_budget_line: lineOrNull('前年度の予算の行'),
  notes: list('この掲載箇所の予算の注記'),
});

export const PriorityRow = z.object({
  id: z.string().describe('重点事項ID（priority-1, priority-2）'),
  number: z.number().int().describe('重点事項の番号'),
  title: z.string().describe('重点事項の名称'),
  title_line: line('見出しの行'),
  lead: z.string().describe('重点事項の説明文'),
  project_ids: list('事業ID（掲載順）'),
  total_thousand_yen: thousandYen('掲載事業の計画年度の予算の合計'),
  previous_total_thousand_yen: thousandYen('掲載事業の前年度の予算の合計'),
});

export const VisionRow = z.object({
  id: z.string().describe('ビジョンID（vision-1 … vision-8）'),
  number: z.number().int().describe('ビジョンの番号'),
  title: z.string().describe('ビジョンの名称（目次の表記）'),
  title_line: line('目次の行'),
  aims: z.string().describe('めざす姿と取組の方向性（段落は改行区切り）'),
  related_visions: z.array(z.number().int()).describe('関連するビジョンの番号（CSVでは「;」区切り）'),
  project_ids: list('事業ID（掲載順）'),
  total_thousand_yen: thousandYen('掲載事業の計画年度の予算の合計'),
});

export const MeasureRow = z.object({
  id: z.string().describe('施策の番号（例：1-1）'),
  vision: z.number().int().describe('ビジョンの番号'),
  title: z.string().describe('施策の名称'),
  summary: z.string().describe('施策の概要'),
  line: line('施策の行'),
});

export const WardRow = z.object({
  id: z.string().describe('区ID（chuo, higashi, nishi, minami, kita, common）'),
  name: z.string().describe('区の名称（5区共通を含む）'),
  slogan: z.string().nullable().describe('区のキャッチフレーズ'),
  vision: z.string().nullable().describe('区のまちづくりの説明'),
  label_line: line('区名の行'),
  project_ids: list('事業ID（掲載順）'),
  total_thousand_yen: thousandYen('掲載事業の計画年度の予算の合計'),
  frame_thousand_yen: thousandYen('まちづくり推進経費の枠（各区19百万円、共通5百万円）'),
});

export const TableCellRow = z.object({
  table_id: z.string().describe('表ID（例：school-staffing）'),
  table_title: z.string().describe('表の名称'),
  attached_to: z.string().describe('表が属する事業IDまたはビジョンID'),
  row: z.number().int().describe('行の位置（0が見出し行）'),
  column: z.number().int().describe('列の位置（0から）'),
  text: z.string().describe('セルの内容（原資料のとおり）'),
  line: line('表の行'),
});

export const FigureRow = z.object({
  line: line('金額の行'),
  column: z.number().int().describe('金額が始まる文字位置（1から）'),
  text: z.string().describe('原資料の表記（例：24,300千円）'),
  thousand_yen: thousandYen('金額'),
  kind: z.string().describe('budget（計画年度の予算）、previous-budget（前年度の予算）、other（予算以外の金額）'),
  project_id: z.string().nullable().describe('予算である場合の事業ID'),
  reason: z.string().nullable().describe('予算以外の金額である理由'),
});

export const ItemRow = z.object({
  no: z.number().int().describe('項目番号（1〜130）'),
  url: z.string().describe('項目のページのパス'),
  part: z.string().describe('部（I, II, III）'),
  chapter: z.number().int().nullable().describe('章（第I部のみ1〜3）'),
  category: z.string().describe('分野ID（例：I-1-6、II-13）'),
  kana: z.string().describe('分野内の記号（ア、イ…）'),
  title: z.string().describe('項目名'),
  line: line('項目の行'),
  status: z
    .string()
    .describe(
      '項目の状況（done, in-progress, preparing, partly-cancelled, cancelled, unknown）、平成25年9月末時点。進捗状況の文からこのサイトが規則で分類したもので、熊本市の判定ではない',
    ),
  status_rule: z.string().describe('状況を決めた規則のID（データの読み取り方法を参照）'),
  successor: z
    .string()
    .describe('対応表の計画（令和6年度アクションプラン）での後継：linked（掲載あり）、none（後継事業の掲載なし）'),
});

export const SubitemRow = z.object({
  id: z.string().describe('取組ID（項目番号と正規化した名称のSHA-256の先頭6桁）'),
  item_no: z.number().int().describe('掲載されている項目の番号（番号なしの再掲は元の項目番号）'),
  name: z.string().describe('取組の名称'),
  line: line('取組の行'),
  fy2012: z.string().describe('平成24年度の予定（原資料のとおり）'),
  fy2013: z.string().describe('平成25年度の予定（原資料のとおり）'),
  fy2013_resolved: z.string().nullable().describe('平成25年度の予定（「⇒」を前年度の予定で補ったもの）'),
  progress: z.string().describe('進捗状況（平成25年9月末時点）'),
  progress_shared: z.boolean().describe('1行に複数の取組がまとめて書かれ、進捗状況を分けられないもの'),
  status: z
    .string()
    .describe(
      '取組の状況（done, in-progress, preparing, cancelled, unknown）。進捗状況の文からこのサイトが規則で分類したもので、熊本市の判定ではない',
    ),
  status_rule: z.string().describe('状況を決めた規則のID'),
  status_evidence: list('状況の根拠にした進捗状況の語（例: 設置済）'),
  relisting_of: z.number().int().nullable().describe('【No.NN再掲】の元の項目番号'),
});

export const CrosswalkRow = z.object({
  item_no: z.number().int().describe('2013年の行程表の項目番号'),
  item_title: z.string().describe('2013年の行程表の項目名'),
  status: z.string().describe('linked（対応表の計画に後継の掲載あり）、none（後継事業の掲載なし）'),
  successor_kind: z.string().nullable().describe('後継の種類（project, measure, vision）'),
  successor_id: z.string().nullable().describe('後継のID（事業ID、施策番号、ビジョンID）'),
  successor_title: z.string().nullable().describe('後継の名称'),
  shared: z.string().nullable().describe('両方の資料に共通する語句（結び付けの根拠）'),
  note: z.string().nullable().describe('補足'),
});

export const ProjectLinkRow = z.object({
  from_plan: z.string().describe('前の年度の計画ID（例：fy2024）'),
  from_id: z.string().describe('前の年度の事業ID'),
  from_title: z.string().describe('前の年度の事業名'),
  from_budget_thousand_yen: z.number().int().describe('前の年度の計画での予算（千円）'),
  to_plan: z.string().describe('次の年度の計画ID（例：fy2025）'),
  to_id: z.string().describe('次の年度の事業ID'),
  to_title: z.string().describe('次の年度の事業名'),
  to_budget_thousand_yen: z.number().int().describe('次の年度の計画での予算（千円）'),
  linked_by: z
    .string()
    .describe(
      'つないだ根拠：same-title（事業名が同じ）、renamed（名称の変更をこのサイトが確認し、資料ごとの判断ファイルに理由とともに記録）',
    ),
});

export const QualityNoteRow = z.object({
  id: z.string().describe('注記ID'),
  document: z.string().describe('資料（アクションプランはその計画のID（fy2024 など）、2013年の行程表は 2013）'),
  kind: z.string().describe('不整合の種類'),
  message: z.string().describe('原資料の記載'),
  resolution: z.string().describe('このサイトでの扱い'),
  lines: z.array(z.number().int()).describe('関係する行（CSVでは「;」区切り）'),
});

/** The published record of /data/<plan>/projects.json (e.g. fy2024): a contract other tools read. Add fields; never rename. */
export const OpenProject = z.object({
  id: z.string().describe('事業ID'),
  url: z.string().describe('事業のページのパス'),
  title: z.string().describe('事業名'),
  otherTitles: z.array(z.string()).describe('別の表記'),
  description: z.string().describe('事業の説明'),
  budgetThousandYen: z.number().int().describe('計画年度の予算（千円）'),
  previousBudgetThousandYen: z.number().int().nullable().describe('前年度の予算（千円）、記載がなければnull'),
  notes: z.array(z.string()).describe('予算の注記'),
  sections: z.array(z.string()).describe('掲載箇所のキー'),
  sourceLines: z.array(z.number().int()).describe('予算額が書かれた行'),
  appearances: z
    .array(
      z.object({
        section: z.string(),
        title: z.string(),
        titleLine: z.number().int(),
        budgetLine: z.number().int(),
        previousBudgetLine: z.number().int().nullable(),
      }),
    )
    .describe('掲載箇所ごとの表記と行'),
});
export type OpenProject = z.infer<typeof OpenProject>;

/** The published record of /data/2013/items.json: a contract other tools read. Add fields; never rename. */
export const OpenItem = z.object({
  no: z.number().int().describe('項目番号'),
  url: z.string().describe('項目のページのパス'),
  part: z.enum(['I', 'II', 'III']).describe('部'),
  chapter: z.number().int().nullable().describe('章（第I部のみ）'),
  category: z.string().describe('分野ID'),
  kana: z.string().describe('分野内の記号'),
  title: z.string().describe('項目名'),
  line: z.number().int().describe('項目の行'),
  status: z
    .string()
    .describe('項目の状況（平成25年9月末時点）。このサイトが規則で分類したもので、熊本市の判定ではない'),
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
        /** The words of the progress text the status rests on. */
        statusEvidence: z.array(z.string()),
        relistingOf: z.number().int().nullable(),
        line: z.number().int(),
      }),
    )
    .describe('取組'),
  successors: z
    .array(z.object({ kind: z.string(), id: z.string(), title: z.string(), url: z.string(), shared: z.string() }))
    .describe('対応表の計画（令和6年度アクションプラン）での後継（空なら後継事業の掲載なし）'),
});
export type OpenItem = z.infer<typeof OpenItem>;

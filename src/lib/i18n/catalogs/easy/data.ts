/** The easy catalog: data (keys and arguments as in ../ja/data.ts). */
import type { Mirror } from '../types.ts';
import type { ColumnType, Note, data as ja } from '../ja/data.ts';
import type { PlanEntry } from '../../../../schemas/plans.ts';
import type { CsvFormKind } from '../../../../schemas/open-data.ts';
import { columnMeaning } from './datasets.ts';
import type { RelistedField } from '../../../../schemas/roadmap2013.ts';
import { lineRef, original as o } from '../../../format/marked.ts';
import { quoted } from '../../../format/strings.ts';

/**
 * A title quoted as printed: in 「」 (the site's punctuation, outside the original), unless it already begins or ends
 * with a bracket (「結婚支援センター」の開設), which the Japanese site quotes as is too (src/lib/format/strings.ts).
 */
const q = (text: string) => (quoted(text) === text ? o(text) : `「${o(text)}」`);

const PROJECT_FORM = 'CSVでは、IDのはじめに「project-」がつきます（れい：project-c15a479c）。JSONとURLではつきません。';
const MEASURE_FORM = 'CSVでは、IDのはじめに「measure-」がつきます（れい：measure-1-1）。JSONでは 1-1 です。';
const CSV_FORM: Record<CsvFormKind, string> = {
  project: PROJECT_FORM,
  measure: MEASURE_FORM,
  attachedTo: `事業のIDです。${PROJECT_FORM}ビジョンのIDは、そのままです。`,
  successor: `事業のIDです。${PROJECT_FORM}施策のIDです。${MEASURE_FORM}表とビジョンのIDは、そのままです。`,
};
const L = (line: number) => lineRef(line, `${line}行目`);
const FIELD: Record<RelistedField, string> = {
  name: '名前',
  fy2012: '2012年度の予定',
  fy2013: '2013年度の予定',
  progress: '進み具合',
};

/** A budget remark's meaning (its kind, e.g. `fy2023-feb-supplementary-full`). */
function remark(kind: string): string {
  const year = `${/fy(\d{4})/.exec(kind)![1]}年度`;
  if (kind.endsWith('-feb-supplementary-full')) return `${year}の2月の補正予算で、全部をつけました`;
  if (kind.endsWith('-feb-supplementary-partial')) return `${year}の2月の補正予算で、一部をつけました`;
  return `${year}の補正予算の分もふくみます`;
}

export const data = {
  'data.note.titleVariant': (n: Note<'title-variant'>) =>
    `${n.titles.map((t) => `${q(t.text)}（${L(t.line)}）`).join('と')}は、お金と説明が同じです。名前だけがちがいます。`,
  'data.resolution.titleVariant': (n: Note<'title-variant'>) =>
    `このサイトでは1つの事業にしました。名前は${q(n.title)}です。`,
  'data.note.descriptionVariant': (n: Note<'description-variant'>) =>
    `${q(n.title)}の説明が、${L(n.firstLine)}と${L(n.line)}でちがいます。`,
  'data.resolution.descriptionVariant': (n: Note<'description-variant'>) =>
    `はじめの説明（${L(n.firstLine)}）を出しています。ほかの説明ものこしています。`,
  'data.note.noteVariant': (n: Note<'note-variant'>) =>
    `${q(n.title)}の予算に「${o(n.budgetNote.text)}」と書いてあります。意味は「${remark(n.budgetNote.kind)}」です。これは${L(n.budgetNote.line)}にだけあります。${n.withoutLines.map(L).join('・')}にはありません。`,
  'data.resolution.noteVariant': 'この書きこみは、事業の全体のものとしています。',
  'data.note.relatedVisionTitle': (n: Note<'related-vision-title'>) =>
    `ビジョン${n.vision}のページに、ビジョン${n.related}の名前があります。そこでは「${o(n.printed)}」です。目次では「${o(n.contents)}」です。`,
  'data.resolution.relatedVisionTitle': '目次の名前を正しいものとしています。',
  'data.note.kanjiDash': (n: Note<'kanji-dash'>) =>
    `${q(n.title)}の前の年の予算（${L(n.line)}）は「${o('(一)')}」です。漢字の「一」です。「-」（なし）のまちがいだと思います。`,
  'data.resolution.kanjiDash': '前の年の予算は、なしとしています。書き方は資料のままです。',
  'data.note.asPrinted': (n: Note<'as-printed'>) =>
    `資料には「${o(n.text)}」と書いてあります（${n.lines.map(L).join('・')}）。このサイトの注：${o(n.note)}`,
  'data.resolution.asPrinted': '資料の書き方のままで出しています。',
  'data.note.partTitleVariant': (n: Note<'part-title-variant'>) =>
    `第${n.part}部の名前が2つあります。目次（${L(n.tocLine)}）では${q(n.title)}です。${L(n.line)}では「${o(n.printed)}」です。`,
  'data.resolution.partTitleVariant': '目次の名前を正しいものとしています。',
  'data.note.relistingVariant': (n: Note<'relisting-variant'>) =>
    `${q(n.name)}は、${'no' in n.relistedIn ? `No.${n.relistedIn.no}` : `番号のない「${o(`${n.relistedIn.kana}. ${n.relistedIn.title}`)}」`}にもう一度のっています（${L(n.line)}）。もとのNo.${n.originalNo}（${L(n.originalLine)}）と、${n.differences.map((d) => FIELD[d.field]).join('と')}がちがいます。${n.differences.map((d) => `${FIELD[d.field]}は、もう一度の方が「${o(d.relisted)}」、もとの方が「${o(d.original)}」です。`).join('')}`,
  'data.resolution.relistingVariant': 'もう一度のっている方も、そのまま出しています。数えるのは、もとの方です。',
  'data.note.spilledCell': (n: Note<'spilled-cell'>) =>
    `No.${n.itemNo}の${q(n.name)}（${L(n.line)}）です。2013年度の予定の「${o(n.spilled)}」が、進み具合の欄に入っています。PDFを文字にしたときに、ずれました。`,
  'data.resolution.spilledCell': (n: Note<'spilled-cell'>) => `2013年度の予定は「${o(n.fy2013)}」として出しています。`,
  'data.note.dividedProgress': (n: Note<'divided-progress'>) =>
    `No.${n.itemNo}の${n.subitems.map((s) => `「${o(s.name)}」`).join('と')}は、1つの行（${L(n.line)}）にあります。進み具合の欄も1つです。`,
  'data.resolution.dividedProgress': (n: Note<'divided-progress'>) =>
    `進み具合の文を、ことばを手がかりに分けました。${n.subitems.map((s) => `「${o(s.name)}」は「${o(s.progress)}」です。`).join('')}`,
  'data.note.sharedProgress': (n: Note<'shared-progress'>) =>
    `No.${n.itemNo}の${n.names.map((s) => `「${o(s)}」`).join('と')}は、1つの行（${L(n.line)}）にあります。進み具合を分けることはできません。`,
  'data.resolution.sharedProgress': 'それぞれに、進み具合の文の全部を出しています。',
  // The data pages (/data/, its folders, the dictionary and the quality notes).
  'data.planName': (plan: PlanEntry) => `${plan.fiscalYear.gregorian}年度のアクションプラン`,
  'data.roadmap': '2013年の行程表',
  'data.roadmapFirst': '2013年の行程表',
  'data.downloads': 'データのダウンロード',
  'data.downloadsDescription': (plans: string[]) =>
    `${plans.join('と')}と、2013年の行程表のデータです。CSVとJSONでダウンロードできます。`,
  'data.dictionary': 'データ辞書',
  'data.quality': 'データの注記',
  'data.leadBefore': 'このサイトのデータは、全部ダウンロードできます。ファイルは日本語です。列の意味は',
  'data.leadMiddle': 'にあります。資料のまちがいなどは',
  'data.leadAfter': 'にあります。',
  'data.zipHeading': '全部のデータ（ZIP）',
  'data.kilobytes': (kb: number) => `（${kb.toLocaleString('ja-JP')} KB）`,
  'data.zipContents':
    '全部のデータと、データ辞書、コード表が入っています。説明のファイルもあります。README.txtは日本語、README.easy.txtはやさしい日本語、README.en.txtは英語です。',
  'data.version': 'データの版',
  'data.versionNote': '（データが変わったときだけ、変わります）',
  'data.created': 'データを新しくした日',
  'data.formatHeading': 'ファイルの形',
  'data.formatCsv':
    'CSVは、表計算ソフトで開けます。文字コードはUTF-8です。いちばん上の行は列の名前です。その下は、1行に1つのデータです。',
  'data.formatUnits': 'お金は千円の単位です。年度は西暦です。空いている欄は、値がないことです（0とはちがいます）。',
  'data.formatIds': 'CSVでは、IDの前に種類を書いています。表計算ソフトが日付などに変えないためです。',
  'data.idProject': '事業のID：',
  'data.idProjectJson': '（JSONとURLでは c15a479c）。施策：',
  'data.idMeasureJson': '（JSONでは 1-1）',
  'data.formatJson': 'JSONには、同じデータが入っています。リストや長い文は、JSONだけにあります。',
  'data.groupAcross': '年度をこえた事業のつながり',
  'data.groupDictionary': 'データ辞書とコード表',
  'data.folderLink': (name: string) => `${name}のファイルの一覧`,
  'data.folderLinkNote': '（1つずつのJSONもあります）',
  'data.perProjectBefore': '事業1つずつのJSONは ',
  // Placeholders inside <code>, where the ruby pass adds no ふりがな: in kana.
  'data.projectIdPlaceholder': 'じぎょうのID',
  'data.perItemBefore': ' です。2013年の行程表の項目1つずつのJSONは ',
  'data.itemNoPlaceholder': 'ばんごう',
  'data.perRecordAfter': ' です。',
  'data.rulesHeading': '国の「機械可読性のルール」について',
  'data.rulesLead': 'CSVとJSONは、国のルールにあわせて作っています。コンピューターが読みやすくするためのルールです。',
  'data.rule': (_id: string, rule: string) => rule,
  'data.ruleHow': (_id: string, how: string) => how,
  'data.rulesInJapanese': 'ルールと、このサイトのやり方です（むずかしい日本語のままです）：',
  'data.rulesExcelOnly': (ids: readonly string[]) =>
    `${ids.join('、')}は、Excelのファイルのルールです。CSVとJSONには関係ありません。`,
  'data.termsHeading': '資料と、データの使い方',
  'data.termsSources': (sources: string[], roadmap: string, asOf: string) =>
    `もとの資料は、熊本市が出した${sources.join('と')}と「${roadmap}」（${asOf}）です。資料の権利は熊本市にあります。`,
  'data.termsSource': (title: string, published: string, department: string) =>
    `「${title}」（${published}、${department}）`,
  'data.termsUse':
    'データを使うときは、このサイトの名前「熊本市 計画エクスプローラー」と、市のサイトではないこと、データのファイルの名前、データを 新しく した 日にち、熊本市の資料の名前を書いてください。',
  'data.termsConditions': '資料そのものの使い方は、熊本市のきまりにしたがってください。',
  'data.licence': 'このサイトのデータは、CC BY 4.0というルールで、だれでも使えます。',
  'data.licenceMore': '使うときのルール',
  'data.unofficial': '（熊本市のサイトではありません）',
  // Dataset lists.
  'data.datasetTitle': (path: string, title: string) =>
    TITLES[path.replace(/^fy\d{4}\//, 'plan/')]?.(year(path)) ?? title,
  'data.datasetDescription': (path: string, description: string) =>
    ABOUT[path.replace(/^fy\d{4}\//, 'plan/')] ?? description,
  'data.rowCount': (n: number) => `（${n.toLocaleString('ja-JP')}件）`,
  'data.schemaLabel': (path: string) => `${path}.json のJSON Schema`,
  // A document's folder and its per-record JSON.
  'data.recordKind': (folder: string) => (folder === '2013' ? '項目' : '事業'),
  'data.folderTitle': (name: string) => `${name}のデータ`,
  'data.folderDescription': (name: string, kind: string) => `${name}のデータです。${kind}1つずつのJSONもあります。`,
  'data.folderLeadBefore': 'このフォルダのデータです。列の意味は',
  'data.folderLeadMiddle': 'にあります。全部のデータのZIPは',
  'data.folderLeadAfter': 'にあります。',
  'data.perRecordHeading': (kind: string) => `${kind}1つずつのJSON`,
  'data.perRecordLink': (kind: string, count: number) => `${kind}1つずつのJSON（${count}件）の一覧`,
  'data.recordsTitle': (name: string, kind: string) => `${name}の${kind}1つずつのJSON`,
  'data.recordsDescription': (name: string, kind: string, count: number) =>
    `${name}の${kind}${count}件の、JSONファイルの一覧です。`,
  'data.recordsLead': (kind: string, count: number) =>
    `${kind}1つずつのJSON（${count}件）です。${kind}のページからも行けます。`,
  // The data dictionary.
  'data.dictionaryDescription': 'データの列の名前と意味、コードの一覧です。',
  'data.dictionaryLead':
    'CSVの列の名前（日本語）と、JSONの名前（英語の文字）です。型と単位、意味もあります。説明は日本語のままのものもあります。',
  'data.dictionaryCsv': 'CSVのいちばん上の行は列の名前です。空いている欄は、値がないことです（0とはちがいます）。',
  'data.dictionaryCodesBefore': 'コードの意味は、コードの一覧と、コード表（',
  'data.dictionaryCodesAfter': '）にあります。',
  'data.dictionarySelfBefore': 'この辞書も、',
  'data.dictionarySelfAfter': 'でダウンロードできます。',
  'data.datasetsNav': 'データセット',
  'data.csvColumns': 'CSVの列（左から）',
  'data.jsonOnly': 'JSONだけにあるもの',
  'data.jsonFields': (path: string) => `${path}.json の中身（プログラムが読む形です）`,
  'data.type': (c: ColumnType) =>
    `${TYPES[c.base] ?? c.base}${c.list ? 'のリスト' : ''}${c.nullable ? '（空いていることもあります）' : ''}`,
  'data.unit': (unit: string) => `（単位：${unit}）`,
  'data.columnMeaning': (dataset: string, name: string, meaning: string) =>
    columnMeaning(dataset.replace(/^fy\d{4}\//, 'plan/'), name) ?? meaning,
  'data.inJapanese': 'むずかしい日本語の説明：',
  'data.csvForm': (kind: CsvFormKind) => CSV_FORM[kind],
  'data.codesOf': (title: string) => `「${title}」のコード`,
  // The quality notes.
  'data.qualityDescription': '資料の中で、書き方がちがうところなどの一覧です。このサイトでどうしたかも書いています。',
  'data.qualityLead':
    '資料の中で、書き方がちがうところなどです。このサイトでどうしたかも書いています。行の番号は資料の行です。',
  'data.qualityFilesBefore': '',
  'data.qualityFilesSep': '・',
  'data.qualityFilesAfter': 'でもダウンロードできます（むずかしい日本語です）。',
  'data.sentenceSep': '',
  'data.linesOpen': '（',
  'data.linesClose': '）',
  'data.lineRef': (n: number) => `${n}行目`,
  'data.lineSep': '・',
  'data.qualityCount': (name: string, count: number) => `${name}（${count}件）`,
  'data.projectPage': '事業のページ',
  'data.itemPage': (no: number) => `No.${no}のページ`,
  'data.mergeNote': (title: string, others: string[]) =>
    `${q(title)}は、${others.map((x) => q(x)).join('')}とも書いてあります。同じ事業としています（`,
  'data.mergeNoteAfter': '）。',
  'data.qualityTotals': (roadmapItems: number, plans: Array<{ year: string; projects: number }>) =>
    `2013年の行程表の項目は${roadmapItems}です。${plans.map((p) => `${p.year}の事業は${p.projects}です。`).join('')}`,
} satisfies Mirror<typeof ja>;

const year = (path: string) => /^fy(\d{4})\//.exec(path)?.[1] ?? '';
const TYPES: Record<string, string> = { string: '文字', integer: '整数', number: '数', boolean: 'はい・いいえ' };
/** The datasets' titles, in 西暦 (the files' own titles name the year in 和暦). */
const TITLES: Record<string, (y: string) => string> = {
  'plan/projects': (y) => `${y}年度の事業`,
  'plan/appearances': (y) => `${y}年度の事業がのっている場所`,
  'plan/budget-notes': (y) => `${y}年度の予算の注`,
  'plan/indicators': (y) => `${y}年度の事業の指標`,
  'plan/priorities': (y) => `${y}年度の重点事項`,
  'plan/visions': (y) => `${y}年度のビジョン`,
  'plan/vision-aims': (y) => `${y}年度のビジョンのめざす姿`,
  'plan/related-visions': (y) => `${y}年度の関連するビジョン`,
  'plan/measures': (y) => `${y}年度の施策`,
  'plan/wards': (y) => `${y}年度の区の取組`,
  'plan/tables': (y) => `${y}年度の資料の表`,
  'plan/figures': (y) => `${y}年度の「千円」の金額のチェック`,
  'projects-across-plans': () => '年度をこえた同じ事業',
  '2013/items': () => '2013年の行程表の項目',
  '2013/subitems': () => '2013年の行程表の取組',
  '2013/subitem-entries': () => '2013年の行程表の取組の文',
  '2013/status-evidence': () => '2013年の行程表の状況の手がかり',
  '2013/categories': () => '2013年の行程表の分野',
  'quality-notes': () => 'データの注記',
  'quality-note-lines': () => 'データの注記の行',
  dictionary: () => 'データ辞書',
  codes: () => 'コード表',
  '2013/crosswalk': () => '2013年の行程表と2024年度の事業のつながり',
  '2013/crosswalk-rejected': () => '2013年の行程表と、つなげなかった2024年度の事業',
};
/** What each dataset holds, in short sentences. */
const ABOUT: Record<string, string> = {
  'plan/projects': 'アクションプランの事業です。1つの事業が1行です。',
  'plan/appearances': '事業がのっている場所ごとの名前、説明、お金です。',
  'plan/budget-notes': '予算のとなりに書いてある注と、その意味です。',
  'plan/indicators': '事業の指標（☑のところ）です。',
  'plan/priorities': '重点事項と、その事業の数、お金の合計です。',
  'plan/visions': 'ビジョンと、その事業の数、お金の合計です。',
  'plan/vision-aims': 'ビジョンの「めざす姿」の文です。1つの段落が1行です。',
  'plan/related-visions': 'ビジョンごとの「関連するビジョン」です。',
  'plan/measures': 'ビジョンのための施策（1-1など）です。',
  'plan/wards': '5つの区と、区に共通の取組です。事業の数とお金の合計もあります。',
  'plan/tables': '資料の中の小さい表です。セルの1行が1行です。',
  'plan/figures': '資料の中の「千円」の金額の全部です。何の金額かも書いています。',
  'projects-across-plans': '前の年度の事業と、次の年度の同じ事業です。',
  '2013/items': '2013年の行程表の項目です。2013年9月の終わりの状況もあります。',
  '2013/subitems': '項目の中の取組です。予定と進み具合があります。',
  '2013/subitem-entries': '取組の予定と進み具合の文を、1つずつに分けました。',
  '2013/status-evidence': '状況を決めるときに見た、進み具合のことばです。',
  '2013/categories': '項目の分野（①など）です。',
  '2013/crosswalk': '2013年の項目と、2024年度の事業などのつながりです。つながりは、このサイトが決めました。',
  '2013/crosswalk-rejected': 'つながりを考えて、つなげなかったものです。理由もあります。',
  'quality-notes': '資料の中で、書き方がちがうところなどです。このサイトでどうしたかも書いています。',
  'quality-note-lines': '注に関係する資料の行です。',
  dictionary: '全部のデータの列の名前と意味です。',
  codes: 'コードの意味の一覧です。',
};

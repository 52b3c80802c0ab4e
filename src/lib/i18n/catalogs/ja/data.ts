/** The Japanese catalog: data. Keys are `data.…`. */
import type { QualityNote } from '../../../../schemas/action-plan.ts';
import type { RelistedField, RoadmapQualityNote } from '../../../../schemas/roadmap2013.ts';
import { ROADMAP, ROADMAP_FIRST, budgetNoteLabel, planName, quoted } from '../../../format/strings.ts';
import type { PlanEntry } from '../../../../schemas/plans.ts';
import type { CsvFormKind } from '../../../../schemas/open-data.ts';
import { lineRef, original as o } from '../../../format/marked.ts';

/** A column's type as the dictionary prints it (`type`, in Japanese) and as codes, for the other editions. */
export interface ColumnType {
  type: string;
  base: string;
  list: boolean;
  nullable: boolean;
}

/** A data-quality note of one kind (either document's; `as-printed` is both). */
export type Note<K extends string> = Extract<QualityNote | RoadmapQualityNote, { kind: K }>;

// These sentences are the published Japanese notes (the quality page, quality-notes.csv): keep them word for word.
const L = (line: number) => lineRef(line, `${line}行目`);
const q = (text: string) => o(quoted(text));
const FIELD: Record<RelistedField, string> = {
  name: '名称',
  fy2012: '平成24年度の予定',
  fy2013: '平成25年度の予定',
  progress: '進捗状況',
};

export const data = {
  'data.note.titleVariant': (n: Note<'title-variant'>) =>
    `同じ予算額・説明文の事業が、${n.titles.map((t) => `${q(t.text)}（${L(t.line)}）`).join('と')}の異なる名称で掲載されています。`,
  'data.resolution.titleVariant': (n: Note<'title-variant'>) =>
    `同一の事業として扱い、${q(n.title)}を名称としています。`,
  'data.note.descriptionVariant': (n: Note<'description-variant'>) =>
    `${q(n.title)}の説明文が、${L(n.firstLine)}と${L(n.line)}で異なります。`,
  'data.resolution.descriptionVariant': (n: Note<'description-variant'>) =>
    `${L(n.firstLine)}（最初の掲載）の説明文を表示し、各掲載の説明文も残しています。`,
  'data.note.noteVariant': (n: Note<'note-variant'>) =>
    `${q(n.title)}の予算の注記「${o(n.budgetNote.text)}」（${budgetNoteLabel(n.budgetNote.kind)}）は${L(n.budgetNote.line)}の掲載にのみあり、${n.withoutLines.map(L).join('・')}の掲載にはありません。`,
  'data.resolution.noteVariant': '注記は事業全体に付くものとして表示しています。',
  'data.note.relatedVisionTitle': (n: Note<'related-vision-title'>) =>
    `ビジョン${n.vision}の関連するビジョンで、ビジョン${n.related}の名称が「${o(n.printed)}」と記載されています（目次では「${o(n.contents)}」）。`,
  'data.resolution.relatedVisionTitle': '目次の名称を正としています。',
  'data.note.kanjiDash': (n: Note<'kanji-dash'>) =>
    `${q(n.title)}の前年度の予算（${L(n.line)}）は「${o('(一)')}」と記載されています。線（-）の代わりに漢数字の「一」が使われていると思われます。`,
  'data.resolution.kanjiDash': '「(-)」と同じく、前年度の予算がないものとして扱い、表記は原資料のまま表示しています。',
  'data.note.asPrinted': (n: Note<'as-printed'>) =>
    `「${o(n.text)}」と記載されています（${n.lines.map((l) => lineRef(l, String(l))).join('・')}行目）。${o(n.note)}`,
  'data.resolution.asPrinted': '原資料の表記のまま表示しています。',
  'data.note.partTitleVariant': (n: Note<'part-title-variant'>) =>
    `第${n.part}部の名称が、目次（${L(n.tocLine)}）では「${o(n.title)}」、${L(n.line)}では「${o(n.printed)}」と記載されています。`,
  'data.resolution.partTitleVariant': '目次の名称を正としています。',
  'data.note.relistingVariant': (n: Note<'relisting-variant'>) =>
    `${'no' in n.relistedIn ? `No.${n.relistedIn.no}` : `「${o(`${n.relistedIn.kana}. ${n.relistedIn.title}`)}」（番号なし）`}に再掲された${q(n.name)}（${L(n.line)}）は、元のNo.${n.originalNo}（${L(n.originalLine)}）と${n.differences.map((d) => FIELD[d.field]).join('・')}が異なります。${n.differences.map((d) => `${FIELD[d.field]}は、再掲では「${o(d.relisted)}」、元の項目では「${o(d.original)}」です`).join('。')}。`,
  'data.resolution.relistingVariant': '再掲の記載はそのまま表示し、件数と状況は元の項目で数えています。',
  'data.note.spilledCell': (n: Note<'spilled-cell'>) =>
    `No.${n.itemNo}${q(n.name)}（${L(n.line)}）で、平成25年度の欄の「${o(n.spilled)}」が進捗状況の欄の先頭に入っています（PDFからの変換による）。`,
  'data.resolution.spilledCell': (n: Note<'spilled-cell'>) =>
    `平成25年度の欄を「${o(n.fy2013)}」として表示しています。`,
  'data.note.dividedProgress': (n: Note<'divided-progress'>) =>
    `No.${n.itemNo}の${n.subitems.map((s) => `「${o(s.name)}」`).join('と')}は1行（${L(n.line)}）にまとめて記載され、進捗状況の欄も1つです。`,
  'data.resolution.dividedProgress': (n: Note<'divided-progress'>) =>
    `進捗状況の文を、取組の名称・予定と共通する語句によって取組の順に分けて表示しています：${n.subitems.map((s) => `「${o(s.name)}」は「${o(s.progress)}」`).join('、')}。`,
  'data.note.sharedProgress': (n: Note<'shared-progress'>) =>
    `No.${n.itemNo}の${n.names.map(q).join('と')}は1行（${L(n.line)}）にまとめて記載され、進捗状況を取組ごとに分けられません。`,
  'data.resolution.sharedProgress': '進捗状況の全文をそれぞれの取組に表示し、その旨を示しています。',

  // The data pages (/data/, its folders, the dictionary and the quality notes).
  'data.planName': (plan: PlanEntry) => planName(plan),
  'data.roadmap': ROADMAP,
  'data.roadmapFirst': ROADMAP_FIRST,
  'data.downloads': 'データのダウンロード',
  'data.downloadsDescription': (plans: string[]) =>
    `${plans.join('・')}と${ROADMAP}のデータを、CSV（表計算ソフトでそのまま開ける形式）とJSONでダウンロードできます。`,
  'data.dictionary': 'データ辞書',
  'data.quality': 'データの注記',
  'data.leadBefore': 'このサイトのデータはすべてダウンロードできます。各列の意味は',
  'data.leadMiddle': 'に、原資料との不整合は',
  'data.leadAfter': 'にまとめています。',
  'data.zipHeading': 'すべてのデータ（ZIP）',
  'data.kilobytes': (kb: number) => `（${kb.toLocaleString('ja-JP')} KB）`,
  'data.zipContents':
    'すべてのデータセットのCSV・JSON・JSON Schemaと、データ辞書、コード表、説明（README.txt）が入っています。',
  'data.version': 'データ版',
  'data.versionNote': '（データの内容から計算した値で、内容が変わったときだけ変わります）',
  'data.created': 'データ更新日',
  'data.formatHeading': 'ファイルの形式',
  'data.formatCsv':
    'CSVは文字コードUTF-8（BOM付き）、改行CRLFで、表計算ソフトでそのまま開けます。先頭行が日本語の列名、次の行からデータで、1行に1件、1つのセルに1つの値です。',
  'data.formatUnits': '金額は千円単位の整数、年度は西暦です。空欄は値がないことを表します（0とは区別しています）。',
  'data.formatIds': '表計算ソフトが日付や数値に変えないよう、CSVではIDの前にその種類を付けています。',
  'data.idProject': '事業ID：',
  'data.idProjectJson': '（JSONとURLでは c15a479c）、施策：',
  'data.idMeasureJson': '（JSONでは 1-1）',
  'data.formatJson':
    'JSONは同じデータを英数字の項目名で収めたものです。リストや改行を含む全文はJSONにだけあり、CSVでは1件1行の別のファイルにしています。',
  'data.groupAcross': '年度をまたいだ事業のつながり',
  'data.groupDictionary': 'データ辞書とコード表',
  'data.folderLink': (name: string) => `${name}のファイル一覧`,
  'data.folderLinkNote': '（1件ごとのJSONもあります）',
  'data.perProjectBefore': '事業1件ごとのJSONは ',
  'data.projectIdPlaceholder': '事業ID',
  'data.perItemBefore': `、${ROADMAP}の項目ごとのJSONは`,
  'data.itemNoPlaceholder': '番号',
  'data.perRecordAfter': ' にあります（各ページの「引用」欄からもたどれます）。',
  'data.rulesHeading': '行政データの機械可読性のルールへの対応',
  'data.rulesLead':
    'CSVとJSONは、政府の「行政データにおける機械可読性に関するルール」（各府省庁DX推進連絡会議、2026年3月31日決定）の各項目に、次のように対応しています。',
  'data.rulesInJapanese': '',
  'data.rule': (_id: string, rule: string) => rule,
  'data.ruleHow': (_id: string, how: string) => how,
  'data.rulesExcelOnly': (ids: readonly string[]) =>
    `${ids.join('、')}はExcel形式のファイルについての項目で、CSVとJSONには該当しません。`,
  'data.termsHeading': '出典と利用について',
  'data.termsSources': (sources: string[], roadmap: string, asOf: string) =>
    `原資料は熊本市が公表した${sources.join('、')}と「${roadmap}」（${asOf}、企画課）で、その内容の権利は熊本市にあります。`,
  'data.termsSource': (title: string, published: string, department: string) =>
    `「${title}」（${published}、${department}）`,
  'data.termsUse':
    'このサイトのデータは、原資料の記載を読み取って構造化したものです。利用するときは、「熊本市 計画エクスプローラー（非公式）」、データのファイル名とデータ更新日、出典として熊本市の原資料名を示してください。',
  'data.termsConditions': '原資料そのものの利用条件は熊本市の定めに従ってください。',
  'data.licence':
    'このサイトのデータは、クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）で提供します（公共データ利用規約 第1.0版と互換）。',
  'data.licenceMore': '利用条件と出典の示し方',
  'data.unofficial': '（熊本市の公式サイトではありません）',
  // Dataset lists.
  'data.datasetTitle': (_path: string, title: string) => title,
  'data.datasetDescription': (_path: string, description: string) => description,
  'data.rowCount': (n: number) => `（${n.toLocaleString('ja-JP')}件）`,
  'data.schemaLabel': (path: string) => `${path}.json のJSON Schema`,
  // A document's folder and its per-record JSON.
  'data.recordKind': (folder: string) => (folder === '2013' ? '項目' : '事業'),
  'data.folderTitle': (name: string) => `${name}のデータ`,
  'data.folderDescription': (name: string, kind: string) =>
    `${name}のデータ（CSV・JSON・JSON Schema）と、${kind}ごとのJSONの一覧です。`,
  'data.folderLeadBefore': 'このフォルダにあるデータです。各列の意味は',
  'data.folderLeadMiddle': 'に、すべてのデータをまとめたZIPは',
  'data.folderLeadAfter': 'にあります。',
  'data.perRecordHeading': (kind: string) => `${kind}ごとのJSON`,
  'data.perRecordLink': (kind: string, count: number) => `${kind}ごとのJSON（${count}件）の一覧`,
  'data.recordsTitle': (name: string, kind: string) => `${name}の${kind}ごとのJSON`,
  'data.recordsDescription': (name: string, kind: string, count: number) =>
    `${name}の${kind}${count}件の、1件ごとのJSONファイルの一覧です。`,
  'data.recordsLead': (kind: string, count: number) =>
    `${kind}1件ごとのJSON（${count}件）です。各${kind}のページの「引用」欄からもたどれます。`,
  // The data dictionary.
  'data.dictionaryDescription':
    'ダウンロードできる各データの列の名前・項目名・型・単位・意味・出典と、コードの一覧です。',
  'data.dictionaryLead':
    'CSVの列名（日本語）と、JSONでの項目名（物理名、英数字）、型と単位、意味と出典の一覧です。行番号はすべて原資料（テキスト版）の1から数えた行で、値を読み取った箇所です。',
  'data.dictionaryCsv':
    'CSVは文字コードUTF-8（BOM付き）、改行CRLFで、先頭行が列名です。空欄は値がないこと（0とは区別）を表します。',
  'data.dictionaryCodesBefore':
    'コードの列には日本語の名称の列が並んでいます。すべてのコードと名称は各データセットの「コード」の一覧と、コード表（',
  'data.dictionaryCodesAfter': '）にあります。',
  'data.dictionarySelfBefore': 'この辞書そのものも',
  'data.dictionarySelfAfter': 'としてダウンロードできます。',
  'data.datasetsNav': 'データセット',
  'data.csvColumns': 'CSVの列（左から順に）',
  'data.jsonOnly': 'JSONだけにある項目',
  'data.jsonFields': (path: string) => `${path}.json の項目（ほかのプログラムが読む形式。項目名は変えません）`,
  'data.type': (c: ColumnType) => c.type,
  'data.unit': (unit: string) => `（単位：${unit}）`,
  'data.columnMeaning': (_dataset: string, _name: string, meaning: string) => meaning,
  'data.inJapanese': '',
  /** How the CSV writes an ID: on the Japanese site the dictionary's own sentence (src/schemas/open-data.ts). */
  'data.csvForm': (_kind: CsvFormKind, printed: string) => printed,
  'data.codesOf': (title: string) => `「${title}」のコード`,
  // The quality notes.
  'data.qualityDescription':
    '原資料で見つかった表記の揺れ、掲載箇所による違い、PDFからの変換によるずれと、このサイトでの扱いの一覧です。',
  'data.qualityLead':
    '原資料を読み取る中で見つかった不整合と、このサイトでの扱いです。行番号は原資料（テキスト版）の行です。',
  'data.qualityFilesBefore': '',
  'data.qualityFilesSep': '・',
  'data.qualityFilesAfter': 'でも取得できます。',
  'data.sentenceSep': '',
  'data.linesOpen': '（',
  'data.linesClose': '）',
  'data.lineRef': (n: number) => `${n}行目`,
  'data.lineSep': '・',
  'data.qualityCount': (name: string, count: number) => `${name}（${count}件）`,
  'data.projectPage': '事業のページ',
  'data.itemPage': (no: number) => `No.${no}のページ`,
  'data.mergeNote': (title: string, others: string[]) =>
    `${q(title)}は${others.map(q).join('')}とも表記されています（「」や空白の違い）。同じ事業として扱っています（`,
  'data.mergeNoteAfter': '）。',
  'data.qualityTotals': (roadmapItems: number, plans: Array<{ year: string; projects: number }>) =>
    `${ROADMAP}の項目数は${roadmapItems}、${plans.map((p) => `${p.year}の事業数は${p.projects}`).join('、')}です。`,
};

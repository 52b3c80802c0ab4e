/**
 * The zip's README in English (README.en.txt) and in やさしい日本語 (README.easy.txt), beside the Japanese README.txt,
 * which stays as it is: a reader opens the one file in their language, and the Japanese file every earlier copy of
 * the zip carries does not change. The data files themselves stay Japanese (one header row each), so these say how to
 * read them. Same format as README.txt: UTF-8 with a byte order mark, CRLF line ends.
 */
import type { Dataset } from './datasets/dataset.ts';
import type { PlanData, Roadmap2013 } from '../data/collections.ts';
import { datasetVersion } from './datasets/version.ts';
import { siteOperator } from '../config/site.ts';
import { CC_BY, openDataUrl } from './open-data.ts';
import { t } from '../i18n/t.ts';

const text = (lines: string[]) => '\uFEFF' + lines.join('\r\n');
const rows = (d: Dataset) => (d.json ?? d.rows).length;

/** README.en.txt: what the files are, their format and units, in English. */
export function readmeEn(datasets: Dataset[], all: PlanData[], r: Roadmap2013): string {
  const { version, date } = datasetVersion();
  return text([
    'Kumamoto Plan Explorer: open data',
    '',
    `Data version: ${version}${date ? ` (data of ${date})` : ' (unreleased: not in the list of data updates yet)'}`,
    'The data version is computed from the data and changes only when the data does. Give it with the source documents when you cite the data.',
    openDataUrl('/data/').startsWith('/')
      ? 'Published on: Kumamoto Plan Explorer, "Download the data" (/en/data/)'
      : `Published on: Kumamoto Plan Explorer ${openDataUrl('/en/data/')}`,
    `Run by: ${siteOperator()?.name ?? 'not set (a local build)'} (not an official site of the City of Kumamoto)`,
    `Licence: this data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0, ${CC_BY}), compatible with Japan's Public Data License 1.0. Credit "Kumamoto Plan Explorer (unofficial)" and the data version when you use it.`,
    '',
    '== Source documents (in Japanese)',
    ...all.map((f) => `- City of Kumamoto: ${f.plan.title} (FY${f.entry.fiscalYear.gregorian} action plan)`),
    `- City of Kumamoto: ${r.roadmap.title} (2013 roadmap, progress as of ${r.roadmap.asOf.date})`,
    "The City of Kumamoto holds the rights to the documents. This data is read from them (the PDFs the city published, converted to text) and given a structure. For the documents themselves, the city's terms apply.",
    '',
    '== Language',
    'The files are in Japanese, as the documents are: column names, labels and the quoted text. README.txt is the Japanese description; README.easy.txt is in easy Japanese. The site explains every column in English at /en/data/dictionary/.',
    '',
    '== File formats',
    '- CSV: UTF-8 with a byte order mark, CRLF line ends. The first row holds the column names (in Japanese); each following row is one record, one value per cell. Values with a comma or a double quote are in double quotes.',
    '- An empty cell means no value (not zero). True and false are written in Japanese (hai / iie).',
    '- IDs: so that a spreadsheet does not turn them into dates or numbers, the CSV writes project IDs with "project-" in front (project-c15a479c) and measure numbers with "measure-" (measure-1-1). The JSON and the site\'s URLs do not (c15a479c, 1-1).',
    "- JSON: the same rows as the CSV under alphanumeric field names, with the fields the CSV cannot hold (lists, full texts with line breaks). Each plan's projects.json and 2013/items.json are read by other programs: their field names do not change (fields may be added).",
    '- *.schema.json: the JSON Schema of each JSON file.',
    "- dictionary.csv: the data dictionary (every column's Japanese name, field name, type, unit and meaning, in Japanese).",
    '- codes.csv: every code of every coded column, with its Japanese name.',
    '',
    '== Units and dates',
    '- Amounts: whole numbers in thousands of yen, as printed (multiply by 1,000 for yen).',
    '- Fiscal years: Gregorian (April to March); the Japanese era year is given beside it.',
    '- Line numbers: lines of the text version of the document, counted from 1: where the value was read.',
    `- 2013 roadmap status: as of ${r.roadmap.asOf.date}.`,
    '',
    '== How figures are read',
    "- Budgets are the thousand-yen figures printed with each project. Every thousand-yen figure in a document is classified as a budget for the plan year, a previous-year budget or another figure; the list, with a reason for each other figure, is in each plan's figures.csv.",
    "- A project listed both in a priority and in a vision is one project (one row of projects.csv). Totals add the listed projects' budgets; they are not the city's whole budget.",
    "- The status of a 2013 item (done, in progress and so on) is not the city's: the site classifies the city's progress text by published rules (the rule is named in a column).",
    "- The links between 2013 items and later projects and measures (crosswalk.csv) are the site's judgement; those considered and not made are in crosswalk-rejected.csv with the reason.",
    '',
    '== Files',
    ...datasets.map(
      (d) =>
        `- ${d.path}.csv / .json / .schema.json: ${t('en', 'data.datasetTitle', d.path, d.title)}, ${rows(d)} rows. ${t('en', 'data.datasetDescription', d.path, d.description)}`,
    ),
    '',
  ]);
}

/** README.easy.txt: the same in やさしい日本語 (short sentences, 西暦). */
export function readmeEasy(datasets: Dataset[], all: PlanData[], r: Roadmap2013): string {
  const { version, date } = datasetVersion();
  return text([
    '熊本市 計画エクスプローラー オープンデータ（やさしい日本語の説明）',
    '',
    `データの版：${version}${date ? `（データを新しくした日：${date}）` : '（まだ出していないデータです）'}`,
    `作っている人：${siteOperator()?.name ?? 'まだ決めていません'}（熊本市のサイトではありません）`,
    `使うときのルール：このデータは、CC BY 4.0（${CC_BY}deed.ja）というルールで、だれでも使えます。使うときは「熊本市 計画エクスプローラー（非公式）」と、データの版を書いてください。`,
    'データの版は、データが変わったときだけ変わります。データを使うときは、資料の名前と、データの版を書いてください。',
    '',
    '■ もとの資料',
    ...all.map((f) => `・熊本市「${f.plan.title}」（${f.entry.fiscalYear.gregorian}年度のアクションプラン）`),
    `・熊本市「${r.roadmap.title}」（2013年の行程表。${r.roadmap.asOf.date}の時点）`,
    '資料の権利は熊本市にあります。このデータは、資料を読んで、表の形にしたものです。',
    '',
    '■ ことば',
    'ファイルは日本語です。README.txtは、くわしい説明です。README.en.txtは英語の説明です。',
    '',
    '■ ファイルの形',
    '・CSV：表計算ソフトで開けます。文字コードはUTF-8です。1行目は列の名前です。2行目から、1行に1つのデータです。',
    '・空いている欄は、値がないことです。0とはちがいます。',
    '・CSVでは、事業のIDの前に「project-」と書いています。施策の番号の前には「measure-」と書いています。',
    '・JSON：CSVと同じデータです。リストや長い文も入っています。',
    '・*.schema.json：JSONの形の説明です。',
    '・dictionary.csv：列の意味の一覧です。',
    '・codes.csv：コードの意味の一覧です。',
    '',
    '■ 単位',
    '・お金：千円の単位です。円にするときは、1,000をかけます。',
    '・年度：西暦です。4月から次の年の3月までです。',
    '・行の番号：資料の何行目かです。1から数えます。',
    '',
    '■ 注意',
    '・合計は、のっている事業のお金の合計です。市の予算の全部ではありません。',
    '・2013年の行程表の「状況」は、このサイトが決めました。市が決めたものではありません。',
    '',
    '■ ファイルの一覧',
    ...datasets.map(
      (d) =>
        `・${d.path}.csv / .json / .schema.json：${t('easy', 'data.datasetTitle', d.path, d.title)}（${rows(d)}件）`,
    ),
    '',
  ]);
}

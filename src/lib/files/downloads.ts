/**
 * Every file under /data/: each dataset's JSON, CSV and JSON Schema, one JSON file per project and per 2013 item
 * (the record a citation links to), and one zip of every dataset with the data dictionary, the code table and a
 * README in Japanese (README.txt), English (README.en.txt) and やさしい日本語 (README.easy.txt). Built once per build
 * from loadDatasets().
 */
import { loadDatasets } from './datasets/datasets.ts';
import { csvOf, jsonSchemaOf } from './datasets/columns.ts';
import { datasetVersion } from './datasets/version.ts';
import { siteOperator } from '../config/site.ts';
import type { Dataset } from './datasets/dataset.ts';
import { loadPlans, loadRoadmap2013 } from '../data/collections.ts';
import type { PlanData, Roadmap2013 } from '../data/collections.ts';
import { plans } from '../config/plans.ts';
import { CC_BY, MACHINE_READABILITY, MACHINE_READABILITY_EXCEL_ONLY, openDataUrl } from './open-data.ts';
import { zip } from './zip.ts';
import { readmeEasy, readmeEn } from './readme-editions.ts';

/** The zip of everything, and the folder its files unpack into. */
export const ZIP_FILE = 'kumamoto-plan-explorer-data.zip';
export const ZIP_FOLDER = 'kumamoto-plan-explorer-data';

export interface DataFile {
  /** Path under /data/, e.g. `fy2024/projects.csv`. */
  path: string;
  body: string | Uint8Array;
  type: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

let files: Promise<DataFile[]> | undefined;

export function loadFiles(): Promise<DataFile[]> {
  files ??= build();
  return files;
}

async function build(): Promise<DataFile[]> {
  const datasets = await loadDatasets();
  const out: DataFile[] = datasets.flatMap((d) => [
    { path: `${d.path}.json`, body: json(d.json ?? d.rows), type: JSON_TYPE },
    { path: `${d.path}.csv`, body: csvOf(d), type: CSV_TYPE },
    { path: `${d.path}.schema.json`, body: json(jsonSchemaOf(d)), type: JSON_TYPE },
  ]);
  const all = await loadPlans();
  const r = await loadRoadmap2013();
  const readme = readmeText(datasets, all, r);
  const { date } = datasetVersion();
  const archive = zip(
    [
      { name: `${ZIP_FOLDER}/README.txt`, data: Buffer.from(readme, 'utf8') },
      { name: `${ZIP_FOLDER}/README.en.txt`, data: Buffer.from(readmeEn(datasets, all, r), 'utf8') },
      { name: `${ZIP_FOLDER}/README.easy.txt`, data: Buffer.from(readmeEasy(datasets, all, r), 'utf8') },
      ...out.map((f) => ({ name: `${ZIP_FOLDER}/${f.path}`, data: Buffer.from(f.body as string, 'utf8') })),
    ],
    // The data's release date (content/updates.json), so unpacked files carry it and two builds of one data version
    // are identical; unreleased data gets a fixed date for the same reason.
    new Date(`${date ?? '1980-01-01'}T00:00:00Z`),
  );
  for (const plan of plans) {
    const projects = datasets.find((d) => d.path === `${plan.id}/projects`)!.json as Array<{ id: string }>;
    for (const p of projects) out.push({ path: `${plan.id}/projects/${p.id}.json`, body: json(p), type: JSON_TYPE });
  }
  const items = datasets.find((d) => d.path === '2013/items')!.json as Array<{ no: number }>;
  for (const i of items) out.push({ path: `2013/items/${i.no}.json`, body: json(i), type: JSON_TYPE });
  out.push({ path: ZIP_FILE, body: archive, type: 'application/zip' });
  return out;
}

/** The README in the zip: what each file is, its format, units, how figures were read, and the dataset version. */
export function readmeText(datasets: Dataset[], all: PlanData[], r: Roadmap2013): string {
  const { version, date } = datasetVersion();
  const operator = siteOperator();
  const rows = (d: Dataset) => (d.json ?? d.rows).length;
  const lines = [
    '熊本市 計画エクスプローラー オープンデータ一式',
    '',
    `データ版：${version}${date ? `（データ更新日 ${date}）` : '（未公開のデータ：更新履歴にまだ載っていません）'}`,
    'データ版はデータの内容から計算した値で、内容が変わったときだけ変わります。引用するときは原資料名とあわせて示してください。',
    // Without the public address a build knows no URL of the site, only its paths.
    openDataUrl('/data/').startsWith('/')
      ? '配布元：熊本市 計画エクスプローラーの「データのダウンロード」（/data/）'
      : `配布元：熊本市 計画エクスプローラー ${openDataUrl('/data/')}`,
    `運営者：${operator?.name ?? '未設定（ローカルでのビルドのため）'}（熊本市の公式サイトではありません）`,
    `利用条件：このデータはクリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0、${CC_BY}deed.ja）で提供します（公共データ利用規約 第1.0版と互換）。利用するときは「熊本市 計画エクスプローラー（非公式）」とデータ版を示してください。`,
    '',
    '■ 原資料',
    ...all.map((f) => `・熊本市「${f.plan.title}」（${f.plan.published.text}、${f.plan.contact.department}）`),
    `・熊本市「${r.roadmap.title}」（${r.roadmap.asOf.text.replace(/^\((.*)\)$/, '$1')}、${r.roadmap.published.text}）`,
    '原資料の内容の権利は熊本市にあります。このデータは、原資料（市が公表したPDFをテキストに変換したもの）の記載を読み取って構造化したものです。原資料そのものの利用条件は熊本市の定めに従ってください。',
    '',
    '■ ファイルの形式',
    '・CSV：文字コードはUTF-8（BOM付き）、改行はCRLFです。先頭行が日本語の列名、次の行からデータで、1行に1件、1つのセルに1つの値です。カンマや「"」を含む値は「"」で囲んでいます。',
    '・空欄は値がないことを表します（0とは区別しています）。真偽値は「はい」「いいえ」です。',
    '・ID：表計算ソフトが日付や数値に変えないよう、CSVでは事業IDの先頭に「project-」（例：project-c15a479c）、施策の番号の先頭に「measure-」（例：measure-1-1）を付けています。JSONとサイトのURLでは付けません（c15a479c、1-1）。',
    '・JSON：CSVと同じ行を、英数字の項目名（物理名）で収めています。CSVにない項目（リストや改行を含む全文）もJSONにはあります。fy2024/projects.json のような各計画の projects.json と 2013/items.json は、ほかのプログラムが読む形式で、項目名を変えません（項目は増えることがあります）。',
    '・*.schema.json：各JSONファイルのJSON Schemaです。',
    '・dictionary.csv：データ辞書。すべての列の日本語名、項目名（物理名）、型、単位、意味と出典です。',
    '・codes.csv：コード表。コードで書かれた列の、すべてのコードと日本語の名称です。',
    '',
    '■ 単位と時点',
    '・金額：千円単位の整数です（原資料の表記のとおり。円にするには1,000倍します）。',
    '・年度：西暦の年度（4月から翌年3月まで）です。和暦は西暦と並べて書いています。',
    '・行番号：原資料のテキスト版の行番号（1から数える）で、値を読み取った箇所です。',
    `・2013年の行程表の状況：${r.roadmap.asOf.date.slice(0, 4)}年（${r.roadmap.asOf.text.replace(/[()]/g, '')}）の状況です。`,
    '',
    '■ 数値の読み取り方',
    '・予算額は、各事業の見出しの近くにある「千円」の金額を読み取ったものです。資料中のすべての「千円」の金額を、計画の年度の予算、前年度の予算、予算以外の金額のどれかに分類し、その一覧を各計画の figures.csv に載せています（予算以外の金額には理由があります）。',
    '・重点事項とビジョンの両方に掲載された事業は1つの事業（projects.csv の1行）です。合計は掲載された事業の予算の合計で、市の予算全体ではありません。',
    '・事業IDは、正規化した事業名のSHA-256の先頭8桁です。名称の違う2つの表記を同じ事業とした判断と理由は、データの注記（quality-notes.csv）にあります。',
    '・2013年の行程表の状況（完了、実施中など）は熊本市の判定ではありません。このサイトが、市の進捗状況の文を公開した規則で分類したものです（どの規則かは「状況を決めた規則」の列にあります）。',
    '・2013年の行程表の項目と事業・施策のつながり（crosswalk.csv）は、両方の資料を読み比べたこのサイトの判断です。つながりごとに強さ（後継：同じ対象・同じ目的の事業が続いている、関連：同じ政策分野で範囲が広い・狭い、または一部が重なる）と説明を載せ、両方の資料にある語を確かめるための手がかりとして添えています。検討して結び付けなかったものは、理由とともに crosswalk-rejected.csv にあります。',
    '',
    '■ ファイル一覧',
    ...datasets.map((d) => `・${d.path}.csv / .json / .schema.json：${d.title}（${rows(d)}件）。${d.description}`),
    '',
    '■ 「行政データにおける機械可読性に関するルール」への対応',
    ...MACHINE_READABILITY.map((m) => `・${m.id} ${m.rule}：${m.how}`),
    `・${MACHINE_READABILITY_EXCEL_ONLY.join('、')}：Excel形式のファイルについての規則で、CSVとJSONには該当しません。`,
    '',
  ];
  return '\uFEFF' + lines.join('\r\n');
}

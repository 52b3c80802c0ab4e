/** The Japanese catalog: words every document's pages share. Keys are `common.…`. */
import { quoted } from '../../../format/strings.ts';

export const common = {
  'common.scrollHint': '横にスクロールできます',
  'common.rank': '順位',
  'common.sep': '、',
  'common.openParen': '（',
  'common.closeParen': '）',
  'common.quoted': (title: string) => quoted(title),
  'common.line': (n: number) => `${n}行目`,
  'common.lineRange': (from: number, to: number) => `${from}〜${to}行目`,
  'common.lineSep': '・',
  'common.sourceLines': '原資料',
  'common.chartData': 'グラフのデータ（表）',
  'common.chartDataCaption': (title: string) => `${title}（データ）`,
  'common.cite': '引用',
  'common.citeTail': (site: string, url: string, version: string, date: string | null) =>
    `）。${site} ${url}（データ版 ${version}${date ? `、${date}` : ''}）`,
  'common.permalink': '固定リンク：',
  'common.thisData': 'このデータ（JSON）',
  'common.listSort': '並べ替え',
  'common.listAll': 'すべて',
  'common.listReset': '条件を元に戻す',
  'common.listCount': '{count}件',
  'common.listCountTotal': '{count}件・合計{total}',
  'common.listChosen': '絞り込み：{labels}',
  'common.listQuote': '「{label}」',
  'common.listSep': '・',
  'common.listWiden': '「{value}」の絞り込みを外す（{count}件）',
  // Downloads: a list's current view (ListView), a chart's data and image, a table's data (FileLinks).
  'common.listDownload': '表示中の{count}件をCSVでダウンロード',
  'common.downloads': 'ダウンロード',
  'common.downloadCsv': 'データ（CSV）',
  'common.downloadSvg': '画像（SVG）',
  'common.downloadPng': '画像（PNG）',
  /** A CSV column of amounts: its header with the unit, e.g. 予算額（千円）. */
  'common.csvThousandYen': (head: string) => `${head}（千円）`,
  // The 2013 roadmap's statuses (StatusBadge), as src/lib/format/status.ts words them.
  'common.allData': 'すべてのデータのダウンロード',
};

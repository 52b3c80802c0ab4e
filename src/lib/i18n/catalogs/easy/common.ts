/** The やさしい日本語 catalog: common (keys and arguments as in ../ja/common.ts). */
import type { Mirror } from '../types.ts';
import type { common as ja } from '../ja/common.ts';
import { quoted } from '../../../format/strings.ts';

export const common = {
  'common.scrollHint': '表は横に動かせます',
  'common.rank': '順番',
  'common.sep': '、',
  'common.openParen': '（',
  'common.closeParen': '）',
  'common.quoted': (title: string) => quoted(title),
  'common.line': (n: number) => `${n}行目`,
  'common.lineRange': (from: number, to: number) => `${from}〜${to}行目`,
  'common.lineSep': '・',
  'common.sourceLines': 'もとの資料',
  'common.chartData': 'グラフの数字（表）',
  'common.chartDataCaption': (title: string) => `${title}（数字）`,
  'common.cite': '引用するとき',
  'common.citeTail': (site: string, url: string, version: string, date: string | null) =>
    `）。${site} ${url}（データの版 ${version}${date ? `、${date}` : ''}）`,
  'common.permalink': 'このページのリンク：',
  'common.thisData': 'このデータ（JSON）',
  'common.listSort': '並べかえ',
  'common.listAll': '全部',
  'common.listReset': 'はじめにもどす',
  'common.listCount': '{count}こ',
  'common.listCountTotal': '{count}こ・あわせて {total}',
  'common.listChosen': 'しぼりこみ：{labels}',
  'common.listQuote': '「{label}」',
  'common.listSep': '・',
  'common.listWiden': '「{value}」のしぼりこみを やめる（{count}こ）',
  'common.listDownload': 'いま 出ている {count}こを CSVで ダウンロードする',
  'common.downloads': 'ダウンロード',
  'common.downloadCsv': 'データ（CSV）',
  'common.downloadSvg': 'グラフの画像（SVG）',
  'common.downloadPng': 'グラフの画像（PNG）',
  'common.csvThousandYen': (head: string) => `${head}（千円）`,
  'common.allData': 'データをまとめてダウンロードする',
} satisfies Mirror<typeof ja>;

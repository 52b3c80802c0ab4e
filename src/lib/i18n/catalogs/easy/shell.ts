/** The やさしい日本語 catalog: the page shell (keys and arguments as in ../ja/shell.ts). */
import type { Mirror } from '../types.ts';
import type { shell as ja } from '../ja/shell.ts';

export const shell = {
  'shell.siteName': '熊本市 計画エクスプローラー',
  'shell.skip': '本文へ行く',
  'shell.toTop': 'ページの上へ行く',
  'shell.editionNote': 'このサイトが、やさしい日本語に書きかえました。正しいのは、もとの日本語です。',
  'shell.home': 'ホーム',
  'shell.breadcrumbs': 'いまの場所',
  'shell.mainNav': 'メニュー',
  'shell.planNav': (gregorian: number) => `${gregorian}年度の計画`,
  'shell.roadmapNav': '2013年の計画',
  'shell.aboutNav': 'サイトについて',
  'shell.search': 'さがす',
  'shell.searchLabel': 'このサイトの中をさがす',
  'shell.searchPlaceholder': 'れい：こども',
  'shell.editions': 'ことば',
  'shell.sourcesLead': 'もとの資料：熊本市',
  'shell.sep': '、',
  'shell.paren': (text: string) => `（${text}）`,
  'shell.asOf': (iso: string) =>
    `（${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日の時点）`,
  'shell.sourcesTail': '。数字はもとの資料のとおりです。',
  'shell.published': (year: number, month: number) => `${year}年${month}月`,
  'shell.about': 'このサイトについて',
  'shell.method': 'データの読み方',
  'shell.glossary': 'ことばの説明',
  'shell.data': 'データのダウンロード',
  'shell.unofficialMark': '非公式',
  'shell.unofficial':
    'このサイトは、熊本市のサイトではありません。熊本市ではない人が作りました。市は、中身をチェックしていません。',
  'shell.operatorLead': '作っている人：',
  'shell.unset': 'まだ決めていません（テストのためのサイトです）',
  'shell.colon': '：',
  'shell.original': 'もとの日本語',
} satisfies Mirror<typeof ja>;

/** The Japanese catalog: the page shell (header, footer, breadcrumbs, the notes every page carries). */
import { eraYear } from '../../../format/format.ts';
import { fiscalYearShort } from '../../../format/strings.ts';

export const shell = {
  'shell.siteName': '熊本市 計画エクスプローラー',
  'shell.skip': '本文へ移動',
  'shell.toTop': 'ページの先頭へ',
  'shell.editionNote': '',
  'shell.home': 'ホーム',
  'shell.breadcrumbs': 'パンくずリスト',
  'shell.mainNav': 'メイン',
  'shell.planNav': (gregorian: number) => `${fiscalYearShort(gregorian)}計画`,
  'shell.roadmapNav': '2013年の行程表',
  'shell.aboutNav': 'サイトについて',
  'shell.search': '検索',
  'shell.searchLabel': 'サイト内検索',
  'shell.searchPlaceholder': '例：地下水',
  'shell.editions': '言語',
  'shell.sourcesLead': '出典：熊本市',
  'shell.sep': '、',
  'shell.paren': (text: string) => `（${text}）`,
  // The Japanese original quotes the report's own date (平成25年9月末時点) and adds nothing.
  'shell.asOf': (iso: string) => iso && '',
  'shell.sourcesTail': '。数値は原資料のとおりで、各ページに原資料の行番号を示しています。',
  'shell.published': (year: number, month: number) => `${eraYear(year)}${month}月`,
  'shell.about': 'このサイトについて',
  'shell.method': 'データの読み取り方法',
  'shell.glossary': '用語集',
  'shell.data': 'データのダウンロード',
  // Who runs the site: the name starts with 熊本市 and could be taken for the city's own.
  'shell.unofficialMark': '非公式',
  'shell.unofficial':
    'このサイトは熊本市の公式サイトではありません。熊本市とは関係のない運営者が作成しており、市は内容を確認していません。',
  'shell.operatorLead': '運営者：',
  'shell.unset': '未設定（ローカルでのビルドのため）',
  'shell.colon': '：',
  'shell.original': '原文',
};

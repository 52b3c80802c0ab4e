/** The やさしい日本語 catalog: prose (keys and arguments as in ../ja/prose.ts). */
import type { Mirror } from '../types.ts';
import type { prose as ja } from '../ja/prose.ts';

/** `2024-06` or `2013-09-30` as `2024年6月`. */
const monthYear = (iso: string) => `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月`;

export const prose = {
  'prose.searchKind': '説明',
  'prose.planPublished': (month) => `（${monthYear(month)}に出しました。出したところ：`,
  'prose.planContents': (priorities, visions) =>
    `）。重点事項${priorities}つと、ビジョン${visions}つ、区の取り組みがのっています。`,
  'prose.fullText': 'もとの文書をぜんぶ読む',
  'prose.dataDate': (iso: string) =>
    `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`,
  'prose.unreleased': 'まだ出していないデータです（日付はまだありません）',
  'prose.updateVersion': (version: string) => `データの版：${version}`,
  'prose.figures': (gregorian, total, budgets, previous, others) =>
    `${gregorian}年度の計画には、「千円」のお金が${total}か所あります。${budgets}か所は、事業のお金です。${previous}か所は、前の年のお金です。のこりの${others}か所は、次のとおりです。`,
} satisfies Mirror<typeof ja>;

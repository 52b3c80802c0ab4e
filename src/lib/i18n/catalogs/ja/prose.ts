/** The Japanese catalog: prose. Keys are `prose.…`: the words of the about and method pages' components. */
export const prose = {
  'prose.searchKind': '説明',
  // The translated editions' words around a document's printed title and office (the Japanese site prints the
  // document's own dates instead): `month` and the dates are ISO (YYYY-MM, YYYY-MM-DD).
  'prose.planPublished': (month: string) => `（${month}、`,
  'prose.planContents': (priorities: number, visions: number) =>
    `）：${priorities}つの重点事項、${visions}つのビジョンとその施策・事業、区の取組を掲載しています。`,
  'prose.fullText': '原資料の全文',
  // /about/: the data date (an ISO date from content/updates.json), or none in a local build of unreleased data.
  'prose.dataDate': (iso: string) =>
    `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`,
  'prose.unreleased': '未公開（このデータはまだ更新履歴に載っていません）',
  'prose.updateVersion': (version: string) => `データ版 ${version}`,
  // /about/#cite: an example citation of one project page, in the form every record page gives.
  'prose.figures': (gregorian: number, total: number, budgets: number, previous: number, others: number) =>
    `${gregorian}年度の計画には「千円」の金額が${total}か所あり、事業の予算${budgets}か所、前年度の予算${previous}か所、ほかの金額${others}か所です。`,
};

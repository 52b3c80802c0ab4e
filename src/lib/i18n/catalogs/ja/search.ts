/** The Japanese catalog: search. Keys are `search.…`. */
export const search = {
  // The table of spelling variants on /method/ (VariantTable).
  'search.variants.example': 'たとえば「子供」と入力すると、「子ども」「こども」と書かれたページも表示します。',
  'search.variants.caption': '検索で同じ語として扱う書き方',
  'search.variants.spellings': '書き方',
  'search.variants.source': '根拠',
  'search.variants.notTheWord':
    'ただし、次の語はここに挙げた書き方を含んでいても別の語なので、書かれたとおりに探します：',
  'search.variants.end': '。',
};

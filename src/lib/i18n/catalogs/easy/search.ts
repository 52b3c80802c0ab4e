/** The やさしい日本語 catalog: search (keys and arguments as in ../ja/search.ts). */
import type { Mirror } from '../types.ts';
import type { search as ja } from '../ja/search.ts';

export const search = {
  'search.variants.example': '「子供」でさがすと、「子ども」「こども」のページも出ます。',
  'search.variants.caption': 'さがすとき、同じことばとしてあつかう書き方',
  'search.variants.spellings': '書き方',
  'search.variants.source': 'わけ（もとの日本語）',
  'search.variants.notTheWord': '次のことばは、べつのことばです。書いたとおりにさがします：',
  'search.variants.end': '。',
} satisfies Mirror<typeof ja>;

/**
 * What the search page says about spelling variants (src/lib/search/variants.ts): which spellings it searched
 * besides the typed ones, and the link to the other mode (exact ⇄ with variants). Kept apart from the page's element
 * so the wording can be tested without a browser. The words are the edition's (src/lib/search/words.ts), the
 * Japanese original's by default.
 */
import type { WordExpansion } from '../search/variants.ts';
import { fill, type SearchWords } from '../search/words.ts';

export type NoteWords = Pick<
  SearchWords['text'],
  'quote' | 'variantPair' | 'variantSep' | 'variantSearched' | 'variantOnly' | 'exactSearched' | 'exactInclude'
>;

const JAPANESE: NoteWords = {
  quote: '「{quoted}」',
  variantPair: '{typed}を{others}も',
  variantSep: '、',
  variantSearched: '{pairs}含めて検索しました。',
  variantOnly: '{query}だけで検索',
  exactSearched: '{query}と書かれたページだけを検索しました。',
  exactInclude: '{all}も含めて検索',
};

/** The note and its link's text, or undefined when the query holds no variant (nothing to say, no mode to offer). */
export function variantNote(
  query: string,
  words: WordExpansion[],
  exact: boolean,
  wording: NoteWords = JAPANESE,
): { text: string; link: string } | undefined {
  const folded = words.flatMap((w) => w.folded);
  if (!folded.length) return undefined;
  const quote = (s: string) => fill(wording.quote, { quoted: s });
  const pairs = folded
    .map((f) => fill(wording.variantPair, { typed: quote(f.typed), others: f.others.map(quote).join('') }))
    .join(wording.variantSep);
  const all = [...new Set(folded.flatMap((f) => f.others))].map(quote).join('');
  return exact
    ? { text: fill(wording.exactSearched, { query: quote(query) }), link: fill(wording.exactInclude, { all }) }
    : { text: fill(wording.variantSearched, { pairs }), link: fill(wording.variantOnly, { query: quote(query) }) };
}

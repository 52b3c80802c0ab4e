/**
 * What the search page says about spelling variants (src/lib/search/variants.ts): which spellings it searched
 * besides the typed ones, and the link to the other mode (exact ⇄ with variants). Kept apart from the page's element
 * so the wording can be tested without a browser.
 */
import type { WordExpansion } from '../search/variants.ts';

const quote = (s: string) => `「${s}」`;

/** The note and its link's text, or undefined when the query holds no variant (nothing to say, no mode to offer). */
export function variantNote(
  query: string,
  words: WordExpansion[],
  exact: boolean,
): { text: string; link: string } | undefined {
  const folded = words.flatMap((w) => w.folded);
  if (!folded.length) return undefined;
  const others = folded.map((f) => `${quote(f.typed)}を${f.others.map(quote).join('')}も`).join('、');
  const all = [...new Set(folded.flatMap((f) => f.others))].map(quote).join('');
  return exact
    ? { text: `${quote(query)}と書かれたページだけを検索しました。`, link: `${all}も含めて検索` }
    : { text: `${others}含めて検索しました。`, link: `${quote(query)}だけで検索` };
}

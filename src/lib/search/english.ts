/**
 * The English edition's view of text for search, shared by the indexer (scripts/build-search.ts) and the browser
 * (SiteSearch), like ./tokens.ts for the Japanese editions.
 *
 * English separates its words with spaces, so the index holds words rather than bigrams: every word in lower case,
 * its plural folded by the S-stemmer (Harman, "How effective is suffixing?", JASIS 1991: allowances → allowance,
 * facilities → facility, buses → buse on both sides alike), which only ever joins a word with its own plural. A query
 * word is searched as a prefix of index words, so a shorter form finds the longer ones (expand → expanding,
 * expansion; child → children). Pagefind's own English indexing (its Snowball stemmer) would also join unrelated
 * words (allowance and allow; universe and university) and would not keep the filter words and the title block of the
 * other editions; these tokens keep the one search model of the site: the title first in a block of fixed width,
 * filters as words, and each query word one search whose results the browser intersects.
 */
import { FILLER, TITLE_SPAN, normalize, type SearchTerm } from './tokens.ts';

/** The S-stemmer: ies → y, es → e, s → '' (not -aies, -eies, -aes, -ees, -oes, -us, -ss), on words of 4+ letters. */
export function stem(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !/[aeo]es$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/(us|ss)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The words of a text, as written (lower case, compatibility forms folded): runs of letters and digits; an
 * apostrophe's possessive goes (city's → city), any other punctuation separates words (year-on-year → year on year).
 */
export function englishWords(text: string): string[] {
  return normalize(text)
    .replace(/['\u2019]s\b/g, '')
    .replace(/['\u2019]/g, '')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w !== '');
}

/** Index tokens of a text: each word, stemmed. */
export function englishTokens(text: string): string[] {
  return englishWords(text).map(stem);
}

/** The title block (see ./tokens.ts, titleBlock): the title's words padded with FILLER to TITLE_SPAN positions. */
export function englishTitleBlock(title: string): string[] {
  const tokens = englishTokens(title);
  if (tokens.length >= TITLE_SPAN)
    throw new RangeError(`title too long for the title block (${tokens.length} words): ${title}`);
  return [...tokens, ...Array<string>(TITLE_SPAN - tokens.length).fill(FILLER)];
}

/**
 * What to ask Pagefind for one query word: each of its words (a hyphenated word is two) as a prefix search of its
 * stem. Only Latin letters and digits are searched: the English index holds no Japanese (quoted originals are left
 * out of it), so a word of Japanese script is no word to search here.
 */
export function englishSearchTerms(word: string): SearchTerm[] {
  return englishWords(word)
    .filter((w) => /^[\p{Script=Latin}\p{N}\p{M}]+$/u.test(w))
    .map((w) => ({ query: stem(w), exact: false }));
}

/** Whether a query holds characters of Japanese script (kana, kanji, half-width katakana). */
export const hasJapanese = (text: string): boolean =>
  /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/.test(text);

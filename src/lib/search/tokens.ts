/**
 * The search's view of text, shared by the indexer (scripts/build-search.ts) and the browser (SiteSearch), so both
 * sides cut text the same way.
 *
 * Japanese has no spaces between words, and a dictionary segmenter at index time and another in the browser
 * disagree (熊本港 would find 熊本空港). Instead every run of letters and digits is indexed as overlapping character
 * bigrams plus its last character (熊本空港 → 熊本 本空 空港 港), and a query is sent as its bigrams in a quoted
 * phrase (熊本港 → "熊本 本港"). A phrase of consecutive bigrams occurs exactly where the query occurs as a substring,
 * so results are exactly the pages that contain the query. The trailing single character ends each run, so a phrase
 * never continues across punctuation, and it lets a one-character query find every occurrence by prefix.
 *
 * The title is indexed first, padded to a fixed number of positions, so a match at a position below TITLE_SPAN is
 * a match in the title: the browser ranks those first without loading anything more.
 */

/** Positions reserved for the title at the start of every record. */
export const TITLE_SPAN = 96;

/** Fills the title block: punctuation, which takes a position in Pagefind's index but is not itself indexed. */
export const FILLER = '・';

/** Unicode compatibility forms folded (ＭＩＣＥ → mice, ﾊｻﾞｰﾄﾞ → ハザード, ① → 1) and lower case. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Runs of letters, digits and combining marks; everything else (spaces, punctuation, symbols) separates them. */
export function runs(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((run) => run !== '');
}

/** Index tokens of a text: each run's bigrams and its last character. */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of runs(text)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    out.push(chars.at(-1)!);
  }
  return out;
}

/** The title block: the title's tokens padded with FILLER to TITLE_SPAN positions. */
export function titleBlock(title: string): string[] {
  const tokens = indexTokens(title);
  if (tokens.length >= TITLE_SPAN)
    throw new RangeError(`title too long for the title block (${tokens.length} tokens): ${title}`);
  return [...tokens, ...Array<string>(TITLE_SPAN - tokens.length).fill(FILLER)];
}

/** One search to run: Pagefind's query string, and whether it is an exact phrase or a one-character prefix. */
export interface SearchTerm {
  query: string;
  exact: boolean;
}

/**
 * What to ask Pagefind for a query. Words separated by spaces must all occur (each is one search; the browser
 * intersects them). Within a word, punctuation separates runs the way it does in the index.
 */
export function searchTerms(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const word of normalize(query).split(/\s+/).filter(Boolean)) {
    const wordRuns = runs(word);
    if (!wordRuns.length) continue;
    const only = wordRuns[0]!;
    if (wordRuns.length === 1 && [...only].length === 1) {
      // One character: every occurrence starts a bigram or ends a run, so a prefix search finds them all.
      terms.push({ query: only, exact: false });
      continue;
    }
    const tokens: string[] = [];
    wordRuns.forEach((run, i) => {
      const chars = [...run];
      if (chars.length === 1) tokens.push(run);
      for (let k = 0; k + 1 < chars.length; k++) tokens.push(chars[k]! + chars[k + 1]!);
      // Between runs the index holds the previous run's last character.
      if (i < wordRuns.length - 1 && chars.length > 1) tokens.push(chars.at(-1)!);
    });
    terms.push({ query: `"${tokens.join(' ')}"`, exact: true });
  }
  return terms;
}

/** True if the text contains every word of the query, compared as the search compares them. */
export function matches(text: string, query: string): boolean {
  const haystack = runs(text).join(' ');
  return normalize(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => {
      const needle = runs(word).join(' ');
      return needle === '' || haystack.includes(needle);
    });
}

/** A span of a text, in the text's own (unnormalised) indices: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The text folded as runs() sees it, one character per folded character, with where each came from. */
function fold(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  // A half-width voicing mark or a combining mark composes with the character before it (ﾊﾞ → バ).
  const clusters = text.match(/[^\uFF9E\uFF9F\p{M}][\uFF9E\uFF9F\p{M}]*|[\uFF9E\uFF9F\p{M}]+/gu) ?? [];
  for (const cluster of clusters) {
    const n = normalize(cluster);
    const kept = /^[\p{L}\p{N}\p{M}]+$/u.test(n) ? n : ' '.repeat(n.length || 1);
    for (let k = 0; k < kept.length; k++) {
      from.push(index);
      to.push(index + cluster.length);
    }
    folded += kept;
    index += cluster.length;
  }
  return { folded, from, to };
}

/** Where the query's first run of letters first occurs in the text, in the text's own (unnormalised) indices. */
export function locate(text: string, query: string): Span | undefined {
  const needle = runs(query)[0];
  if (!needle) return undefined;
  const { folded, from, to } = fold(text);
  const at = folded.indexOf(needle);
  if (at < 0) return undefined;
  return { start: from[at]!, end: to[at + needle.length - 1]! };
}

/** The strings to mark for a query: every run of every word, as the search cuts them (熊本 地震 → 熊本, 地震). */
export function needles(query: string): string[] {
  return [...new Set(runs(query))];
}

/** A marked occurrence: its span and which needle (index into needles()) it is. */
export interface Occurrence extends Span {
  needle: number;
}

/**
 * Every occurrence of every query word in the text, in order and without overlaps (where two overlap, the one that
 * starts first wins, then the longer), so each can be wrapped in <mark>.
 */
export function occurrences(text: string, query: string): Occurrence[] {
  const { folded, from, to } = fold(text);
  const found: Occurrence[] = [];
  needles(query).forEach((needle, n) => {
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1))
      found.push({ start: from[at]!, end: to[at + needle.length - 1]!, needle: n });
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Occurrence[] = [];
  for (const o of found) if (!out.length || o.start >= out.at(-1)!.end) out.push(o);
  return out;
}

/**
 * The window of at most `width` characters to quote: the one holding the most different query words, then the most
 * occurrences, then the earliest. It starts a little before its first occurrence, so the reader sees the lead-in.
 */
export function bestWindow(text: string, found: Occurrence[], width: number): Span {
  if (!found.length) return { start: 0, end: Math.min(text.length, width) };
  let best = { words: 0, count: 0, first: 0, last: 0 };
  for (let i = 0; i < found.length; i++) {
    const words = new Set<number>();
    let last = i;
    for (let j = i; j < found.length && found[j]!.end - found[i]!.start <= width; j++) {
      words.add(found[j]!.needle);
      last = j;
    }
    const count = last - i + 1;
    if (words.size > best.words || (words.size === best.words && count > best.count))
      best = { words: words.size, count, first: i, last };
  }
  const covered = found[best.last]!.end - found[best.first]!.start;
  const lead = Math.max(0, Math.min(Math.floor((width - covered) / 2), found[best.first]!.start));
  const start = Math.max(0, found[best.first]!.start - lead);
  return { start, end: Math.min(text.length, start + width) };
}

/**
 * A filter value as an index word, e.g. vision 5 → `_vision_5`. Pagefind keeps `_` inside words, and no query can
 * produce one (runs() cuts at it), so a filter is one more exact word every result must contain. Filters are kept
 * in the text rather than in Pagefind's filter index, whose files are not byte-identical from one build to the next.
 */
export function filterToken(name: string, value: string): string {
  return `_${name}_${value.replace(/[^a-z0-9]/g, '_')}`;
}

/**
 * The file, beside each edition's index (`/pagefind/`, `/easy/pagefind/`, `/en/pagefind/`), where the indexer lists
 * the Pagefind page IDs of the newest plan's records (a JSON array, about 1 kB), so the browser can put them first at
 * an equal match without searching a filter word, which would fetch one more index chunk (some 30 kB) on every search.
 */
export const NEWEST_IDS_FILE = 'newest-plan.json';

/**
 * The file, beside the index of each Japanese edition, where the indexer lists the spellings of the variant table
 * (./variants.ts) that occur on no page (a JSON array): a search holding one finds nothing, so the browser does not
 * ask for it, nor fetch the index chunks it would need.
 */
export const ABSENT_SPELLINGS_FILE = 'absent-spellings.json';

/** The one Pagefind sort key: budget, largest first, then title (see build-search); the budget sorts use it too. */
export const LISTING_SORT = 'listing';

/** The index word of every record that has a budget band (the projects): the only records a budget sort ranks. */
export const HAS_BUDGET = filterToken('band', 'any');

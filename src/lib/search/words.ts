/**
 * What the search page tells its browser code (SiteSearch's <script>), as JSON on <site-search data-words>: the
 * edition's words for what the script writes (counts, status messages, headings, result facts), how the edition is
 * searched and where its index lives. The page fills it from the edition's catalog; the script never imports a
 * catalog. A message that holds a value is a template whose `{name}` places the script fills (`fill`).
 */

/** How an edition's text is cut for search: character bigrams (./tokens.ts) or English words (./english.ts). */
export type SearchMode = 'bigrams' | 'words';

export interface SearchWords {
  mode: SearchMode;
  /** Whether a query is also searched in its other spellings (./variants.ts): the Japanese editions. */
  variants: boolean;
  /** The edition's Pagefind folder (`/pagefind/`, `/en/pagefind/`), ending in a slash. */
  index: string;
  /** The edition's search page (`/search/`), where the URL of a search points. */
  page: string;
  /** The Japanese site's search page, offered for a query in Japanese script on the English edition ('' elsewhere). */
  japaneseSearch: string;
  /** Where the rules of the 2013 statuses are published, in the edition. */
  statusRules: string;
  /** The 2013 status names by their value. */
  statuses: Record<string, string>;
  text: {
    /** What a budget sort ranks: the records that have a budget. */
    budgeted: string;
    /** The order of a list without a query. */
    listingOrder: string;
    /** `{sort}`: the chosen sort's name. */
    sortedBy: string;
    /** `{query}`, `{variants}`: what a search looks for. */
    whatQuery: string;
    /** Added as `{variants}` when other spellings were searched. */
    withVariants: string;
    /** `{chosen}`: what a list of filters without a query shows. */
    whatChosen: string;
    /** `{what}`, `{count}`, `{order}`. */
    found: string;
    /** `{what}`: a query that found nothing. */
    noneQuery: string;
    /** `{what}`: filters that list nothing. */
    noneChosen: string;
    /** A query without a letter to search. */
    noLetters: string;
    /** A query in Japanese script on the English edition: `{link}` is the link to the Japanese site's search. */
    japaneseQuery: string;
    /** The text of that link. */
    japaneseLink: string;
    /** The fetch of the index or a result failed. */
    failed: string;
    /** `{query}`, `{count}`: the heading and document title of a search. */
    resultsTitle: string;
    /** `{chosen}`, `{count}`: the heading and document title of a list. */
    listTitle: string;
    /** `{chosen}`: the chosen filters after the folded filters' summary. */
    chosenSummary: string;
    /** Between chosen filters. */
    chosenSep: string;
    /** Between the facts of a result (kind, context, budget, status). */
    factSep: string;
    /** `{status}`: a result's 2013 status. */
    status: string;
    /** `{link}`: the attribution of a status, around its link. */
    byWhom: string;
    /** The text of the attribution's link. */
    bySite: string;
    /** Marks text left out of an excerpt. */
    ellipsis: string;
    /** `{quoted}`: a spelling in the variant note. */
    quote: string;
    /** `{typed}`, `{others}`: one word's other spellings searched. */
    variantPair: string;
    /** Between those pairs. */
    variantSep: string;
    /** `{pairs}`: the note of a search with variants. */
    variantSearched: string;
    /** `{query}`: the link to the exact search. */
    variantOnly: string;
    /** `{query}`: the note of an exact search. */
    exactSearched: string;
    /** `{all}`: the link back to the search with variants. */
    exactInclude: string;
  };
}

/** A template with its `{name}` places filled; a place without a value stays as written, so a test sees it. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The `{name}` places of a template, sorted: every edition's template of a message has the same ones. */
export const places = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

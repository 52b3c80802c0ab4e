/**
 * The logic of the sortable, filterable list pages (/[plan]/projects/, /2013/items/), free of the DOM: the view a
 * URL query asks for, the query a view writes back, which rows match and in what order. The build uses it for the
 * order served without JavaScript and the page's script for every change, so both give the same order.
 */

import { formatYenExact, formatYenShort } from '../format/format.ts';
import { formatYenShortEn } from '../format/yen-en.ts';

/**
 * The words the list's script says, given by the page (ListView's `data-words`, from the edition's catalog): the
 * script imports no catalog. Templates name their values in braces.
 */
export interface ListWords {
  /** `{count}件`. */
  count: string;
  /** `{count}件・合計{total}`. */
  countTotal: string;
  /** The line naming the filters in force: `絞り込み：{labels}`. */
  chosen: string;
  /** A chosen label, quoted: `「{label}」`. */
  quote: string;
  /** Between quoted labels: `・`. */
  sep: string;
  /** The button that takes one filter away: `「{value}」の絞り込みを外す（{count}件）`. */
  widen: string;
  /**
   * How amounts are worded: the Japanese way (`133.8億円`, `2,430万円`), やさしい日本語's whole amount in 億・万円 digits
   * (`133億8,400万円`, as its list's rows) or the English (`¥13.4 billion`).
   */
  yen: 'ja' | 'easy' | 'en';
}

/** The Japanese original's words (src/lib/format/strings.ts, widenLabel, for the button). */
export const JA_LIST_WORDS: ListWords = {
  count: '{count}件',
  countTotal: '{count}件・合計{total}',
  chosen: '絞り込み：{labels}',
  quote: '「{label}」',
  sep: '・',
  widen: '「{value}」の絞り込みを外す（{count}件）',
  yen: 'ja',
};

/** A template with its `{name}` placeholders filled. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));

export type SortKind = 'number' | 'text';
export type Order = 'asc' | 'desc';

/** What a list can be sorted and filtered by. */
export interface ListSpec {
  /** Sort keys, each with its kind and the order it starts in (budgets largest first, titles あ to ん). */
  sorts: Readonly<Record<string, { kind: SortKind; order: Order }>>;
  /** The sort the page is served in. */
  defaultSort: string;
  /**
   * The sort key that orders rows equal under the chosen sort, always ascending: the order never depends on chance.
   */
  tieBreak: string;
  /** Filter names and the values each may take (a URL with any other value is ignored). */
  filters: Readonly<Record<string, readonly string[]>>;
  /** The locale text sorts compare in (`en` for English titles); Japanese (jaCollator) by default. */
  collation?: string;
}

/** One view of a list: its sort and the filters set (a filter left out shows every row). */
export interface ListState {
  sort: string;
  order: Order;
  filters: Record<string, string>;
}

/** A row as the list logic sees it: its sort values (null where it has none) and its values for each filter. */
export interface ListRow {
  sort: Readonly<Record<string, number | string | null>>;
  tags: Readonly<Record<string, readonly string[]>>;
}

/** Japanese collation (Intl), the same in the build and in the browser: かな by 五十音, kanji by their code order. */
export const jaCollator = new Intl.Collator('ja');

/** The view a URL query asks for; unknown names and values fall back to the defaults. */
export function parseState(query: string | URLSearchParams, spec: ListSpec): ListState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const wanted = params.get('sort') ?? '';
  const sort = Object.hasOwn(spec.sorts, wanted) ? wanted : spec.defaultSort;
  const order = params.get('order');
  const filters: Record<string, string> = {};
  for (const [name, values] of Object.entries(spec.filters)) {
    const value = params.get(name);
    if (value !== null && values.includes(value)) filters[name] = value;
  }
  return { sort, order: order === 'asc' || order === 'desc' ? order : spec.sorts[sort]!.order, filters };
}

/** The URL query of a view, `?vision=5&sort=change&order=desc`, or '' for the default view. */
export function toQuery(state: ListState, spec: ListSpec): string {
  const params = new URLSearchParams();
  for (const name of Object.keys(spec.filters)) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== spec.defaultSort || state.order !== spec.sorts[spec.defaultSort]!.order) {
    params.set('sort', state.sort);
    params.set('order', state.order);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when a row has every value the filters ask for. */
export function matches(row: ListRow, filters: Readonly<Record<string, string>>): boolean {
  return Object.entries(filters).every(([name, value]) => !value || (row.tags[name] ?? []).includes(value));
}

function compareValues(a: number | string | null, b: number | string | null, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The comparator of a view: by the sort key in the chosen order, rows without a value (a change where the source
 * prints no previous year) last in either order, then by the tie-break key ascending.
 */
export function comparator(
  state: Pick<ListState, 'sort' | 'order'>,
  spec: ListSpec,
  collator: Intl.Collator = jaCollator,
): (a: ListRow, b: ListRow) => number {
  const sign = state.order === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = a.sort[state.sort] ?? null;
    const y = b.sort[state.sort] ?? null;
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const c = compareValues(x, y, collator);
      if (c !== 0) return sign * c;
    }
    return compareValues(a.sort[spec.tieBreak] ?? null, b.sort[spec.tieBreak] ?? null, collator);
  };
}

/** The rows a view shows, in its order (a new array; the input is left as it is). */
export function applyView<R extends ListRow>(
  rows: readonly R[],
  state: ListState,
  spec: ListSpec,
  collator: Intl.Collator = spec.collation ? new Intl.Collator(spec.collation) : jaCollator,
): R[] {
  return rows.filter((r) => matches(r, state.filters)).sort(comparator(state, spec, collator));
}

/** The default view of a list: no filter, the default sort. */
export const defaultState = (spec: ListSpec): ListState => ({
  sort: spec.defaultSort,
  order: spec.sorts[spec.defaultSort]!.order,
  filters: {},
});

/** A way out of a view that shows no row: one of its filters taken away, and how many rows are then shown. */
export interface Widening {
  filter: string;
  count: number;
}

/**
 * For a view, each filter it sets whose removal alone brings rows back, with the count then shown, in the spec's
 * filter order: the wider sets an empty view offers.
 */
export function widenings(rows: readonly ListRow[], state: ListState, spec: ListSpec): Widening[] {
  return Object.keys(spec.filters)
    .filter((name) => state.filters[name])
    .map((name) => {
      const rest = Object.fromEntries(Object.entries(state.filters).filter(([n]) => n !== name));
      return { filter: name, count: rows.filter((r) => matches(r, rest)).length };
    })
    .filter((w) => w.count > 0);
}

/**
 * Why a view is empty when a filter selects records listed apart from those another filter selects (a ward's own
 * projects are never in a priority or a vision): the sentence says so, `{value}` standing for the first filter's
 * chosen label and `{others}` for the others' (each quoted 「…」, joined with ・).
 */
export interface EmptyReason {
  filter: string;
  /** The filters whose records are listed apart from `filter`'s. */
  apart: readonly string[];
  text: string;
}

/** The reason an empty view gives, or null where none applies (`label` gives a filter's chosen option's label). */
export function emptyReason(
  state: ListState,
  reasons: readonly EmptyReason[],
  label: (filter: string) => string,
  words: ListWords = JA_LIST_WORDS,
): string | null {
  for (const r of reasons) {
    const others = r.apart.filter((name) => state.filters[name]);
    if (!state.filters[r.filter] || !others.length) continue;
    // The other filters' labels are quoted: a label such as 重点事項1 こども関連施策の推進 is a name, not a phrase.
    return r.text
      .replaceAll('{value}', label(r.filter))
      .replaceAll('{others}', others.map((name) => fill(words.quote, { label: label(name) })).join(words.sep));
  }
  return null;
}

/**
 * The filters in force, named whole under the controls: `絞り込み：「ビジョン2 市民に愛され、…実現するまち」・「東区」`.
 * On a phone a select shows only the start of a long option, so the line says the rest; empty for none.
 */
export function chosenFilters(labels: readonly string[], words: ListWords = JA_LIST_WORDS): string {
  return labels.length
    ? fill(words.chosen, { labels: labels.map((l) => fill(words.quote, { label: l })).join(words.sep) })
    : '';
}

/** What a view shows, for the line above the list: `12件・合計133.8億円`, or `12件` for a list without amounts or rows. */
export function summary(count: number, totalThousandYen?: number, words: ListWords = JA_LIST_WORDS): string {
  // No total for no row: 「0件・合計0円」 would read as an amount, where the list only has nothing to show.
  if (totalThousandYen === undefined || count === 0) return fill(words.count, { count });
  const total =
    words.yen === 'en'
      ? formatYenShortEn(totalThousandYen)
      : words.yen === 'easy'
        ? formatYenExact(totalThousandYen)
        : formatYenShort(totalThousandYen);
  return fill(words.countTotal, { count, total });
}

/** The button that takes one filter away from an empty list: `「東区」の絞り込みを外す（7件）`. */
export const widenLabel = (value: string, count: number, words: ListWords = JA_LIST_WORDS): string =>
  fill(words.widen, { value, count });

/**
 * A row's values as the data attributes of its `<tr>` (`data-sort-budget`, `data-tag-vision="1 5"`): the page
 * writes them and the script reads them back (`readRowAttributes`), so the rows themselves are the data.
 */
export function rowAttributes(row: ListRow, spec: ListSpec): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const key of Object.keys(spec.sorts)) attributes[`data-sort-${key}`] = String(row.sort[key] ?? '');
  for (const name of Object.keys(spec.filters)) attributes[`data-tag-${name}`] = (row.tags[name] ?? []).join(' ');
  return attributes;
}

/** The inverse of `rowAttributes`: a row's values from its attributes (`get` is the element's getAttribute). */
export function readRowAttributes(get: (name: string) => string | null, spec: ListSpec): ListRow {
  const sort: Record<string, number | string | null> = {};
  for (const [key, { kind }] of Object.entries(spec.sorts)) {
    const raw = get(`data-sort-${key}`) ?? '';
    sort[key] = raw === '' ? null : kind === 'number' ? Number(raw) : raw;
  }
  const tags: Record<string, string[]> = {};
  for (const name of Object.keys(spec.filters)) tags[name] = (get(`data-tag-${name}`) ?? '').split(' ').filter(Boolean);
  return { sort, tags };
}

/**
 * The kanji a やさしい日本語 list writes after the page is built, when the build's ふりがな pass is long done: the
 * units of its total (287億9,619万円). Each is read on its own, as the build reads them in an amount.
 */
export const EASY_UNIT_READINGS: Readonly<Record<string, string>> = { 億: 'おく', 万: 'まん', 円: 'えん' };

/** `text` in pieces: plain text, and each character of `readings` with its reading, for the page to set as ruby. */
export function readingPieces(
  text: string,
  readings: Readonly<Record<string, string>>,
): Array<string | { base: string; reading: string }> {
  const pieces: Array<string | { base: string; reading: string }> = [];
  for (const ch of text) {
    const reading = readings[ch];
    if (reading) pieces.push({ base: ch, reading });
    else if (typeof pieces.at(-1) === 'string') pieces[pieces.length - 1] += ch;
    else pieces.push(ch);
  }
  return pieces;
}

import { describe, expect, it } from 'vitest';
import {
  applyView,
  defaultState,
  jaCollator,
  matches,
  parseState,
  readRowAttributes,
  rowAttributes,
  chosenFilters,
  emptyReason,
  summary,
  JA_LIST_WORDS,
  toQuery,
  widenings,
  type ListRow,
  type ListSpec,
  EASY_UNIT_READINGS,
  readingPieces,
} from '../../src/lib/browser/list-view.ts';

const spec: ListSpec = {
  sorts: {
    budget: { kind: 'number', order: 'desc' },
    change: { kind: 'number', order: 'desc' },
    title: { kind: 'text', order: 'asc' },
  },
  defaultSort: 'budget',
  tieBreak: 'title',
  filters: { vision: ['1', '2', '5'], band: ['lt10m', 'ge1b'] },
};

const row = (title: string, budget: number, change: number | null, vision: string[]): ListRow & { title: string } => ({
  title,
  sort: { title, budget, change },
  tags: { vision, band: [budget < 10_000 ? 'lt10m' : 'ge1b'] },
});

const rows = [
  row('みどりの事業', 500, 100, ['1']),
  row('あおい事業', 50_000, null, ['5']),
  row('かわの事業', 500, -20, ['1', '5']),
  row('さくらの事業', 9_000, 0, []),
];
const titles = (r: Array<{ title: string }>) => r.map((x) => x.title);

describe('parseState', () => {
  it('reads sort, order and known filters from the query', () => {
    expect(parseState('?vision=5&sort=change&order=asc', spec)).toEqual({
      sort: 'change',
      order: 'asc',
      filters: { vision: '5' },
    });
  });
  it('falls back to the defaults on unknown names and values', () => {
    expect(parseState('vision=9&band=x&sort=nope&order=up&other=1', spec)).toEqual(defaultState(spec));
  });
  it("takes a sort's own starting order when the query gives none", () => {
    expect(parseState('sort=title', spec).order).toBe('asc');
    expect(parseState('sort=change', spec).order).toBe('desc');
  });
});

describe('toQuery', () => {
  it('is empty for the default view', () => {
    expect(toQuery(defaultState(spec), spec)).toBe('');
  });
  it('writes filters in the spec order, then sort and order', () => {
    const query = toQuery({ sort: 'change', order: 'desc', filters: { band: 'ge1b', vision: '5' } }, spec);
    expect(query).toBe('?vision=5&band=ge1b&sort=change&order=desc');
    expect(parseState(query, spec)).toEqual({ sort: 'change', order: 'desc', filters: { vision: '5', band: 'ge1b' } });
  });
  it('keeps a reversed default sort', () => {
    expect(toQuery({ sort: 'budget', order: 'asc', filters: {} }, spec)).toBe('?sort=budget&order=asc');
  });
});

describe('matches', () => {
  it('needs every filter value among the row tags', () => {
    expect(matches(rows[2]!, { vision: '5' })).toBe(true);
    expect(matches(rows[2]!, { vision: '5', band: 'ge1b' })).toBe(false);
    expect(matches(rows[3]!, { vision: '1' })).toBe(false);
    expect(matches(rows[3]!, {})).toBe(true);
  });
});

describe('applyView', () => {
  it('sorts by budget, largest first, equal budgets by title', () => {
    expect(titles(applyView(rows, defaultState(spec), spec))).toEqual([
      'あおい事業',
      'さくらの事業',
      'かわの事業',
      'みどりの事業',
    ]);
  });
  it('puts rows without a value last in both orders', () => {
    const desc = applyView(rows, { sort: 'change', order: 'desc', filters: {} }, spec);
    const asc = applyView(rows, { sort: 'change', order: 'asc', filters: {} }, spec);
    expect(titles(desc)).toEqual(['みどりの事業', 'さくらの事業', 'かわの事業', 'あおい事業']);
    expect(titles(asc)).toEqual(['かわの事業', 'さくらの事業', 'みどりの事業', 'あおい事業']);
  });
  it('sorts titles by Japanese collation, both ways', () => {
    expect(titles(applyView(rows, { sort: 'title', order: 'asc', filters: {} }, spec))).toEqual([
      'あおい事業',
      'かわの事業',
      'さくらの事業',
      'みどりの事業',
    ]);
    expect(titles(applyView(rows, { sort: 'title', order: 'desc', filters: {} }, spec))).toEqual([
      'みどりの事業',
      'さくらの事業',
      'かわの事業',
      'あおい事業',
    ]);
  });
  it('collates katakana with hiragana, not after every kanji', () => {
    expect(['ほ', 'ア', 'イ'].sort(jaCollator.compare)).toEqual(['ア', 'イ', 'ほ']);
  });
  it('filters, then sorts, leaving the input alone', () => {
    const before = titles(rows);
    expect(titles(applyView(rows, { sort: 'title', order: 'asc', filters: { vision: '5' } }, spec))).toEqual([
      'あおい事業',
      'かわの事業',
    ]);
    expect(titles(rows)).toEqual(before);
  });
  it('shows nothing when no row matches', () => {
    expect(applyView(rows, { sort: 'budget', order: 'desc', filters: { vision: '2' } }, spec)).toEqual([]);
  });
});

describe('summary', () => {
  it('gives the count and the total in the readable form', () => {
    expect(summary(3, 150_000)).toBe('3件・合計1.5億円');
    // No row, no total: 「0件・合計0円」 would read as an amount.
    expect(summary(0, 0)).toBe('0件');
    expect(summary(130)).toBe('130件');
  });

  it('gives やさしい日本語 the whole total in 億・万円 digits, as its rows', () => {
    const easy = {
      ...JA_LIST_WORDS,
      count: '{count}こ',
      countTotal: '{count}こ・あわせて {total}',
      yen: 'easy' as const,
    };
    // 13,384,000千円 + 150,000千円 = 13,534,000千円 = 13,534,000,000円: 135億3,400万円.
    expect(summary(2, 13_534_000, easy)).toBe('2こ・あわせて 135億3,400万円');
    // 12,345千円 = 12,345,000円: 1,234万5,000円, nothing rounded.
    expect(summary(1, 12_345, easy)).toBe('1こ・あわせて 1,234万5,000円');
  });
});

describe('an empty view', () => {
  // Rows by hand: a ward's own projects carry no vision, as in the plan.
  const ws: ListSpec = { ...spec, filters: { vision: ['1', '5'], ward: ['higashi'], band: ['lt10m', 'ge1b'] } };
  const wardRows: ListRow[] = [
    { sort: { title: 'a', budget: 100, change: null }, tags: { vision: ['1'], ward: [], band: ['lt10m'] } },
    { sort: { title: 'b', budget: 200, change: null }, tags: { vision: ['1'], ward: [], band: ['lt10m'] } },
    { sort: { title: 'c', budget: 300, change: null }, tags: { vision: [], ward: ['higashi'], band: ['lt10m'] } },
  ];
  const state = { sort: 'budget', order: 'desc' as const, filters: { vision: '1', ward: 'higashi' } };
  it('offers each filter whose removal alone brings rows back, with the count then shown', () => {
    expect(applyView(wardRows, state, ws)).toEqual([]);
    expect(widenings(wardRows, state, ws)).toEqual([
      { filter: 'vision', count: 1 },
      { filter: 'ward', count: 2 },
    ]);
    // A removal that still leaves nothing is not offered.
    expect(widenings(wardRows, { ...state, filters: { vision: '5', ward: 'higashi', band: 'ge1b' } }, ws)).toEqual([]);
  });
  it('says why where a filter selects records listed apart', () => {
    const reasons = [
      { filter: 'ward', apart: ['vision', 'priority'], text: '{value}には{others}の事業はありません。' },
    ];
    const labels: Record<string, string> = { vision: 'ビジョン1', ward: '東区', band: '1億円以上' };
    const label = (name: string) => labels[name]!;
    // The other filter's label is quoted as the name it is.
    expect(emptyReason(state, reasons, label)).toBe('東区には「ビジョン1」の事業はありません。');
    // A ward with only a budget band: the records are not apart, so no reason is given.
    expect(emptyReason({ ...state, filters: { ward: 'higashi', band: 'ge1b' } }, reasons, label)).toBeNull();
  });
});

describe('row attributes', () => {
  it('round-trip through the data attributes the page writes and the script reads', () => {
    for (const r of rows) {
      const attributes = rowAttributes(r, spec);
      const back = readRowAttributes((name) => attributes[name] ?? null, spec);
      expect(back).toEqual({ sort: r.sort, tags: r.tags });
    }
    expect(rowAttributes(rows[1]!, spec)).toEqual({
      'data-sort-budget': '50000',
      'data-sort-change': '',
      'data-sort-title': 'あおい事業',
      'data-tag-vision': '5',
      'data-tag-band': 'ge1b',
    });
  });
});

describe('the filters in force, named whole', () => {
  it('quotes each chosen label in full, or says nothing when none is chosen', () => {
    expect(chosenFilters(['ビジョン2 市民に愛され、世界に選ばれる、持続的な発展を実現するまち', '東区'])).toBe(
      '絞り込み：「ビジョン2 市民に愛され、世界に選ばれる、持続的な発展を実現するまち」・「東区」',
    );
    expect(chosenFilters([])).toBe('');
  });
});

describe('ふりがな of what a やさしい日本語 list writes', () => {
  it('sets each unit of an amount apart with its reading, the rest as text', () => {
    expect(readingPieces('6こ・あわせて 4億2,030万円', EASY_UNIT_READINGS)).toEqual([
      '6こ・あわせて 4',
      { base: '億', reading: 'おく' },
      '2,030',
      { base: '万', reading: 'まん' },
      { base: '円', reading: 'えん' },
    ]);
  });

  it('leaves text without those kanji whole', () => {
    expect(readingPieces('0こ', EASY_UNIT_READINGS)).toEqual(['0こ']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  FILLER,
  TITLE_SPAN,
  indexTokens,
  bestWindow,
  locate,
  needles,
  occurrences,
  matches,
  runs,
  searchTerms,
  titleBlock,
} from '../../src/lib/search/tokens.ts';

describe('search tokens', () => {
  it('cuts runs at spaces, punctuation and symbols, after NFKC and lower case', () => {
    expect(runs('「10分・20分構想」の推進')).toEqual(['10分', '20分構想', 'の推進']);
    expect(runs('ＭＩＣＥ、ﾊｻﾞｰﾄﾞﾏｯﾌﾟ')).toEqual(['mice', 'ハザードマップ']);
    expect(runs('PFOS・PFOA※等')).toEqual(['pfos', 'pfoa', '等']);
  });

  it('indexes each run as bigrams and its last character', () => {
    expect(indexTokens('熊本空港')).toEqual(['熊本', '本空', '空港', '港']);
    expect(indexTokens('ICカード 水')).toEqual(['ic', 'cカ', 'カー', 'ード', 'ド', '水']);
  });

  it('asks for a phrase of bigrams, so 熊本港 cannot match 熊本空港', () => {
    expect(searchTerms('熊本港')).toEqual([{ query: '"熊本 本港"', exact: true }]);
    const index = indexTokens('熊本空港').join(' ');
    expect(index.includes('熊本 本港')).toBe(false);
    expect(indexTokens('熊本港の整備').join(' ').includes('熊本 本港')).toBe(true);
  });

  it('normalises full-width and half-width forms the same way on both sides', () => {
    expect(searchTerms('ＭＩＣＥ')).toEqual(searchTerms('MICE'));
    expect(searchTerms('ﾊｻﾞｰﾄﾞﾏｯﾌﾟ')).toEqual(searchTerms('ハザードマップ'));
  });

  it('searches one character by prefix and several words each on their own', () => {
    expect(searchTerms('水')).toEqual([{ query: '水', exact: false }]);
    expect(searchTerms('熊本 地下水')).toEqual([
      { query: '"熊本"', exact: true },
      { query: '"地下 下水"', exact: true },
    ]);
    expect(searchTerms('、。')).toEqual([]);
  });

  it('keeps a phrase across punctuation the way the index stores it', () => {
    const [term] = searchTerms('10分・20分');
    expect(term!.query).toBe('"10 0分 分 20 0分"');
    expect(indexTokens('「10分・20分構想」').join(' ').includes('10 0分 分 20 0分')).toBe(true);
  });

  it('pads the title block to a fixed span', () => {
    const block = titleBlock('児童手当の拡充');
    expect(block).toHaveLength(TITLE_SPAN);
    expect(block.slice(0, 7)).toEqual(['児童', '童手', '手当', '当の', 'の拡', '拡充', '充']);
    expect(block[7]).toBe(FILLER);
  });

  it('matches and locates a query in the original text', () => {
    expect(matches('地下水及び公共用水域の監視強化', '公共 監視')).toBe(true);
    expect(matches('熊本空港', '熊本港')).toBe(false);
    const text = 'ＰＦＯＳ・PFOA等の監視';
    expect(locate(text, 'pfoa')).toEqual({ start: 5, end: 9 });
    expect(locate('ﾊｻﾞｰﾄﾞﾏｯﾌﾟの機能', 'ハザード')).toEqual({ start: 0, end: 6 });
  });

  it('finds every occurrence of every word of the query, without overlaps', () => {
    expect(needles('熊本 地震')).toEqual(['熊本', '地震']);
    expect(needles('ＭＩＣＥ mice')).toEqual(['mice']);
    const text = '熊本地震からの復興、熊本城の地震被害';
    expect(occurrences(text, '熊本 地震').map((o) => text.slice(o.start, o.end))).toEqual([
      '熊本',
      '地震',
      '熊本',
      '地震',
    ]);
    // Overlapping words: the earlier occurrence is kept whole.
    expect(occurrences('地下水', '地下 下水').map((o) => [o.start, o.end])).toEqual([[0, 2]]);
    expect(occurrences('ﾊｻﾞｰﾄﾞﾏｯﾌﾟ', 'ハザード')).toEqual([{ start: 0, end: 6, needle: 0 }]);
  });

  it('quotes the window where the most different words of the query occur', () => {
    const text = `熊本${'あ'.repeat(100)}地震${'い'.repeat(100)}熊本で地震${'う'.repeat(100)}`;
    const found = occurrences(text, '熊本 地震');
    const window = bestWindow(text, found, 40);
    const quoted = text.slice(window.start, window.end);
    expect(quoted).toContain('熊本で地震');
    expect(window.end - window.start).toBe(40);
    // No occurrence: the start of the text.
    expect(bestWindow('あいうえお', [], 3)).toEqual({ start: 0, end: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import {
  MAX_SPELLINGS,
  VARIANT_GROUPS,
  allSpellings,
  expandQuery,
  expandWord,
  searchSpellings,
} from '../../src/lib/search/variants.ts';
import { normalize } from '../../src/lib/search/tokens.ts';
import { variantNote } from '../../src/lib/browser/search-note.ts';

describe('spelling variants', () => {
  it('writes every spelling as the search compares text, each group with a source', () => {
    for (const g of VARIANT_GROUPS) {
      expect(g.spellings.length).toBeGreaterThan(1);
      expect(new Set(g.spellings).size).toBe(g.spellings.length);
      expect(g.source.length).toBeGreaterThan(10);
      for (const s of g.spellings) expect(normalize(s), s).toBe(s);
    }
  });

  it('searches every spelling of a word, the typed one first', () => {
    expect(expandWord('子供').spellings).toEqual(['子供', '子ども', 'こども']);
    expect(expandWord('こども').spellings).toEqual(['こども', '子供', '子ども']);
    expect(expandWord('障がい').folded).toEqual([{ typed: '障がい', others: ['障害', '障碍'] }]);
    expect(expandWord('取り組み').spellings).toEqual(['取り組み', '取組', '取組み']);
    expect(expandWord('問い合わせ').spellings).toEqual(['問い合わせ', '問合せ', '問合わせ', '問い合せ']);
    expect(expandWord('3ヶ所').spellings).toEqual(['3ヶ所', '3箇所', '3か所', '3ヵ所', '3ケ所', '3カ所', '3個所']);
  });

  it('keeps the rest of the word around a folded place', () => {
    expect(expandWord('子ども医療費').spellings).toEqual(['子ども医療費', '子供医療費', 'こども医療費']);
    // Two places (国, 受け入れ): every combination, the word as typed first.
    const both = expandWord('外国人受け入れ').spellings;
    expect(both[0]).toBe('外国人受け入れ');
    expect([...both].sort()).toEqual(
      ['外国人受け入れ', '外國人受け入れ', '外国人受入れ', '外國人受入れ', '外国人受入', '外國人受入'].sort(),
    );
  });

  it('reads the longest spelling at a place: 取組み is one spelling, not 取組 and み', () => {
    expect(expandWord('取組み').folded).toEqual([{ typed: '取組み', others: ['取組', '取り組み'] }]);
  });

  it('folds an old character form alone, in any word, and only that character', () => {
    expect(expandWord('熊本縣').spellings).toEqual(['熊本縣', '熊本県']);
    expect(expandWord('県').spellings).toEqual(['県', '縣']);
    // 辺 has two variant forms, each its own group.
    expect(expandWord('渡辺').spellings).toEqual(['渡辺', '渡邊', '渡邉']);
  });

  it('folds nothing in a word that holds no variant, and never a part of a word', () => {
    expect(expandWord('地下水')).toEqual({ typed: '地下水', spellings: ['地下水'], folded: [] });
    // 子 alone is not 子供; ども alone is not 子ども.
    expect(expandWord('子').spellings).toEqual(['子']);
    expect(expandWord('子育て').spellings).toEqual(['子育て']);
    expect(expandWord('ども').spellings).toEqual(['ども']);
    expect(expandWord('取る').spellings).toEqual(['取る']);
  });

  it('leaves a false friend as typed: 障害物 is not a spelling of 障がい', () => {
    expect(expandWord('障害物').spellings).toEqual(['障害物']);
    expect(expandWord('障害物競走').folded).toEqual([]);
  });

  it('bounds the combinations: places beyond MAX_SPELLINGS are searched as typed', () => {
    const word = expandWord('県国箇所県');
    expect(word.spellings.length).toBeLessThanOrEqual(MAX_SPELLINGS);
    // 県 (2) and 国 (2 × 2) are folded; 箇所 would make 4 × 7 = 28 and is kept as typed; the last 県 fits (8).
    expect(word.folded.map((f) => f.typed)).toEqual(['県', '国', '県']);
    expect(word.spellings).toHaveLength(8);
    expect(word.spellings).toContain('縣國箇所縣');
    expect(word.spellings).not.toContain('県国か所県');
    const many = expandWord('県国学会広沢浜区関桜');
    expect(many.spellings.length).toBeLessThanOrEqual(MAX_SPELLINGS);
    expect(many.spellings[0]).toBe('県国学会広沢浜区関桜');
  });

  it('expands each word of a query separately, after NFKC', () => {
    expect(expandQuery('子供　医療').map((w) => w.spellings)).toEqual([['子供', '子ども', 'こども'], ['医療']]);
    expect(expandQuery('  ')).toEqual([]);
  });

  it('searches the fewest spellings that find the same pages', () => {
    // 取組み contains 取組: every page with 取組み has 取組.
    expect(searchSpellings(expandWord('取り組み'))).toEqual(['取り組み', '取組']);
    // A spelling that no page holds finds nothing and is not searched; the typed one too.
    expect(searchSpellings(expandWord('子供'), new Set(['子供']))).toEqual(['子ども', 'こども']);
    expect(searchSpellings(expandWord('子供医療費'), new Set(['子供']))).toEqual(['子ども医療費', 'こども医療費']);
    // Nothing left: the typed word is searched, and finds nothing.
    expect(searchSpellings(expandWord('申込'), new Set(['申込', '申し込み']))).toEqual(['申込']);
  });

  it('lists every spelling once for the indexer', () => {
    const all = allSpellings();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(['子供', '縣', '邉', 'ヶ所']));
  });
});

describe('the variant note', () => {
  it('says which spellings were searched and offers the exact search, and the way back', () => {
    expect(variantNote('子供', expandQuery('子供'), false)).toEqual({
      text: '「子供」を「子ども」「こども」も含めて検索しました。',
      link: '「子供」だけで検索',
    });
    expect(variantNote('子供', expandQuery('子供'), true)).toEqual({
      text: '「子供」と書かれたページだけを検索しました。',
      link: '「子ども」「こども」も含めて検索',
    });
    expect(variantNote('子供 熊本縣', expandQuery('子供 熊本縣'), false)?.text).toBe(
      '「子供」を「子ども」「こども」も、「縣」を「県」も含めて検索しました。',
    );
  });

  it('says nothing for a query without variants', () => {
    expect(variantNote('地下水', expandQuery('地下水'), false)).toBeUndefined();
  });
});

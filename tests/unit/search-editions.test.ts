/**
 * The search in the editions without a browser: English words and their plurals (src/lib/search/english.ts), what the
 * indexer reads of a page (ruby readings and, for English, quoted Japanese left out), and the search's messages,
 * whose `{places}` the browser fills, alike in every edition.
 */
import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import {
  englishSearchTerms,
  englishTitleBlock,
  englishTokens,
  englishWords,
  hasJapanese,
  stem,
} from '../../src/lib/search/english.ts';
import { FILLER, TITLE_SPAN } from '../../src/lib/search/tokens.ts';
import { fill, places } from '../../src/lib/search/words.ts';
import { visibleText } from '../../scripts/build-search.ts';
import { ja } from '../../src/lib/i18n/catalogs/ja/index.ts';
import { easy } from '../../src/lib/i18n/catalogs/easy/index.ts';
import { en } from '../../src/lib/i18n/catalogs/en/index.ts';

describe('English search words', () => {
  it('folds plurals only (the S-stemmer), never a word into another word', () => {
    // Plurals as English writes them.
    expect(stem('allowances')).toBe('allowance');
    expect(stem('facilities')).toBe('facility');
    expect(stem('children')).toBe('children');
    expect(stem('buses')).toBe('buse');
    expect(stem('projects')).toBe('project');
    // Not plurals: -ss, -us, and -ies/-es after a vowel keep their ending.
    expect(stem('business')).toBe('business');
    expect(stem('campus')).toBe('campus');
    expect(stem('allowance')).toBe('allowance');
    expect(stem('expanding')).toBe('expanding');
    // Short words and numbers stay as written.
    expect(stem('gas')).toBe('gas');
    expect(stem('2020s')).toBe('2020s');
  });

  it('cuts words at spaces and punctuation, in lower case, without the possessive', () => {
    expect(englishWords('Kumamoto’s year-on-year budget (FY2024): ¥13.4 billion')).toEqual([
      'kumamoto',
      'year',
      'on',
      'year',
      'budget',
      'fy2024',
      '13',
      '4',
      'billion',
    ]);
    expect(englishTokens('Expanding the child allowances')).toEqual(['expanding', 'the', 'child', 'allowance']);
  });

  it('puts the title first, padded to the title block', () => {
    const block = englishTitleBlock('Expanding the child allowance');
    expect(block).toHaveLength(TITLE_SPAN);
    expect(block.slice(0, 5)).toEqual(['expanding', 'the', 'child', 'allowance', FILLER]);
  });

  it('searches each word as a prefix of its stem, and nothing in Japanese script', () => {
    expect(englishSearchTerms('Allowances')).toEqual([{ query: 'allowance', exact: false }]);
    expect(englishSearchTerms('child-care')).toEqual([
      { query: 'child', exact: false },
      { query: 'care', exact: false },
    ]);
    expect(englishSearchTerms('地下水')).toEqual([]);
    expect(hasJapanese('child 手当')).toBe(true);
    expect(hasJapanese('ｶﾞ')).toBe(true);
    expect(hasJapanese('café ¥100')).toBe(false);
  });
});

describe('what the indexer reads of a page', () => {
  const main = (html: string) => parseFragment(`<main>${html}</main>`).childNodes[0]!;

  it('reads ruby as its base text, without the readings', () => {
    expect(
      visibleText(
        main('<p><ruby>児童<rp>(</rp><rt>じどう</rt><rp>)</rp></ruby>手当を<ruby>増<rt>ふ</rt></ruby>やす</p>'),
      ),
    ).toBe('児童手当を増やす');
  });

  it('leaves out quoted Japanese for English only', () => {
    const page = main('<h1>Expanding the child allowance</h1><p>Original: <span lang="ja">児童手当の拡充</span></p>');
    expect(visibleText(page, true)).toBe('Expanding the child allowance\nOriginal:');
    expect(visibleText(page)).toBe('Expanding the child allowance\nOriginal: 児童手当の拡充');
  });
});

/** The messages SiteSearch's page hands its script as templates (src/components/SiteSearch.astro). */
const FILLED = [
  'search.sortedBy',
  'search.whatQuery',
  'search.whatChosen',
  'search.found',
  'search.noneQuery',
  'search.noneChosen',
  'search.japaneseQuery',
  'search.resultsTitle',
  'search.listTitle',
  'search.chosenSummary',
  'search.status',
  'search.byWhom',
  'search.quote',
  'search.variantPair',
  'search.variantSearched',
  'search.variantOnly',
  'search.exactSearched',
  'search.exactInclude',
] as const;

describe('the search messages the browser fills', () => {
  it('fill puts values in their places and leaves unknown places as written', () => {
    expect(fill('{what}: {count}.', { what: 'Pages', count: 3 })).toBe('Pages: 3.');
    expect(fill('{a}{b}', { a: '{b}' })).toBe('{b}{b}');
  });

  it('have the same places in every edition', () => {
    const marker = (i: number) => `{p${i}}`;
    const differ: string[] = [];
    for (const key of FILLED) {
      const message = ja[key];
      // Called with a place per argument, each edition's message must keep every one of them.
      const args = Array.from({ length: message.length }, (_, i) => marker(i));
      const call = (m: unknown) => places((m as (...a: string[]) => string)(...args));
      const want = args.map((a) => a.slice(1, -1)).sort();
      for (const [edition, catalog] of [
        ['ja', ja],
        ['easy', easy],
        ['en', en],
      ] as const)
        if (JSON.stringify(call(catalog[key])) !== JSON.stringify(want)) differ.push(`${edition} ${key}`);
    }
    expect(differ).toEqual([]);
  });
});

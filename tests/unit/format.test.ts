import { describe, expect, it } from 'vitest';
import { formatThousandYen, formatYenJapanese } from '../../src/lib/format.ts';

describe('money in Japanese units', () => {
  it.each([
    [13_384_000, '13,384,000千円', '133億8,400万円'],
    [1_807_400, '1,807,400千円', '18億740万円'],
    [100_000, '100,000千円', '1億円'],
    [24_300, '24,300千円', '2,430万円'],
    [1_298, '1,298千円', '129万8千円'],
    [400, '400千円', '40万円'],
    [758, '758千円', '75万8千円'],
    [0, '0千円', '0円'],
  ])('%i 千円 → %s = %s', (thousandYen, source, human) => {
    expect(formatThousandYen(thousandYen)).toBe(source);
    expect(formatYenJapanese(thousandYen)).toBe(human);
  });

  it('refuses what is not an amount in 千円', () => {
    expect(() => formatYenJapanese(-1)).toThrow(RangeError);
    expect(() => formatYenJapanese(1.5)).toThrow(RangeError);
  });
});

describe('shares, changes and years', () => {
  it('formats shares of a total', async () => {
    const { formatShare } = await import('../../src/lib/format.ts');
    expect(formatShare(13_384_000, 28_796_190)).toBe('46.5%');
    expect(formatShare(400, 28_796_190)).toBe('0.1%未満');
    expect(formatShare(0, 10)).toBe('0.0%');
  });

  it('formats a change from FY2023 to FY2024', async () => {
    const { formatChange } = await import('../../src/lib/format.ts');
    // 児童手当の拡充: 11,498,000 → 13,384,000 (lines 123, 122).
    expect(formatChange(11_498_000, 13_384_000)).toBe('+1,886,000千円（+16.4%）');
    // 台湾に対する観光PR: 11,000 → 6,000 (lines 202, 201).
    expect(formatChange(11_000, 6_000)).toBe('−5,000千円（−45.5%）');
    expect(formatChange(0, 10)).toBe('+10千円');
  });

  it('writes years in the Japanese era with the Gregorian year', async () => {
    const { fiscalYearLabel, yearLabel, eraYear } = await import('../../src/lib/format.ts');
    expect(fiscalYearLabel(2024)).toBe('令和6年度（2024年度）');
    expect(yearLabel(2013)).toBe('平成25年（2013年）');
    expect(eraYear(2019)).toBe('令和元年');
  });
});

describe('chart labels', () => {
  it('rounds amounts and labels log-scale ticks compactly', async () => {
    const { formatYenShort, formatYenTick } = await import('../../src/lib/format.ts');
    expect(formatYenShort(17_521_188)).toBe('175.2億円');
    expect(formatYenShort(44_722)).toBe('4,472万円');
    expect([1_000, 10_000, 100_000, 1_000_000, 10_000_000].map(formatYenTick)).toEqual([
      '100万',
      '1千万',
      '1億',
      '10億',
      '100億',
    ]);
  });
});

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

/**
 * やさしい日本語's readable amounts (src/lib/i18n/money.ts): no trailing 「.0」 to explain. Expected values worked by
 * hand from the amounts in 千円.
 */
import { describe, expect, it } from 'vitest';
import { money } from '../../src/lib/i18n/money.ts';

describe("やさしい日本語's short amounts", () => {
  const short = money('easy').short;

  it('says a rounded whole 億円 is about that much', () => {
    // The FY2024 plan's total, 28,796,190千円 = 287.9619億円: 288.0億円 on the Japanese site.
    expect(short(28_796_190)).toBe('約288億円');
    expect(money('ja').short(28_796_190)).toBe('288.0億円');
  });

  it('writes an exact whole 億円 without 約', () => {
    // A ward's frame, 100,000千円 = 100,000,000円 = 1億円.
    expect(short(100_000)).toBe('1億円');
  });

  it('keeps other amounts as the Japanese site has them', () => {
    // 17,521,188千円 = 175.21188億円; 24,300千円 = 2,430万円.
    expect(short(17_521_188)).toBe('175.2億円');
    expect(short(24_300)).toBe('2,430万円');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Project } from '../../src/schemas/action-plan.ts';
import { noPreviousBudgetLabel, noPreviousBudgetNote, supplementaryIn } from '../../src/lib/format/strings.ts';
import { root } from './helpers.ts';
import {
  formatChangeIn,
  formatChangeShort,
  formatThousandYen,
  formatYenShort,
  formatYenTick,
  sharedYenUnit,
  formatYenExact,
} from '../../src/lib/format/format.ts';

describe('one way to show money', () => {
  // The readable form, worked out by hand: 1億円 = 100,000千円 and 1万円 = 10千円.
  it.each([
    // 児童手当の拡充 (line 122): 133.84億円.
    [13_384_000, '13,384,000千円', '133.8億円'],
    // Vision 4's total: 4,472.2万円.
    [44_722, '44,722千円', '4,472万円'],
    // こども誰でも通園制度 (line 129): 2,060.8万円, never 2,060万8千円 beside a rounded 2,061万円.
    [20_608, '20,608千円', '2,061万円'],
    [400, '400千円', '40万円'],
    [1_298, '1,298千円', '130万円'],
    [11_498_000, '11,498,000千円', '115.0億円'],
    [17_521_188, '17,521,188千円', '175.2億円'],
    // The boundary: from 1億円 up the amount is in 億円 with one decimal, always.
    [100_000, '100,000千円', '1.0億円'],
    [99_994, '99,994千円', '9,999万円'],
    // 9,999.5万円 rounds to 10,000万円, which is written 1.0億円.
    [99_995, '99,995千円', '1.0億円'],
    [5, '5千円', '1万円'],
    [4, '4千円', '1万円未満'],
    [0, '0千円', '0円'],
  ])('%i 千円 → %s and %s', (thousandYen, printed, readable) => {
    expect(formatThousandYen(thousandYen)).toBe(printed);
    expect(formatYenShort(thousandYen)).toBe(readable);
  });

  it('writes an exact amount in 億・万・円 for やさしい日本語', () => {
    // Line 122 of the plan: 13,384,000千円 = 13,384,000,000円 = 133億8,400万円.
    expect(formatYenExact(13_384_000)).toBe('133億8,400万円');
    // The total of vision 4 (line checked in tests/dist/money.test.ts): 44,722千円 = 44,722,000円.
    expect(formatYenExact(44_722)).toBe('4,472万2,000円');
    expect(formatYenExact(2_000_000)).toBe('20億円');
    expect(formatYenExact(5)).toBe('5,000円');
    expect(formatYenExact(0)).toBe('0円');
    expect(() => formatYenExact(-1)).toThrow(RangeError);
  });

  it('refuses what is not an amount in 千円', () => {
    expect(() => formatYenShort(-1)).toThrow(RangeError);
    expect(() => formatYenShort(1.5)).toThrow(RangeError);
  });

  it('writes a change in the readable form for summaries', () => {
    // 児童手当の拡充: 11,498,000 → 13,384,000千円, +1,886,000千円 = +18.86億円.
    expect(formatChangeShort(11_498_000, 13_384_000)).toBe('+18.9億円（+16.4%）');
    // 台湾に対する観光PR: 11,000 → 6,000千円.
    expect(formatChangeShort(11_000, 6_000)).toBe('−500万円（−45.5%）');
  });

  it('labels round axis ticks and thresholds without a forced decimal', () => {
    expect([0, 50_000, 100_000, 250_000, 5_000_000, 10_000_000].map(formatYenTick)).toEqual([
      '0',
      '5,000万円',
      '1億円',
      '2.5億円',
      '50億円',
      '100億円',
    ]);
  });
});

describe('shares, changes and years', () => {
  it('formats shares of a total', async () => {
    const { formatShare } = await import('../../src/lib/format/format.ts');
    expect(formatShare(13_384_000, 28_796_190)).toBe('46.5%');
    expect(formatShare(400, 28_796_190)).toBe('0.1%未満');
    expect(formatShare(0, 10)).toBe('0.0%');
  });

  it('formats a change from FY2023 to FY2024', async () => {
    const { formatChange } = await import('../../src/lib/format/format.ts');
    // 児童手当の拡充: 11,498,000 → 13,384,000 (lines 123, 122).
    expect(formatChange(11_498_000, 13_384_000)).toBe('+1,886,000千円（+16.4%）');
    // 台湾に対する観光PR: 11,000 → 6,000 (lines 202, 201).
    expect(formatChange(11_000, 6_000)).toBe('−5,000千円（−45.5%）');
    // From 0 there is no ratio: the change says so instead of leaving the percentage out unexplained.
    expect(formatChange(0, 10)).toBe('+10千円（前年度が0円のため増減率なし）');
    expect(formatChange(500, 500)).toBe('±0千円（±0.0%）');
  });

  it('computes percentages from the printed figures, to one decimal, half away from zero', async () => {
    const { changePercent, formatChange } = await import('../../src/lib/format/format.ts');
    // Priority 1's totals, the sums of lines 104-155: 11,658,473 → 13,645,041千円; 1,986,568 / 11,658,473 = 17.04%.
    expect(changePercent(11_658_473, 13_645_041)).toBe(17.0);
    expect(formatChange(11_658_473, 13_645_041)).toBe('+1,986,568千円（+17.0%）');
    // Lines 226-227: 311 → 3,722千円, +3,411 / 311 = 1,096.78%.
    expect(changePercent(311, 3_722)).toBe(1096.8);
    expect(formatChange(311, 3_722)).toBe('+3,411千円（+1,096.8%）');
    // Lines 145-146: 16,337 → 12,800千円, −3,537 / 16,337 = −21.65%.
    expect(changePercent(16_337, 12_800)).toBe(-21.7);
    // Exact halves round away from zero in both directions: 1 / 16 = 6.25% → 6.3%.
    expect(changePercent(16, 17)).toBe(6.3);
    expect(changePercent(16, 15)).toBe(-6.3);
    expect(changePercent(0, 10)).toBeNull();
  });

  it('writes years in the Japanese era with the Gregorian year', async () => {
    const { fiscalYearLabel, yearLabel, eraYear } = await import('../../src/lib/format/format.ts');
    expect(fiscalYearLabel(2024)).toBe('令和6年度（2024年度）');
    expect(yearLabel(2013)).toBe('平成25年（2013年）');
    expect(eraYear(2019)).toBe('令和元年');
  });
});

describe('one wording for a missing previous-year budget', () => {
  const projects = z.array(Project).parse(JSON.parse(readFileSync(join(root, 'content/fy2024/projects.json'), 'utf8')));
  const byTitle = (title: string) => projects.find((p) => p.title === title)!;

  it('explains the mark the source prints, once, quoting it as printed', () => {
    // Line 130 prints (一) under こども誰でも通園制度, line 236 prints (-) under 地下水及び公共用水域の監視強化.
    const nursery = byTitle('こども誰でも通園制度(仮称)の試行的実施');
    const water = byTitle('地下水及び公共用水域の監視強化');
    expect(noPreviousBudgetNote([nursery])).toBe(
      '「前年度欄は『－』」は、原資料で前年度の予算の欄が「(一)」と記されている事業です。「(一)」は漢数字の「一」ではなく、線（－）の代わりに使われていると思われます。前年度の予算額が記されていないため、増減と増減率は示していません。予算の注記がある事業は、その意味を添えています。',
    );
    // Line 236's (-) alone is a line as printed: nothing about the kanji.
    expect(noPreviousBudgetNote([water])).not.toContain('漢数字');
    expect(noPreviousBudgetNote([nursery, water])).toContain('「(一)」や「(-)」と記されている');
    // 児童手当の拡充 prints (11,498,000千円) on line 123: nothing to explain.
    expect(noPreviousBudgetNote([byTitle('児童手当の拡充')])).toBeNull();
  });
});

describe('the previous-year line says what is printed, with the remark beside it', () => {
  const projects = z.array(Project).parse(JSON.parse(readFileSync(join(root, 'content/fy2024/projects.json'), 'utf8')));
  const byTitle = (title: string) => projects.find((p) => p.title === title)!;

  it('does not call a project whose whole amount was in the previous supplementary budget one without a budget', () => {
    // Line 130 prints (一); line 386 the remark 全額R5.2補計上 (the whole amount in 令和5年度's February supplementary
    // budget). Line 236 prints (-) under 地下水及び公共用水域の監視強化, which has no remark.
    expect(noPreviousBudgetLabel(byTitle('こども誰でも通園制度(仮称)の試行的実施'))).toBe(
      '前年度欄は「－」（全額を令和5年度2月補正予算に計上）',
    );
    expect(noPreviousBudgetLabel(byTitle('地下水及び公共用水域の監視強化'))).toBe('前年度欄は「－」');
  });

  it('names the supplementary amounts a total includes, leaving the figure as printed', () => {
    // Priority 1 (lines 98-155) holds こども誰でも通園制度, 20,608千円 on line 129, remark on line 386.
    const nursery = byTitle('こども誰でも通園制度(仮称)の試行的実施');
    expect(supplementaryIn('この合計', [byTitle('児童手当の拡充'), nursery])).toBe(
      'この合計には、予算の注記で補正予算への計上が記された額が含まれています：「こども誰でも通園制度(仮称)の試行的実施」の20,608千円（注記「全額R5.2補計上」：全額を令和5年度2月補正予算に計上）。額は原資料のとおりです。',
    );
    // 熊本西環状道路の整備推進: 4,974,500千円, remark R5補正含む.
    expect(supplementaryIn('この額', [byTitle('熊本西環状道路の整備推進')])).toContain(
      '「熊本西環状道路の整備推進」の4,974,500千円（注記「R5補正含む」：令和5年度補正予算を含む）',
    );
    expect(supplementaryIn('この合計', [byTitle('児童手当の拡充')])).toBeNull();
  });
});

describe('figures compared with each other share one unit', () => {
  it('puts all in 万円 when one is below 1億円', () => {
    // こども家庭センター: 84,336千円 (line 137) → 109,733千円 (line 136), change 25,397千円. By hand: 8,433.6 → 8,434万円,
    // 10,973.3 → 10,973万円, 2,539.7 → 2,540万円.
    const yen = sharedYenUnit([84_336, 109_733, 25_397]);
    expect([84_336, 109_733, 25_397].map(yen)).toEqual(['8,434万円', '10,973万円', '2,540万円']);
    expect(formatChangeIn(yen, 84_336, 109_733)).toBe('+2,540万円（+30.1%）');
    // The visions' totals: 44,722千円 (vision 4) beside 17,521,188千円 (vision 1) → 4,472万円 and 1,752,119万円.
    const visions = sharedYenUnit([17_521_188, 44_722]);
    expect([visions(17_521_188), visions(44_722)]).toEqual(['1,752,119万円', '4,472万円']);
    expect(visions(0)).toBe('0円');
  });

  it('puts all in 億円 when none is below, with the decimals that keep them apart', () => {
    // 13,645,041千円 → 136.45… → 136.5億円; 11,658,473千円 → 116.6億円: one decimal tells them apart.
    const one = sharedYenUnit([13_645_041, 11_658_473]);
    expect([one(13_645_041), one(11_658_473)]).toEqual(['136.5億円', '116.6億円']);
    // 123,000千円 and 118,000千円 both read 1.2億円 at one decimal; at two, 1.23億円 and 1.18億円.
    const two = sharedYenUnit([123_000, 118_000]);
    expect([two(123_000), two(118_000)]).toEqual(['1.23億円', '1.18億円']);
    // 99,995千円 rounds to 10,000万円, so it counts as 1億円 (as formatYenShort decides): 億円 for both.
    expect(sharedYenUnit([99_995, 250_000])(99_995)).toBe('1.0億円');
  });

  it('refuses what is not an amount in 千円', () => {
    expect(() => sharedYenUnit([-1])).toThrow(RangeError);
    expect(() => sharedYenUnit([1.5])).toThrow(RangeError);
  });
});

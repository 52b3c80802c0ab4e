import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Project } from '../../src/schemas/action-plan.ts';
import { noPreviousBudgetNote } from '../../src/lib/format/strings.ts';
import { root } from './helpers.ts';
import { formatChangeShort, formatThousandYen, formatYenShort, formatYenTick } from '../../src/lib/format/format.ts';

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
      '「前年度予算なし」は、原資料で前年度の予算が「(一)」と記されている事業です。この記号は前年度の予算がないことを示します。比べる額がないため、増減と増減率は示していません。',
    );
    expect(noPreviousBudgetNote([nursery, water])).toContain('「(一)」や「(-)」と記されている');
    // 児童手当の拡充 prints (11,498,000千円) on line 123: nothing to explain.
    expect(noPreviousBudgetNote([byTitle('児童手当の拡充')])).toBeNull();
  });
});

/**
 * Damaged copies of the FY2024 source must fail with a ParseError naming the file, the line and what was expected,
 * never produce a smaller dataset.
 */
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../scripts/lib/source.ts';
import { FY2024_FILE, fy2024Lines, join1, parseFy2024Text } from './helpers.ts';

/** Applies `edit` to the 0-based line array and returns the ParseError the parse throws. */
function failure(edit: (lines: string[]) => void): ParseError {
  const lines = fy2024Lines();
  edit(lines);
  try {
    parseFy2024Text(join1(lines));
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('the damaged source parsed without error');
}

const setLine = (no: number, text: string) => (lines: string[]) => {
  lines[no - 1] = text;
};

describe('FY2024 parser on damaged input', () => {
  it('fails when a priority budget line is deleted', () => {
    const error = failure(setLine(104, ''));
    expect(error.file).toBe(FY2024_FILE);
    expect(error.line).toBe(105);
    expect(error.message).toContain('FY2024 budget');
    expect(error.message).toContain('(17,400千円)');
  });

  it('fails when a vision budget line is deleted (title, description, budget layout)', () => {
    // まちなかフリーパス実証実験による利用促進: its description at line 1146 is left without a budget.
    const error = failure(setLine(1148, ''));
    expect(error.line).toBe(1146);
    expect(error.expected).toContain('budget figure');
  });

  it('fails when a budget line is deleted in the title, budget, description layout', () => {
    // 「バリアフルレストラン」…: its description at line 848 is left without a budget.
    const error = failure(setLine(846, ''));
    expect(error.line).toBe(848);
  });

  it('fails when a title-with-budget line loses its figure', () => {
    const error = failure(setLine(1295, '公契約条例制定に向けた検討会議の開催'));
    expect(error.line).toBe(1297);
  });

  it('fails when a ward budget line is deleted', () => {
    const error = failure(setLine(1364, ''));
    expect(error.line).toBe(1362);
  });

  it('fails on a garbled title line', () => {
    // The title of AIデマンドタクシーによる移動環境の整備 read as Latin-1 instead of UTF-8.
    const garbled = Buffer.from('AIデマンドタクシー', 'utf8').toString('latin1');
    const error = failure(setLine(1150, garbled));
    expect(error.line).toBe(1150);
    expect(error.found).toContain('garbled');
  });

  it('fails on a garbled priority title that no longer matches its vision listing', () => {
    const error = failure(setLine(118, '児童手当の拡大充実'));
    // Same budget and description as 児童手当の拡充 at line 400: the parser refuses to keep two records.
    expect(error.line).toBe(400);
    expect(error.expected).toContain('児童手当の拡大充実');
  });

  it('fails on full-width digits in a budget', () => {
    const error = failure(setLine(1372, '１，０００千円'));
    expect(error.line).toBe(1372);
    expect(error.expected).toContain('half-width');
  });

  it('fails on full-width digits with a half-width comma', () => {
    const error = failure(setLine(1148, '２４,０００千円'));
    expect(error.line).toBe(1148);
  });

  it('fails when the file is truncated mid-section', () => {
    const error = failure((lines) => lines.splice(900));
    expect(error.line).toBeGreaterThanOrEqual(900);
    expect(error.expected).toMatch(/区における自主自立のまちづくり|ビジョン6/);
  });

  it('fails when the file is truncated in the ward pages', () => {
    const error = failure((lines) => lines.splice(1420));
    expect(error.expected).toContain('contact block');
  });

  it('fails when a vision section is missing', () => {
    const error = failure((lines) => lines.splice(1264, 78));
    expect(error.expected).toContain('ビジョン8');
  });

  it('fails on an unknown budget remark', () => {
    const error = failure(setLine(386, '(R6.6補正予定)'));
    expect(error.line).toBe(386);
    expect(error.expected).toContain('known budget remark');
  });

  it('fails on a 千円 figure that is neither a budget nor a curated other figure', () => {
    const error = failure(setLine(354, '100千円'));
    expect(error.line).toBe(354);
    expect(error.expected).toContain('otherFigures');
  });

  it('fails when a text the curated file shows as printed is no longer in the source', () => {
    const error = failure(setLine(690, 'R5 現行\t国\t【市】\t【市】 上乗せ\tR6 以降'));
    expect(error.expected).toContain('上乘せ');
    expect(error.expected).toContain('content/curated/fy2024.json');
  });

  it('fails on a priority FY2023 figure that is not in parentheses', () => {
    const error = failure(setLine(105, '17,400千円'));
    expect(error.line).toBe(105);
    expect(error.expected).toContain('FY2023');
  });

  it('fails when a priority project is listed twice with different budgets', () => {
    const error = failure(setLine(404, '13,384,001千円'));
    expect(error.line).toBe(404);
    expect(error.expected).toContain('same budget');
  });

  it('fails on an uneven number of ward projects under the ward labels', () => {
    const error = failure((lines) => lines.splice(1443, 5));
    expect(error.line).toBe(1408);
  });
});

/** Damaged copies of the 2013 report must fail with a ParseError naming the line, never a smaller dataset. */
import { describe, expect, it } from 'vitest';
import { parseRoadmap2013 } from '../../scripts/roadmap2013/parse.ts';
import { ParseError } from '../../scripts/lib/source.ts';
import { ROADMAP2013_FILE, roadmap2013Text } from './helpers.ts';

function failure(edit: (lines: string[]) => void): ParseError {
  const lines = roadmap2013Text.split('\n');
  edit(lines);
  try {
    parseRoadmap2013(ROADMAP2013_FILE, lines.join('\n'));
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('the damaged source parsed without error');
}

const replace = (no: number, from: string, to: string) => (lines: string[]) => {
  if (!lines[no - 1]!.includes(from)) throw new Error(`line ${no} has no ${from}`);
  lines[no - 1] = lines[no - 1]!.replace(from, to);
};

describe('2013 parser on damaged input', () => {
  it('fails on a missing item number', () => {
    const error = failure(replace(62, '17\t', '\t'));
    expect(error.line).toBe(62);
  });

  it('fails on a duplicated item number', () => {
    const error = failure(replace(44, '9\t', '8\t'));
    expect(error.line).toBe(44);
    expect(error.expected).toContain('item number 9');
  });

  it('fails on an item without sub-items', () => {
    const error = failure((lines) => lines.splice(44, 1));
    expect(error.line).toBe(44);
    expect(error.expected).toContain('sub-items');
  });

  it('fails on an unknown bullet shape', () => {
    const error = failure(replace(72, '▪', '・'));
    expect(error.line).toBe(72);
    expect(error.found).toContain('unknown bullet');
  });

  it('fails on a re-listing of an item that does not exist', () => {
    const error = failure(replace(327, '【No.90再掲】', '【No.131再掲】'));
    expect(error.line).toBe(327);
  });

  it('fails on a sub-item row with a missing cell', () => {
    const error = failure(replace(94, '\t⇒\t', '\t'));
    expect(error.line).toBe(94);
    expect(error.expected).toContain('4 cells');
  });

  it('fails on a page label that contradicts the table of contents', () => {
    const error = failure(replace(132, '2. 交通体系の再デザイン', '3. 中心市街地の再デザイン'));
    expect(error.line).toBe(132);
  });

  it('fails when the file is truncated', () => {
    const error = failure((lines) => lines.splice(300));
    expect(error.expected).toContain('contact block');
  });

  it('fails when a category is skipped', () => {
    const error = failure(replace(41, '③.', '④.'));
    expect(error.line).toBe(41);
  });
});

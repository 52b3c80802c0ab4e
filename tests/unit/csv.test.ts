import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';

describe('CSV for Excel', () => {
  it('starts with a BOM, ends lines with CRLF, quotes what needs quoting', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        { a: '熊本, 市', b: 12_300, c: ['x', 'y'] },
        { a: 'say "hi"', b: null, c: 'line\nbreak' },
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('a,b,c\r\n"熊本, 市",12300,x;y\r\n"say ""hi""",,"line\nbreak"\r\n');
  });
});

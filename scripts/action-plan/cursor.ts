/**
 * Reading the action plan's text line by line: a cursor over the non-blank lines of a range, a search for a
 * required line, and a line as cited text. Each fails with what it expected, naming the line.
 */
import type { Line, Source } from '../lib/source.ts';
import type { SourceText } from '../../src/schemas/action-plan.ts';

/** A line as cited text: its trimmed text and its number. */
export const at = (line: Line): SourceText => ({ text: line.text, line: line.no });

/** Reads lines one non-blank line at a time within a range, failing with what was expected. */
export class Cursor {
  private no: number;
  private readonly src: Source;
  private readonly end: number;

  constructor(src: Source, from: number, end: number) {
    this.src = src;
    this.no = from;
    this.end = end;
  }

  /** The next non-blank line without consuming it. */
  peek(): Line | undefined {
    for (let no = this.no; no <= this.end; no++) if (this.src.line(no).text !== '') return this.src.line(no);
    return undefined;
  }

  /** Consumes the next non-blank line; fails with `expected` at the end of the range. */
  next(expected: string): Line {
    const line = this.peek();
    if (!line)
      return this.src.fail(
        Math.min(this.end + 1, this.src.lines.length),
        expected,
        `the end of the section (line ${this.end})`,
      );
    this.no = line.no + 1;
    return line;
  }

  /** Consumes the next non-blank line and checks it with `test`. */
  expect(test: RegExp, expected: string): RegExpExecArray {
    const line = this.next(expected);
    const match = test.exec(line.text);
    if (!match) return this.src.fail(line.no, expected, this.src.quote(line.no));
    return match;
  }

  /** Consumes the following lines as long as they match `test`. */
  while(test: RegExp): Array<{ line: Line; match: RegExpExecArray }> {
    const out: Array<{ line: Line; match: RegExpExecArray }> = [];
    for (let line = this.peek(); line; line = this.peek()) {
      const match = test.exec(line.text);
      if (!match) break;
      out.push({ line, match });
      this.no = line.no + 1;
    }
    return out;
  }
}

/** Finds the line whose trimmed text matches `test`, after `from`; fails naming what it looked for. */
export function requireLine(
  src: Source,
  test: (text: string) => boolean,
  from: number,
  what: string,
  to = src.lines.length,
): Line {
  return (
    src.find(test, from, to) ??
    src.fail(Math.min(to, src.lines.length), `${what} (after line ${from - 1})`, 'the end of the file')
  );
}

/** The ✓ bullets (- ✓ …) the cursor stands on, at least one, as cited text; `under` names their heading. */
export function bullets(c: Cursor, under: string): SourceText[] {
  const items = c.while(/^- ✓\s*(.+)$/).map(({ line, match }) => ({ text: match[1]!, line: line.no }));
  if (!items.length) c.expect(/^- ✓/, `bullets (- ✓ …) under ${under}`);
  return items;
}

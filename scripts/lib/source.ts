/**
 * Reading a source text: lines with their numbers, blocks of consecutive non-blank lines, and the one error type the
 * parsers throw. Plain TypeScript with no Astro import, so the parsers stay unit-testable.
 */
import { splitLines } from '../../src/lib/format/source-lines.ts';

/** A parse failure that names the file, the 1-based line and what the parser expected there. */
export class ParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly expected: string;
  readonly found: string;

  constructor(file: string, line: number, expected: string, found: string) {
    super(`${file}:${line}: expected ${expected}; found ${found}`);
    this.name = 'ParseError';
    this.file = file;
    this.line = line;
    this.expected = expected;
    this.found = found;
  }
}

/** One line of the source. */
export interface Line {
  /** 1-based line number. */
  readonly no: number;
  /** The line as printed, without the line break. */
  readonly raw: string;
  /** The line trimmed of white space at both ends. */
  readonly text: string;
}

/** Consecutive non-blank lines: the unit a PDF text conversion keeps together. */
export interface Block {
  readonly lines: readonly Line[];
}

/** A source file split into numbered lines. */
export class Source {
  readonly file: string;
  readonly lines: readonly Line[];

  constructor(file: string, text: string) {
    this.file = file;
    // The site prints the sources with the same split (src/lib/data/sources.ts), so the numbers match.
    this.lines = splitLines(text).map((raw, i) => ({ no: i + 1, raw, text: raw.trim() }));
  }

  /** The line with 1-based number `no`. */
  line(no: number): Line {
    const line = this.lines[no - 1];
    if (!line) throw new ParseError(this.file, Math.max(1, this.lines.length), `line ${no}`, 'the end of the file');
    return line;
  }

  /** Throws a ParseError at `line` (at least line 1, even for an empty file). */
  fail(line: number, expected: string, found: string): never {
    throw new ParseError(this.file, Math.max(1, line), expected, found);
  }

  /** Quotes a line's text for an error message, shortened. */
  quote(no: number): string {
    const line = this.lines[no - 1];
    if (!line) return 'the end of the file';
    if (line.text === '') return 'a blank line';
    return `"${line.text.length > 60 ? line.text.slice(0, 60) + '…' : line.text}"`;
  }

  /** Blocks of consecutive non-blank lines between lines `from` and `to` (inclusive). */
  blocks(from: number, to: number): Block[] {
    const blocks: Block[] = [];
    let current: Line[] = [];
    for (let no = from; no <= to; no++) {
      const line = this.line(no);
      if (line.text === '') {
        if (current.length) blocks.push({ lines: current });
        current = [];
      } else {
        current.push(line);
      }
    }
    if (current.length) blocks.push({ lines: current });
    return blocks;
  }

  /** The first line at or after `from` (and at or before `to`) whose trimmed text satisfies `test`. */
  find(test: (text: string) => boolean, from = 1, to = this.lines.length): Line | undefined {
    for (let no = from; no <= to; no++) {
      const line = this.line(no);
      if (test(line.text)) return line;
    }
    return undefined;
  }
}

/**
 * The form under which two titles are the same: Unicode NFKC (full-width letters, digits and brackets to
 * half-width), without 「」『』 quotes or any white space.
 */
export function normalizeTitle(title: string): string {
  return title.normalize('NFKC').replace(/[「」『』\s]/g, '');
}

/** Parses an integer printed with thousands separators (`13,384,000`); only half-width digits are accepted. */
export function parseAmount(text: string): number | undefined {
  if (!/^\d{1,3}(,\d{3})*$|^\d+$/.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

/** True if the text looks like mojibake or a damaged conversion rather than Japanese text. */
export function looksGarbled(text: string): boolean {
  // U+FFFD is the replacement character; Latin-1 letters such as Ã and æ are what UTF-8 read as Latin-1 turns into.
  if (/[\uFFFD\u0080-\u009F\u00C0-\u00FF]/.test(text)) return true;
  return !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
}

/** Character-bigram Dice similarity (0–1): how much two Japanese texts share, without word segmentation. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(1, a.length - 1 + b.length - 1);
  return (2 * shared) / total;
}

/**
 * Sentences the catalogs word around facts from the documents (the data-quality notes): a catalog function marks the
 * text it quotes from a document and each line it cites, so that a page can show the quote as the original
 * (`<Original>`) and link the line, while a file or a test reads the plain sentence. The marks are characters of
 * Unicode's private use area, which no source document holds.
 */

const QUOTE = ['\uE000', '\uE001'] as const;
const LINE = ['\uE002', '\uE003', '\uE004'] as const;

/** Marks text quoted from a document. */
export const original = (text: string): string => `${QUOTE[0]}${text}${QUOTE[1]}`;

/** Marks a cited line: its number and the words that cite it (`392行目`, `line 392`). */
export const lineRef = (line: number, words: string): string => `${LINE[0]}${line}${LINE[1]}${words}${LINE[2]}`;

export type Segment =
  { kind: 'text'; text: string } | { kind: 'original'; text: string } | { kind: 'line'; line: number; text: string };

const MARKS = /\uE000([^\uE001]*)\uE001|\uE002(\d+)\uE003([^\uE004]*)\uE004/g;

/** A marked sentence as its pieces, in order: the edition's own text, quoted text and cited lines. */
export function segments(marked: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of marked.matchAll(MARKS)) {
    if (m.index > at) out.push({ kind: 'text', text: marked.slice(at, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'original', text: m[1] });
    else out.push({ kind: 'line', line: Number(m[2]), text: m[3]! });
    at = m.index + m[0].length;
  }
  if (at < marked.length) out.push({ kind: 'text', text: marked.slice(at) });
  return out;
}

/** The sentence without its marks, as a file or a plain-text reader gets it. */
export const plain = (marked: string): string =>
  segments(marked)
    .map((s) => s.text)
    .join('');

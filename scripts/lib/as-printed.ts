/**
 * Text a source prints in a form a reader may take for a mistake of this site (content/curated/, `asPrinted`): the
 * lines that hold each curated text. Both parsers turn these into data-quality notes, so the page and the quality
 * page say what the text is while showing it as printed.
 */
import type { AsPrinted } from '../../src/schemas/action-plan.ts';
import type { Source } from './source.ts';

export interface AsPrintedHit {
  entry: AsPrinted;
  /** Every line that holds the text, in order. */
  lines: number[];
}

/**
 * The lines of each curated text. A text on no line fails the parse at the end of the file, naming the curated file:
 * the source changed there, and a person decides whether the note still holds.
 */
export function findAsPrinted(src: Source, entries: readonly AsPrinted[], curatedFile: string): AsPrintedHit[] {
  return entries.map((entry) => {
    const lines = src.lines.filter((l) => l.raw.includes(entry.text)).map((l) => l.no);
    if (!lines.length) src.fail(src.lines.length, `the text "${entry.text}" (asPrinted in ${curatedFile})`, 'none');
    return { entry, lines };
  });
}

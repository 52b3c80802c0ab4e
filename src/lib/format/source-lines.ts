/**
 * How a source text splits into numbered lines: the one rule behind every 「N行目」. The parsers number their lines
 * with it (scripts/lib/source.ts) and the source pages print the text with it (src/lib/data/sources.ts), so line N on a
 * page is line N wherever the site cites one. Plain TypeScript with no import: the data build runs it under Node.
 */
export function splitLines(text: string): string[] {
  // Keep the conversion's line numbering exactly: a trailing newline does not add a line.
  const raws = text.replace(/\r\n?/g, '\n').split('\n');
  if (raws.length > 0 && raws[raws.length - 1] === '') raws.pop();
  return raws;
}

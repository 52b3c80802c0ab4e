/**
 * An amount in 千円 in English words: `¥13.4 billion`, `¥24.3 million`. Here, not in src/lib/i18n/money.ts (which
 * uses it), so the page's own code (src/lib/browser/) can word a list's total in the English edition too.
 */
const grouped = new Intl.NumberFormat('en-US');
const decimals = (n: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: n, maximumFractionDigits: n });

/** The amount itself, checked: a whole, non-negative number of 千円. */
export function checkedThousandYen(thousandYen: number): number {
  if (!Number.isInteger(thousandYen) || thousandYen < 0) throw new RangeError(`not an amount in 千円: ${thousandYen}`);
  return thousandYen;
}

/** `¥13.4 billion` from ¥1 billion up, `¥24.3 million` from ¥1 million, `¥850,000` below, `¥0` for nothing. */
export function formatYenShortEn(thousandYen: number): string {
  const k = checkedThousandYen(thousandYen);
  if (k === 0) return '¥0';
  if (k >= 1_000_000) return `¥${decimals(1).format(k / 1_000_000)} billion`;
  if (k >= 1_000) return `¥${decimals(1).format(k / 1_000)} million`;
  return `¥${grouped.format(k * 1000)}`;
}

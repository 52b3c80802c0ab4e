/** Formatting of money the Japanese way. Amounts in the sources are in thousands of yen (千円). */

const grouped = new Intl.NumberFormat('ja-JP');

/** `13384000` → `13,384,000千円`: the figure as the source prints it. */
export function formatThousandYen(thousandYen: number): string {
  return `${grouped.format(thousandYen)}千円`;
}

/**
 * `13384000` → `133億8,400万円`; `1298` → `129万8千円`: the same amount in the units people read, exactly
 * (no rounding), so it can stand next to the source figure.
 */
export function formatYenJapanese(thousandYen: number): string {
  if (!Number.isInteger(thousandYen) || thousandYen < 0) throw new RangeError(`not an amount in 千円: ${thousandYen}`);
  if (thousandYen === 0) return '0円';
  const oku = Math.floor(thousandYen / 100_000);
  const man = Math.floor((thousandYen % 100_000) / 10);
  const sen = thousandYen % 10;
  const parts: string[] = [];
  if (oku) parts.push(`${grouped.format(oku)}億`);
  if (man) parts.push(`${grouped.format(man)}万`);
  if (sen) parts.push(`${sen}千`);
  return `${parts.join('')}円`;
}

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

const percent = new Intl.NumberFormat('ja-JP', {
  style: 'percent',
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});

/** Share of a whole as a Japanese percentage, e.g. `46.5%`; `0.1%未満` for a non-zero share that rounds to zero. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) throw new RangeError('the whole must be positive');
  const share = part / whole;
  if (share > 0 && share < 0.0005) return '0.1%未満';
  return percent.format(share);
}

/** A signed change in 千円 with its ratio, e.g. `+1,886,000千円（+16.4%）`; ratio omitted when the base is 0. */
export function formatChange(from: number, to: number): string {
  const diff = to - from;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const amount = `${sign}${formatThousandYen(Math.abs(diff))}`;
  if (from === 0) return amount;
  return `${amount}（${sign}${percent.format(Math.abs(diff) / from)}）`;
}

const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

/** The Japanese-era year of a Gregorian year, via Intl: 2024 → 令和6年, 2013 → 平成25年, 2019 → 令和元年. */
export function eraYear(gregorian: number): string {
  // Mid-year, so that 2019 (平成 until April 30) reads as the era the fiscal year runs in.
  return era.format(new Date(Date.UTC(gregorian, 6, 1))).replace(/^(\D+)1年$/, '$1元年');
}

/** A fiscal year the Japanese way: `令和6年度（2024年度）`. */
export function fiscalYearLabel(gregorian: number): string {
  return `${eraYear(gregorian).replace(/年$/, '年度')}（${gregorian}年度）`;
}

/** A calendar year the Japanese way: `平成25年（2013年）`. */
export function yearLabel(gregorian: number): string {
  return `${eraYear(gregorian)}（${gregorian}年）`;
}

/** A rounded amount for chart labels: `175.2億円`, `1,074万円`, `40万円`. Pages show exact figures next to charts. */
export function formatYenShort(thousandYen: number): string {
  const yen = thousandYen * 1000;
  if (yen >= 1e8) return `${new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 }).format(yen / 1e8)}億円`;
  return `${grouped.format(Math.round(yen / 1e4))}万円`;
}

/** A compact axis label for a power of ten in 千円: 100万, 1千万, 1億, 10億, 100億. */
export function formatYenTick(thousandYen: number): string {
  const yen = thousandYen * 1000;
  if (yen >= 1e8) return `${yen / 1e8}億`;
  if (yen >= 1e7) return `${yen / 1e7}千万`;
  return `${yen / 1e4}万`;
}

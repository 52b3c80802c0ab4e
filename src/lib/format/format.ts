/**
 * Formatting of money the Japanese way. Amounts in the sources are in thousands of yen (千円).
 *
 * The site shows money in two forms only:
 * - as printed (`formatThousandYen`, `20,608千円`) wherever the source is cited: budget lines, tables of figures;
 * - one readable form (`formatYenShort`) in lists, charts and summaries: 億円 with one decimal from 1億円 up
 *   (`133.8億円`, `1.0億円`), whole 万円 below (`2,061万円`). The form is chosen after rounding, so 99,995千円, which
 *   rounds to 10,000万円, reads `1.0億円`. Exact 万/千 spellings such as `2,060万8千円` are never shown: next to a
 *   rounded `2,061万円` they read as two different amounts.
 *
 * Figures read against each other as one comparison (a row's before, after and change; a dumbbell's two labels) share
 * one unit (`sharedYenUnit`): 万円 for all when any of them is below 1億円, else 億円 with as many decimals as keep
 * them distinct. `8,434万円→1.1億円` would hide a change of 2,540万円 in rounding. A column or a chart's bar labels
 * keep each amount's readable form: there the bar, the share or the sort order carries the comparison, and one unit
 * for a column that runs from 130万円 to 175.2億円 would print 1,752,119万円 or 0.01億円.
 */

const grouped = new Intl.NumberFormat('ja-JP');

/**
 * One decimal, always: `1.0億円` says the amount is rounded to 0.1億円, as `133.8億円` does; percentages too
 * (`17.0%`).
 */
const oneDecimal = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `13384000` → `13,384,000千円`: the figure as the source prints it. */
export function formatThousandYen(thousandYen: number): string {
  return `${grouped.format(thousandYen)}千円`;
}

/**
 * An exact amount in the units of everyday Japanese, for the やさしい日本語 edition, which reads 千円 only in quotes:
 * `13384000` (千円) → `133億8,400万円`, `44722` → `4,472万2,000円`, `0` → `0円`.
 */
export function formatYenExact(thousandYen: number): string {
  if (!Number.isInteger(thousandYen) || thousandYen < 0) throw new RangeError(`not an amount in 千円: ${thousandYen}`);
  const yen = thousandYen * 1000;
  const oku = Math.floor(yen / 100_000_000);
  const man = Math.floor((yen % 100_000_000) / 10_000);
  const rest = yen % 10_000;
  const parts = [oku && `${grouped.format(oku)}億`, man && `${grouped.format(man)}万`, rest && grouped.format(rest)];
  return `${parts.filter(Boolean).join('') || '0'}円`;
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

/**
 * The change from one printed figure to another in percent of the first, rounded to one decimal (half away from
 * zero, as the percentages are shown): 11,658,473 → 13,645,041 gives 17.0. Null from 0, where no ratio exists. The
 * site, the list's sort and projects.csv all take the percentage from here, so they never differ.
 */
export function changePercent(from: number, to: number): number | null {
  if (from === 0) return null;
  const magnitude = Math.round((Math.abs(to - from) * 1000) / Math.abs(from)) / 10;
  return to < from ? -magnitude : magnitude;
}

/** What stands in for the percentage of a change from 0: there is no ratio to a nothing. */
export const NO_RATIO_FROM_ZERO = '前年度が0円のため増減率なし';

/** The sign of a change as the site writes it: `+`, `−` (the minus sign, U+2212) or `±` for none. */
const signOf = (diff: number) => (diff > 0 ? '+' : diff < 0 ? '−' : '±');

/** The percentage of a change with its sign, `+17.0%`, `−21.7%`, or why there is none. */
function percentPart(from: number, to: number): string {
  const pct = changePercent(from, to);
  if (pct === null) return NO_RATIO_FROM_ZERO;
  return `${signOf(to - from)}${oneDecimal.format(Math.abs(pct))}%`;
}

/** A signed change in 千円 with its percentage, e.g. `+1,886,000千円（+16.4%）`; from 0 it says why there is none. */
export function formatChange(from: number, to: number): string {
  return `${signOf(to - from)}${formatThousandYen(Math.abs(to - from))}（${percentPart(from, to)}）`;
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

/**
 * The one readable form of an amount in 千円: `133.8億円` from 1億円 up, `2,061万円` below, `0円` for nothing and
 * `1万円未満` for the few amounts that would round to 0万円. Pages show the printed 千円 figure where they cite it.
 */
export function formatYenShort(thousandYen: number): string {
  if (!Number.isInteger(thousandYen) || thousandYen < 0) throw new RangeError(`not an amount in 千円: ${thousandYen}`);
  if (thousandYen === 0) return '0円';
  const man = Math.round(thousandYen / 10);
  if (man === 0) return '1万円未満';
  if (man < 10_000) return `${grouped.format(man)}万円`;
  return `${oneDecimal.format(thousandYen / 100_000)}億円`;
}

/** The 万円 form of an amount in 千円: `2,061万円`, `1,338,400万円`; `0円`, and `1万円未満` where it rounds to 0万円. */
function inMan(thousandYen: number): string {
  if (thousandYen === 0) return '0円';
  const man = Math.round(thousandYen / 10);
  return man === 0 ? '1万円未満' : `${grouped.format(man)}万円`;
}

/** The 億円 form with a given number of decimals: `175.2億円`, `1.10億円`. */
function inOku(thousandYen: number, decimals: number): string {
  const f = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return `${f.format(thousandYen / 100_000)}億円`;
}

/**
 * One unit for amounts in 千円 that are compared with each other (see the module's comment): 万円 for all when any
 * non-zero amount is below 1億円 (after rounding to 万円, as formatYenShort decides), else 億円 with one decimal, or
 * two or three where one would show two different amounts alike. Returns the formatter; zero stays `0円`.
 */
export function sharedYenUnit(amounts: readonly number[]): (thousandYen: number) => string {
  for (const a of amounts) {
    if (!Number.isInteger(a) || a < 0) throw new RangeError(`not an amount in 千円: ${a}`);
  }
  const nonZero = [...new Set(amounts.filter((a) => a > 0))];
  if (nonZero.some((a) => Math.round(a / 10) < 10_000)) return inMan;
  let decimals = 1;
  while (decimals < 3 && new Set(nonZero.map((a) => inOku(a, decimals))).size < nonZero.length) decimals += 1;
  return (thousandYen) => (thousandYen === 0 ? '0円' : inOku(thousandYen, decimals));
}

/**
 * A signed change in a shared unit with its percentage: with `unit` from sharedYenUnit over the before, after and
 * change figures, `8,434万円`, `10,974万円` and `+2,540万円（+30.1%）` add up as printed.
 */
export function formatChangeIn(unit: (thousandYen: number) => string, from: number, to: number): string {
  return `${signOf(to - from)}${unit(Math.abs(to - from))}（${percentPart(from, to)}）`;
}

/** A signed change in the readable form with its percentage, for summaries: `+18.9億円（+16.4%）`. */
export function formatChangeShort(from: number, to: number): string {
  return `${signOf(to - from)}${formatYenShort(Math.abs(to - from))}（${percentPart(from, to)}）`;
}

/**
 * A round amount in 千円 as an axis tick or a threshold: `0`, `5,000万円`, `1億円`, `2.5億円`, `100億円`. Ticks are
 * round numbers, so they carry no forced decimal: `1.0億円` would suggest a rounded amount.
 */
export function formatYenTick(thousandYen: number): string {
  if (thousandYen === 0) return '0';
  if (thousandYen >= 100_000) {
    return `${new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 }).format(thousandYen / 100_000)}億円`;
  }
  return `${new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 }).format(thousandYen / 10)}万円`;
}

/**
 * Money in each edition's words. The Japanese original and やさしい日本語 share the site's one way to show money
 * (src/lib/format/format.ts: 億円 and 万円 in digits); English gives yen in millions and billions (`¥13.4 billion`,
 * `¥24.3 million`). Every function takes amounts in 千円, as the sources print them.
 */
import {
  formatChangeIn,
  formatChangeShort,
  formatYenShort,
  formatYenTick,
  sharedYenUnit,
  changePercent,
} from '../format/format.ts';
import { checkedThousandYen, formatYenShortEn } from '../format/yen-en.ts';
import type { Edition } from './editions.ts';

export interface Money {
  /** The readable form of one amount. */
  short: (thousandYen: number) => string;
  /** One unit for amounts compared with each other (see sharedYenUnit). */
  shared: (amounts: readonly number[]) => (thousandYen: number) => string;
  /** A signed change in a shared unit with its percentage. */
  changeIn: (unit: (thousandYen: number) => string, from: number, to: number) => string;
  /** A signed change in the readable form with its percentage. */
  change: (from: number, to: number) => string;
  /** A round amount as an axis tick. */
  tick: (thousandYen: number) => string;
}

const JAPANESE: Money = {
  short: formatYenShort,
  shared: sharedYenUnit,
  changeIn: formatChangeIn,
  change: formatChangeShort,
  tick: formatYenTick,
};

const decimals = (n: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: n, maximumFractionDigits: n });
const checked = checkedThousandYen;
const enShort = formatYenShortEn;

const inMillion = (n: number) => (k: number) => (k === 0 ? '¥0' : `¥${decimals(n).format(k / 1_000)} million`);
const inBillion = (n: number) => (k: number) => (k === 0 ? '¥0' : `¥${decimals(n).format(k / 1_000_000)} billion`);

/** Millions for all when any non-zero amount is below ¥1 billion, else billions; more decimals where one would tie. */
function enShared(amounts: readonly number[]): (thousandYen: number) => string {
  const nonZero = [...new Set(amounts.map(checked).filter((a) => a > 0))];
  const family = nonZero.some((a) => a < 1_000_000) ? inMillion : inBillion;
  let n = 1;
  while (n < 3 && new Set(nonZero.map(family(n))).size < nonZero.length) n += 1;
  return family(n);
}

function percentPart(from: number, to: number): string {
  const p = changePercent(from, to);
  if (p === null) return 'no rate: the previous year was ¥0';
  return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${decimals(1).format(Math.abs(p))}%`;
}

const sign = (d: number) => (d > 0 ? '+' : d < 0 ? '−' : '±');

const ENGLISH: Money = {
  short: enShort,
  shared: enShared,
  changeIn: (unit, from, to) => `${sign(to - from)}${unit(Math.abs(to - from))} (${percentPart(from, to)})`,
  change: (from, to) => `${sign(to - from)}${enShort(Math.abs(to - from))} (${percentPart(from, to)})`,
  tick: (k) => {
    if (k === 0) return '¥0';
    const f = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
    return k >= 1_000_000 ? `¥${f.format(k / 1_000_000)}bn` : `¥${f.format(k / 1_000)}m`;
  },
};

/**
 * やさしい日本語: a readable amount without a trailing 「.0」, which reads as a decimal to explain: an amount of whole
 * 億円 is that (`1億円`), a rounded one says so in a word (`約288億円` for 28,796,190千円); other amounts as on the
 * Japanese site (`175.2億円`, `2,430万円`).
 */
function easyShort(thousandYen: number): string {
  const short = formatYenShort(thousandYen);
  if (!short.endsWith('.0億円')) return short;
  const whole = short.replace('.0億円', '億円');
  return thousandYen % 100_000 === 0 ? whole : `約${whole}`;
}

const EASY: Money = { ...JAPANESE, short: easyShort };

export const money = (edition: Edition): Money => (edition === 'en' ? ENGLISH : edition === 'easy' ? EASY : JAPANESE);

/** Japanese labels of the 2013 roadmap statuses, in the order the site lists them, and how the site attributes them. */
import type { Item, ItemStatus } from '../../schemas/roadmap2013.ts';
import { nested } from './strings.ts';

export const STATUS_LABELS: Record<ItemStatus, string> = {
  done: '完了',
  'in-progress': '実施中',
  preparing: '準備・検討中',
  'partly-cancelled': '一部中止',
  cancelled: '中止',
  unknown: '不明',
};

export const STATUS_ORDER = Object.keys(STATUS_LABELS) as ItemStatus[];

/**
 * Said next to every status: the city's report gives progress text, not statuses, so a status read as the city's
 * own verdict would misquote it.
 */
export const STATUS_BY_SITE = 'このサイトによる分類';

/** The one-sentence attribution for pages and charts that show statuses. */
export const STATUS_ATTRIBUTION =
  '状況（完了・実施中など）は、熊本市が公表した進捗状況の文を、このサイトが公開した規則で分類したもので、熊本市の判定ではありません。';

/** Where the rules are published; `rule` points at one of them. */
export const statusRulesUrl = (rule?: string): string =>
  rule ? `/method/#rule-${rule.replace(/^relisted-only:/, '')}` : '/method/#status';

/**
 * What a status rests on, quoted for the reader as the whole clauses its words stand in (the data's statusQuotes), so
 * a quote never reads as a fragment: 「根拠：「平成24年4月1日付けで設置済」」; quotation marks inside a clause become 『』.
 */
export const statusEvidence = (quotes: readonly string[]): string =>
  quotes.length
    ? `根拠：${[...new Set(quotes)].map((q) => `「${nested(q)}」`).join('')}`
    : '根拠：分類の手がかりになる語がありません';

/**
 * Why an item has its status, in counts rather than rule text: 「この項目の状況は、下の取組2件の状況（完了1件、実施中1件）
 * から、…」. An item without sub-items of its own takes its re-listed ones, as the rules say. Where the page also shows
 * sub-items re-listed from other items that do not count, the sentence says so, so that its count matches what the
 * reader sees below: 「下の取組2件（ほかの項目からの再掲1件を除く）」.
 */
export function itemStatusBasis(item: Item): string {
  const own = item.subitems.filter((s) => s.relistingOf === null);
  const deciding = own.length ? own : item.subitems;
  const left = item.subitems.length - deciding.length;
  const counts = STATUS_ORDER.map((status) => ({ status, n: deciding.filter((s) => s.status === status).length }))
    .filter((c) => c.n)
    .map((c) => `${STATUS_LABELS[c.status]}${c.n}件`)
    .join('、');
  const which = own.length ? '下の取組' : 'ほかの項目から再掲された下の取組';
  const excluding = left ? `（ほかの項目からの再掲${left}件を除く）` : '';
  const basis =
    deciding.length === 1
      ? `この項目の状況は、${which}1件${excluding}の状況と同じです。`
      : `この項目の状況は、${which}${deciding.length}件${excluding}の状況（${counts}）から、このサイトが公開した規則でまとめたものです。`;
  return `${basis}取組の状況は、熊本市が公表した進捗状況の文をこのサイトが分類したもので、熊本市の判定ではありません。`;
}

/** Japanese labels of the 2013 roadmap statuses, in the order the site lists them, and how the site attributes them. */
import type { ItemStatus } from '../../schemas/roadmap2013.ts';
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

/** The clauses a status rests on as quoted text, each once: 「平成24年4月1日付けで設置済」; inner 「」 become 『』. */
export const quotedClauses = (quotes: readonly string[]): string =>
  [...new Set(quotes)].map((q) => `「${nested(q)}」`).join('');

/**
 * What a status rests on, quoted for the reader as the whole clauses its words stand in (the data's statusQuotes), so
 * a quote never reads as a fragment: 「根拠：「平成24年4月1日付けで設置済」」; quotation marks inside a clause become 『』.
 */
export const statusEvidence = (quotes: readonly string[]): string =>
  quotes.length ? `根拠：${quotedClauses(quotes)}` : '根拠：分類の手がかりになる語がありません';

/** Japanese labels of the 2013 roadmap statuses, in the order the site lists them. */
import type { ItemStatus } from '../schemas/roadmap2013.ts';

export const STATUS_LABELS: Record<ItemStatus, string> = {
  done: '完了',
  'in-progress': '実施中',
  preparing: '準備・検討中',
  'partly-cancelled': '一部中止',
  cancelled: '中止',
  unknown: '不明',
};

export const STATUS_ORDER = Object.keys(STATUS_LABELS) as ItemStatus[];

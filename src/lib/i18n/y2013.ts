/**
 * The 2013 roadmap's coded values in an edition's words: item statuses, crosswalk statuses and link groups. Each
 * code's catalog key is written out, so the catalog check sees every key used.
 */
import type { Item, ItemStatus } from '../../schemas/roadmap2013.ts';
import { STATUS_ORDER } from '../format/status.ts';
import type { CrosswalkStatus } from '../../schemas/crosswalk.ts';
import type { LinkGroup } from '../format/crosswalk.ts';
import type { Edition } from './editions.ts';
import { t } from './t.ts';

const STATUS_KEYS = {
  done: 'y2013.status.done',
  'in-progress': 'y2013.status.inProgress',
  preparing: 'y2013.status.preparing',
  'partly-cancelled': 'y2013.status.partlyCancelled',
  cancelled: 'y2013.status.cancelled',
  unknown: 'y2013.status.unknown',
} as const satisfies Record<ItemStatus, string>;

const CROSSWALK_KEYS = {
  successor: 'y2013.cw.statusSuccessor',
  related: 'y2013.cw.statusRelated',
  none: 'y2013.cw.statusNone',
} as const satisfies Record<CrosswalkStatus, string>;

const GROUP_KEYS = {
  successor: 'y2013.cw.headSuccessor',
  related: 'y2013.cw.headRelated',
  measure: 'y2013.cw.headMeasure',
  vision: 'y2013.cw.headVision',
} as const satisfies Record<LinkGroup, string>;

/** A 2013 status's name (完了 / Done / おわった). */
export const statusLabel = (edition: Edition, status: ItemStatus): string => t(edition, STATUS_KEYS[status]);

/** Whether an item has a successor, related links only, or nothing in the crosswalk's plan. */
export const crosswalkStatusLabel = (edition: Edition, status: CrosswalkStatus): string =>
  t(edition, CROSSWALK_KEYS[status]);

/** The heading of a group of an item's links (後継事業 / Successor projects …). */
export const linkGroupHeading = (edition: Edition, group: LinkGroup): string => t(edition, GROUP_KEYS[group]);

/**
 * Why an item has its status, in counts rather than rule text: 「この項目の状況は、下の取組2件の状況（完了1件、実施中1件）
 * から、…」. An item without sub-items of its own takes its re-listed ones, as the rules say. Where the page also shows
 * sub-items re-listed from other items that do not count, the sentence says so, so that its count matches what the
 * reader sees below: 「下の取組2件（ほかの項目からの再掲1件を除く）」.
 */
export function itemStatusBasis(edition: Edition, item: Item): string {
  const own = item.subitems.filter((s) => s.relistingOf === null);
  const deciding = own.length ? own : item.subitems;
  const excluded = item.subitems.length - deciding.length;
  const which = own.length ? 'own' : 'relisted';
  const counts = STATUS_ORDER.map((status) => ({ status, n: deciding.filter((s) => s.status === status).length }))
    .filter((c) => c.n)
    .map((c) => t(edition, 'y2013.countOf', statusLabel(edition, c.status), c.n))
    .join(t(edition, 'y2013.listSep'));
  const basis =
    deciding.length === 1
      ? t(edition, 'y2013.itemBasisOne', which, excluded)
      : t(edition, 'y2013.itemBasisMany', which, deciding.length, excluded, counts);
  return basis + t(edition, 'y2013.itemBasisTail');
}

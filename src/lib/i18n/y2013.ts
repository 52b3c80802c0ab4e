/**
 * The 2013 roadmap's coded values in an edition's words: item statuses, crosswalk statuses and link groups. Each
 * code's catalog key is written out, so the catalog check sees every key used.
 */
import type { ItemStatus } from '../../schemas/roadmap2013.ts';
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

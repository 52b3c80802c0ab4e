/**
 * What a page's share image (og:image, drawn by src/lib/files/og-image.ts) says, in the edition's words: the facts a
 * page hands its layout, where the image lives, and the figures worded exactly as the page prints them.
 */
import { formatYenExact } from '../format/format.ts';
import { STATUS_ORDER } from '../format/status.ts';
import type { ItemStatus } from '../../schemas/roadmap2013.ts';
import type { Edition } from './editions.ts';
import { money } from './money.ts';
import { t } from './t.ts';
import { statusLabel } from './y2013.ts';

/** A page's own facts for its share image; the layout adds the title, the site's name and 「非公式」. */
export interface ShareFacts {
  /** The key figure as the page prints it: a budget, a count or a status. Omitted on a page without one. */
  figure?: string;
  /** What the figure is (令和6年度予算, 状況（このサイトによる分類）). */
  figureLabel?: string;
  /** The plan and year the page belongs to (令和6年度アクションプラン), or what places it (the 2013 status counts). */
  context?: string;
}

/** Everything a card shows, as text: what the alt text words. */
export interface CardText {
  title: string;
  figure: string;
  figureLabel: string;
  context: string;
  siteName: string;
  unofficial: string;
}

/** One status and how many items have it. */
export interface StatusCount {
  label: string;
  n: number;
}

/**
 * Where a page's share image is written: `/og/` and the page's path as a file name (`/fy2024/projects/c15a479c/` →
 * `/og/fy2024/projects/c15a479c.png`, the home page `/og/index.png`). One folder no page lives in, so an image never
 * takes a page's address, and the page's path kept whole, so two pages never share an image.
 */
export function shareImagePath(pathname: string): string {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  return `/og/${path || 'index'}.png`;
}

/**
 * An amount's readable form as <Money> prints it beside the figure as printed (千円): 億円 or 万円 in Japanese,
 * `¥13.4 billion` in English, and in やさしい日本語 the whole amount in 億・万円 (`133億8,400万円`).
 */
export const printedAmount = (edition: Edition, thousandYen: number): string =>
  edition === 'easy' ? formatYenExact(thousandYen) : money(edition).short(thousandYen);

/**
 * The 2013 items by status, only the statuses that occur, the largest first (stable in the site's order of statuses):
 * `実施中102、準備・検討中17、完了9、…`. Where a card's line cannot hold them all, what is cut is the smallest.
 */
export function statusCounts(edition: Edition, items: readonly { status: ItemStatus }[]): string {
  const counts = STATUS_ORDER.map((s) => ({
    label: statusLabel(edition, s),
    n: items.filter((i) => i.status === s).length,
  }));
  const occurring = counts.filter((c) => c.n > 0).sort((a, b) => b.n - a.n);
  return t(edition, 'share.statusCounts', occurring);
}

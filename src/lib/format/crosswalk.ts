/**
 * How the crosswalk's links are worded and grouped on a page: a successor (後継事業), a related project or table
 * (関連する取組), a related measure (関連する施策) or vision (関連するビジョン). Pure: it reads links, never data files.
 */
import type { CrosswalkLink } from '../../schemas/crosswalk.ts';
import { LINK_HEADINGS } from './strings.ts';

/** The group a link is listed under on a 2013 item's page and on the crosswalk page. */
export type LinkGroup = keyof typeof LINK_HEADINGS;

/** The order groups are shown in: the strongest first. */
export const LINK_GROUP_ORDER: readonly LinkGroup[] = ['successor', 'related', 'measure', 'vision'];

/** A link's group: its strength, and for a related measure or vision its kind. */
export function linkGroup(link: Pick<CrosswalkLink, 'kind' | 'strength'>): LinkGroup {
  if (link.strength === 'successor') return 'successor';
  return link.kind === 'measure' || link.kind === 'vision' ? link.kind : 'related';
}

/** The links by group, in LINK_GROUP_ORDER, each group in the curated order; empty groups are left out. */
export function groupLinks<L extends Pick<CrosswalkLink, 'kind' | 'strength'>>(
  links: readonly L[],
): Array<{ group: LinkGroup; heading: string; links: L[] }> {
  return LINK_GROUP_ORDER.map((group) => ({
    group,
    heading: LINK_HEADINGS[group],
    links: links.filter((l) => linkGroup(l) === group),
  })).filter((g) => g.links.length > 0);
}

/** How a link's target is named before its title: a table is not a project, so it says so. */
export const targetPrefix = (link: Pick<CrosswalkLink, 'kind'>): string => (link.kind === 'table' ? '表：' : '');

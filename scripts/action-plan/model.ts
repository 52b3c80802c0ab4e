/**
 * What the action plan's phases pass between them: listings placed in their section, the curated decisions with
 * their file, the plan's year, and the wards every plan has.
 */
import type { Listing } from './blocks.ts';
import type { ActionPlanCurated, Appearance, SectionKey } from '../../src/schemas/action-plan.ts';

/** A listing with where it stands. */
export interface Placed {
  section: SectionKey;
  group: string | null;
  listing: Listing;
  previousBudget: Appearance['previousBudget'];
}

/** The wards, in the order the site lists them; 5区共通 holds the projects common to the five. */
export const WARDS = [
  { id: 'chuo', name: '中央区' },
  { id: 'higashi', name: '東区' },
  { id: 'nishi', name: '西区' },
  { id: 'minami', name: '南区' },
  { id: 'kita', name: '北区' },
  { id: 'common', name: '5区共通' },
] as const;

/** The curated decisions with the file they come from, for error messages. */
export type Curated = ActionPlanCurated & { file: string };

/** The years a plan's messages and headings name: its fiscal year (西暦, 令和) and the previous one. */
export interface Year {
  gregorian: number;
  reiwa: number;
}
/** The plan's fiscal year as FY2024 (offset −1: the year before), for messages. */
export const fy = (y: Year, offset = 0): string => `FY${y.gregorian + offset}`;

/** Shared test inputs: the vendored sources and curated decisions, read as the data build reads them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionPlanCurated } from '../../src/schemas/action-plan.ts';
import { parseActionPlan } from '../../scripts/action-plan/parse.ts';
import { planEntry } from '../../src/lib/config/plans.ts';

export const root = join(import.meta.dirname, '..', '..');
/** The FY2024 plan as registered in content/plans.json. */
export const fy2024Entry = planEntry('fy2024');
export const FY2024_FILE = 'content/sources/000_dbb0204a5abc5e36.txt';
export const fy2024Text = readFileSync(join(root, FY2024_FILE), 'utf8');
export const fy2024Curated = ActionPlanCurated.parse(
  JSON.parse(readFileSync(join(root, 'content/curated/fy2024.json'), 'utf8')),
);

/** Parses a (possibly altered) copy of the FY2024 source. */
export const parseFy2024Text = (text: string) => parseActionPlan(fy2024Entry, text, fy2024Curated);

/** The FY2024 source as an array of lines; index 0 is line 1. */
export const fy2024Lines = (): string[] => fy2024Text.split('\n');

/** Rejoins lines after editing them. */
export const join1 = (lines: string[]): string => lines.join('\n');

export const ROADMAP2013_FILE = 'content/sources/001_2876ceca144e21ba.txt';
export const roadmap2013Text = readFileSync(join(root, ROADMAP2013_FILE), 'utf8');

import { Roadmap2013Shape } from '../../src/schemas/roadmap2013.ts';
/** The 2013 report's shape as read by hand. */
export const roadmap2013Shape = Roadmap2013Shape.parse(
  JSON.parse(readFileSync(join(root, 'content/curated/roadmap2013-shape.json'), 'utf8')),
);

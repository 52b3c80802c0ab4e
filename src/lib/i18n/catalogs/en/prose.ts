/** The en catalog: prose (keys and arguments as in ../ja/prose.ts). */
import type { Mirror } from '../types.ts';
import type { prose as ja } from '../ja/prose.ts';
import { dayMonthYear, monthYear } from '../../english-dates.ts';

export const prose = {
  'prose.searchKind': 'Explanation',
  'prose.planPublished': (month) => ` (published ${monthYear(month)} by `,
  'prose.planContents': (priorities, visions) =>
    `): ${priorities} priorities, ${visions} visions with their measures and projects, and the wards' projects.`,
  'prose.fullText': 'Full text of the source',
  'prose.dataDate': (iso) => dayMonthYear(iso),
  'prose.unreleased': 'unreleased (this data is not in the list of updates yet)',
  'prose.updateVersion': (version) => `data version ${version}`,
  'prose.figures': (gregorian, total, budgets, previous, others) =>
    `The FY${gregorian} action plan prints ${total} amounts in thousands of yen: ${budgets} are the projects' FY${gregorian} budgets, ${previous} are FY${gregorian - 1} budgets given under the priorities, and the other ${others} are not project budgets:`,
} satisfies Mirror<typeof ja>;

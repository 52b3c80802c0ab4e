/** The English catalog: home (keys and arguments as in ../ja/home.ts). */
import type { Mirror } from '../types.ts';
import type { home as ja } from '../ja/home.ts';
import type { ItemStatus } from '../../../../schemas/roadmap2013.ts';
import { monthYear } from '../../english-dates.ts';

// The site's classification of the 2013 progress reports, in plain words (the same names the 2013 pages use).
const STATUS: Record<ItemStatus, string> = {
  done: 'done',
  'in-progress': 'in progress',
  preparing: 'in preparation',
  'partly-cancelled': 'partly cancelled',
  cancelled: 'cancelled',
  unknown: 'unclear',
};

const list = (parts: readonly string[]) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;

export const home = {
  'home.description': (gregorian: number) =>
    `Read, search and cite the City of Kumamoto's FY${gregorian} action plan and its 2013 roadmap, project by project, vision by vision and ward by ward.`,
  'home.lead': 'The plans the City of Kumamoto has published, readable project by project.',
  'home.headline': 'The plan in numbers',
  'home.totalLabel': (plan) =>
    `Budget of the FY${plan.fiscalYear.gregorian} action plan${plan.draft ? ' (draft)' : ''}`,
  'home.totalCaption': "The total of the projects listed in the plan, not the city's whole budget",
  'home.projectsLabel': 'Projects listed',
  'home.projectsValue': (n) => `${n} projects`,
  'home.projectsCaption': (priorities, visions) =>
    `In ${priorities} priorities, ${visions} visions and the wards' projects`,
  'home.roadmapCard': ({ items, date }) => `2013 roadmap: status of its ${items} items (end of ${monthYear(date)})`,
  'home.visionLabel': 'Vision with the largest budget',
  'home.visionName': (n, title) => `Vision ${n}: ${title}`,
  'home.searchLabel': 'Search the plans',
  'home.searchPlaceholder': 'e.g. groundwater, MICE, child allowance',
  'home.searchButton': 'Search',
  'home.planHeading': (gregorian) => `FY${gregorian} action plan`,
  'home.totalBeforeTitle': 'Listed in ',
  'home.totalBeforeAmount': ({ projects, month }) =>
    ` (published ${monthYear(month)}), the ${projects} projects have a combined budget of `,
  'home.totalAfterAmount':
    ". This is not the city's whole budget but the total of the projects the action plan lists (a project listed in more than one place is counted once).",
  'home.priorities': 'Priorities',
  'home.priorityName': (n, title) => `Priority ${n}: ${title}`,
  'home.countOpen': (projects) => ` (${projects} ${projects === 1 ? 'project' : 'projects'}, `,
  'home.countClose': ')',
  'home.projectCount': (projects) => ` (${projects} ${projects === 1 ? 'project' : 'projects'})`,
  'home.visions': (n) => `${n} visions`,
  'home.wards': "The wards' projects",
  'home.otherPlans': 'Other years: ',
  'home.listSep': ', ',
  'home.roadmapHeading': 'The 2013 roadmap',
  'home.roadmapBeforeTitle': ({ month }) => `In ${monthYear(month)} the city published `,
  'home.roadmapBeforeRules': ({ items, date }) =>
    `, a progress report on ${items} promises as of the end of ${monthYear(date)}. Sorting its progress notes by `,
  'home.roadmapRules': 'rules this site has published',
  'home.roadmapAfterRules': (counts) =>
    ` gives ${list(counts.map((c) => `${c.n} ${STATUS[c.s]}`))}. This is the site's classification, not the city's.`,
  'home.roadmapNameNote':
    'The name of the document (the Challenge Year One Action Plan) is printed on its cover and page headings; the document does not explain it.',
  'home.statusList': 'All items by status',
  'home.data': 'Download the data',
  'home.glossary': 'Glossary',
  'home.visionsChartTitle': 'Budget by vision',
  'home.statusChartTitle': '2013 roadmap: progress by part',
  'home.partLabel': (id, title) => `${id}. ${title}`,
  'home.visionsChartSummary': (visions, name, amount, share) =>
    `Of the ${visions} visions, the largest budget goes to ${name}: ${amount}, ${share} of the total of the listed projects.`,
  'home.colVision': 'Vision',
  'home.colProjects': 'Projects',
  'home.colBudget': 'Budget',
  'home.colShare': 'Share of the total',
  'home.exactAmount': (thousandYen) => `¥${new Intl.NumberFormat('en-US').format(thousandYen * 1000)}`,
  'home.share': (share) => share.replace(/^(.*)\u672a\u6e80$/, 'less than $1'),
  'home.statusChartSummary': (items, top, n, share, done) =>
    `Of the ${items} items, the most (${n}, ${share}) are ${top.toLowerCase()}, and ${done} are done (at the end of September 2013, as this site classifies them).`,
  'home.itemsUnit': (n) => `${n} ${n === 1 ? 'item' : 'items'}`,
  'home.colPart': 'Part',
  'home.colTotal': 'Total',
} satisfies Mirror<typeof ja>;

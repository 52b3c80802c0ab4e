/** The en catalog: fy2024 (keys and arguments as in ../ja/fy2024.ts). */
import type { Mirror } from '../types.ts';
import type { fy2024 as ja } from '../ja/fy2024.ts';

const list = (items: string[]) => items.join('; ');
/** `1 project`, `7 projects`. */
const projectsN = (n: number) => (n === 1 ? '1 project' : `${n} projects`);

export const fy2024 = {
  'fy2024.year': (gregorian: number) => `FY${gregorian}`,
  'fy2024.planName': (gregorian: number) => `FY${gregorian} Action Plan`,
  'fy2024.planNav': (gregorian: number) => `FY${gregorian} plan`,
  'fy2024.budgetOf': (gregorian: number) => `FY${gregorian} budget`,
  'fy2024.planTitle': (gregorian: number) => `Kumamoto City's 8th Comprehensive Plan: FY${gregorian} Action Plan`,
  'fy2024.priorityN': (n: number) => `Priority ${n}`,
  'fy2024.visionN': (n: number) => `Vision ${n}`,
  'fy2024.numbered': (label: string, title: string) => `${label}: ${title}`,
  'fy2024.wardSection': (ward: string) => `Ward projects: ${ward}`,
  'fy2024.sectionSep': ', ',
  'fy2024.colon': ': ',
  'fy2024.closeParen': ')',
  'fy2024.kindOverview': 'Overview',
  'fy2024.kindPriority': 'Priority',
  'fy2024.kindVision': 'Vision',
  'fy2024.kindProject': 'Project',
  'fy2024.kindWards': 'Ward projects',
  'fy2024.priority': 'Priority',
  'fy2024.priorities': 'Priorities',
  'fy2024.vision': 'Vision',
  'fy2024.project': 'Project',
  'fy2024.ward': 'Ward',
  'fy2024.measure': 'No.',
  'fy2024.measureName': 'Measure',
  'fy2024.measureSummary': 'Summary',
  'fy2024.projectCount': 'Projects',
  'fy2024.measureCount': 'Measures',
  'fy2024.projectCost': 'Budget',
  'fy2024.budgetTotal': 'Total budget',
  'fy2024.budgetAmount': 'Budget',
  'fy2024.share': 'Share',
  'fy2024.shareOfTotal': 'Share of the total',
  'fy2024.change': 'Change',
  'fy2024.changeLabel': 'Change: ',
  'fy2024.total': 'Total',
  'fy2024.listedTotal': 'Listed projects',
  'fy2024.frameColumn': 'Budget frame',
  'fy2024.ofListed': 'all listed projects',
  'fy2024.tableItem': 'Item',
  'fy2024.tableUnit': (unit: string) => (unit === '\u5186' ? ' (in yen)' : ''),
  'fy2024.noteFebFull': (gregorian: number) => `whole amount put in the February FY${gregorian} supplementary budget`,
  'fy2024.noteFebPartial': (gregorian: number) =>
    `part of the amount put in the February FY${gregorian} supplementary budget`,
  'fy2024.noteSupplementary': (gregorian: number) => `includes the FY${gregorian} supplementary budget`,
  'fy2024.noPrevious': 'Previous year: a dash is printed',
  'fy2024.noPreviousWithNotes': (notes: string[]) => `Previous year: a dash is printed (${list(notes)})`,
  'fy2024.noPreviousNoteLead':
    '“Previous year: a dash is printed” marks projects whose previous-year budget is printed as ',
  'fy2024.noPreviousNoteTail': (kanji: boolean) =>
    `.${kanji ? ' The mark that looks like the kanji for “one” is most likely a dash.' : ''} With no previous-year amount, no change is shown. Where a project has a budget remark, its meaning is given.`,
  // Every caller's subject names two figures (this total and its change), so the verb is plural.
  'fy2024.supplementaryLead': (what: string) =>
    `${what} include amounts that a budget remark says were put in a supplementary budget: `,
  'fy2024.supplementaryAmount': ', ',
  'fy2024.supplementaryRemark': (labels: string[]) => ` (${list(labels)})`,
  'fy2024.supplementaryTail': '. The amounts are as printed.',
  'fy2024.thisTotalAndChange': 'This total and its change from the previous year',
  'fy2024.thisAmountAndTotal': 'This amount and the total of listed projects',
  'fy2024.priorityTotalAndChange': (priority: string) => `The total and change of ${priority}`,
  'fy2024.overviewTitle': (gregorian: number) => `FY${gregorian} Action Plan`,
  'fy2024.overviewDescription': (
    gregorian: number,
    _title: string,
    published: string,
    visions: number,
    projects: number,
  ) =>
    `Kumamoto City's FY${gregorian} Action Plan (${published}): its priorities, ${visions} visions, the wards' projects and the budgets of ${projects} projects.`,
  'fy2024.publishedBy': (published: string) => `Published in ${published} by the City of Kumamoto (`,
  'fy2024.publishedTail': (draft: boolean, gregorian: number) =>
    `).${draft ? ' The city published it as a draft.' : ''} It covers FY${gregorian} (April ${gregorian} to March ${gregorian + 1}).`,
  'fy2024.overviewTotalLead': (projects: number, appearances: number) =>
    `The ${projects} listed projects (${appearances} listings in all) have a total budget of `,
  'fy2024.overviewTotalTail': '. This is not the whole city budget.',
  'fy2024.overviewMoneyNote':
    'Amounts on this page are in millions or billions of yen. The exact amounts are on the priority, vision and ward pages (in thousands of yen, as printed) and in the chart data (in yen, in full).',
  'fy2024.allProjectsLink': (count: number) => `See all ${count} projects in one list`,
  'fy2024.allProjectsHint': ' (sort by budget or change; filter by vision, priority or ward)',
  'fy2024.overviewPrioritiesCaption': 'Priorities and their budgets',
  'fy2024.prioritiesList': 'All priorities',
  'fy2024.visionsHeading': (count: number) => `${count} visions`,
  'fy2024.overviewVisionsCaption': 'Visions and their budgets',
  'fy2024.visionsList': 'All visions',
  'fy2024.wardsHeading': 'Community building led by the wards',
  'fy2024.wardCountLead': (count: number) => ` (${projectsN(count)}, `,
  'fy2024.wardsList': 'All ward projects',
  'fy2024.pdcaHeading': 'How the action plan is carried out',
  'fy2024.contextHeading': 'The situation of the city',
  'fy2024.prioritiesTitle': (plan: string) => `Priorities of the ${plan}`,
  'fy2024.prioritiesDescription': (plan: string, count: number) =>
    `The ${count} priorities of the ${plan}, each with its number of projects, total budget and change from the previous year.`,
  'fy2024.prioritiesExplained': 'The priorities are the areas the city puts the most effort into this year.',
  'fy2024.prioritiesCaption': 'Priorities and their total budgets',
  'fy2024.priorityDescription': (name: string, title: string, projects: number, budget: string, amount: string) =>
    `${name}, ${title}: ${projectsN(projects)}, ${budget} ${amount} in total.`,
  'fy2024.priorityTotalLead': (projects: number, budget: string) => `${projectsN(projects)}, ${budget} in total: `,
  'fy2024.priorityPreviousLead': (year: string) => `. The ${year} total was `,
  'fy2024.priorityChangeLead': ', a change of ',
  'fy2024.priorityChangeTail': '.',
  'fy2024.pastActions': 'Actions so far',
  'fy2024.mainActions': (year: string) => `Main actions in ${year}`,
  'fy2024.priorityProjectsCaption': (name: string) => `Projects of ${name} with the previous year's budget`,
  'fy2024.visionsTitle': (plan: string, count: number) => `The ${count} visions of the ${plan}`,
  'fy2024.visionsDescription': (plan: string, count: number) =>
    `The ${count} visions of the ${plan}, each with its number of measures and projects and its total budget.`,
  'fy2024.visionsCaption': 'Visions and their total budgets',
  'fy2024.shareExplained': 'Shares are of the total budget of all listed projects. ',
  'fy2024.visionDescription': (name: string, title: string, measures: number, projects: number, amount: string) =>
    `${name}, ${title}: its aims, ${measures} measures and ${projectsN(projects)} (${amount} in total).`,
  'fy2024.visionTotalLead': (projects: number) =>
    `The ${projects === 1 ? 'one listed project has a' : `${projects} listed projects have a total`} budget of `,
  'fy2024.visionTotalTail': '.',
  'fy2024.aimsHeading': 'Aims and direction',
  'fy2024.measuresHeading': 'Measures to achieve the vision',
  'fy2024.measuresCaption': (name: string) => `Measures of ${name}`,
  'fy2024.relatedVisions': 'Related visions',
  'fy2024.mainProjects': 'Main projects',
  'fy2024.rankedCaption': (name: string) => `Projects of ${name}, largest budget first`,
  'fy2024.otherVisions': 'Other visions',
  'fy2024.projectDescription': (description: string, budget: string, amount: string, sections: string) =>
    `${description} (${budget} ${amount}; ${sections})`,
  'fy2024.projectKicker': (sections: string) => `Project in ${sections}`,
  'fy2024.otherTitles': 'Also printed as: ',
  'fy2024.budgetNotes': 'Budget remarks',
  'fy2024.noteOpen': (label: string) => ` (${label}; `,
  'fy2024.indicators': 'Indicators',
  'fy2024.appearancesHeading': 'Where it is listed, with the source lines',
  'fy2024.titleLine': ': title ',
  'fy2024.budgetLine': ', budget ',
  'fy2024.previousLine': ', previous year ',
  'fy2024.printedAsOpen': ' (printed as ',
  'fy2024.otherDescriptions': 'Descriptions that differ between listings',
  'fy2024.dataNotes': 'Notes on the data',
  'fy2024.citeDocument': (_title: string, published: string) =>
    `City of Kumamoto, “8th Comprehensive Plan: Action Plan” (${published})`,
  'fy2024.otherProjectsIn': (section: string) => `Other projects of ${section}`,
  'fy2024.wardsSectionName': 'Ward projects',
  'fy2024.wardsContext': 'The five wards and all wards together',
  'fy2024.wardsDescription': (year: string) =>
    `The ${year} projects and budgets of Chuo, Higashi, Nishi, Minami and Kita wards, and of all five together.`,
  'fy2024.wardPolicies': 'Policies for supporting community building',
  'fy2024.wardFrame': 'Community building budget',
  'fy2024.framePerWard': 'Each ward ',
  'fy2024.frameCommon': ', all five wards together ',
  'fy2024.frameTotal': ', in total ',
  'fy2024.frameLineOpen': ' (',
  'fy2024.frameListed': '). The ward projects the document lists as projects add up to ',
  'fy2024.frameListedTail': '. ',
  'fy2024.frameUnknown':
    'The document does not say whether the listed projects are paid from this budget, or what the rest of it is used for.',
  'fy2024.cityWideAll': (count: number) =>
    `The ${count} projects listed under the priorities and visions are city-wide projects, not tied to a ward: they serve residents of every ward. `,
  'fy2024.cityWide': (ward: string, count: number) =>
    `The ${count} projects listed under the priorities and visions are city-wide projects, not tied to a ward: they serve residents of ${ward} too. `,
  'fy2024.wardsCaption': 'Listed projects and budget frame of each ward',
  'fy2024.wardTitle': (ward: string) => `Ward projects: ${ward}`,
  'fy2024.wardDescription': (ward: string, year: string, projects: number, amount: string) =>
    `${ward}: ${projectsN(projects)} in ${year} (${amount} in total).`,
  'fy2024.wardTotalLead': (projects: number) => `${projectsN(projects)}, in total `,
  'fy2024.wardTotalTail': '.',
  'fy2024.wardStoryHeading': 'What the ward projects are',
  'fy2024.wardWhat': (ward: string, count: number) =>
    `The projects of ${ward} are the ${projectsN(count)} the action plan lists for ${ward} in its chapter on community building led by the wards. `,
  'fy2024.wardAimLead': 'In this chapter the city writes: ',
  'fy2024.wardAimTail': '. It then lists the aims and projects of each ward (',
  'fy2024.lineClose': '). ',
  'fy2024.wardListedLead': 'Of this chapter and the visions chapter, the document says: ',
  'fy2024.wardListedTail': ' (',
  'fy2024.wardFrameLead': 'The same chapter prints a community building budget: ',
  'fy2024.wardFrameTail': ' (',
  'fy2024.frameAndProjects': (ward: string, frame: string, count: number, listed: string) =>
    `The frame for ${ward} is ${frame}; its listed ${count === 1 ? 'project comes' : `${count} projects add up`} to ${listed}. `,
  'fy2024.wardProjectsCaption': (ward: string) => `Projects of ${ward}`,
  'fy2024.otherWards': 'Other wards',
  'fy2024.bandLt10m': 'Under ¥10 million',
  'fy2024.band10m': '¥10 million to under ¥100 million',
  'fy2024.band100m': '¥100 million to under ¥1 billion',
  'fy2024.bandGe1b': '¥1 billion or more',
  'fy2024.listedIn': 'Listed in',
  'fy2024.allProjects': 'All projects',
  'fy2024.projectsTitle': (plan: string) => `All projects of the ${plan}`,
  'fy2024.projectsDescription': (plan: string, count: number) =>
    `The ${count} projects of the ${plan} in one list, which you can sort and filter by budget, change from the previous year and where they are listed.`,
  'fy2024.projectsIntro': (count: number) =>
    `All ${count} projects listed under the priorities, visions and wards, in one table. A project listed in several places counts once. The list starts with the largest budget.`,
  'fy2024.projectsCaption': (plan: string) => `Projects of the ${plan}`,
  'fy2024.sortBudgetDesc': 'Largest budget first',
  'fy2024.sortBudgetAsc': 'Smallest budget first',
  'fy2024.sortRatioDesc': 'Largest rise in percent first',
  'fy2024.sortRatioAsc': 'Largest fall in percent first',
  'fy2024.sortChangeDesc': 'Largest rise in yen first',
  'fy2024.sortChangeAsc': 'Largest fall in yen first',
  'fy2024.sortTitleAsc': 'Title, A to Z',
  'fy2024.sortTitleDesc': 'Title, Z to A',
  'fy2024.listEmpty': 'No project matches these choices. Change them, or press “Clear choices”.',
  'fy2024.wardApart':
    '{value} has no projects in {others}. Ward projects are listed ward by ward in their own chapter, apart from the priorities and visions, whose projects are city-wide and serve residents of every ward.',
  'fy2024.projectsPreviousNote': (previous: string) =>
    `The source gives ${previous} budgets only where a project is listed under a priority. For other projects the ${previous} budget and the change show “—”, and they come last when you sort by change. Percentages are worked out from the amounts in thousands of yen as printed, rounded to one decimal place.`,
  'fy2024.projectsMoneyNote':
    'To make them easy to compare, all amounts in the table are in millions of yen, rounded; a change can therefore differ slightly from the difference of the two amounts. The exact amounts are shown when you point at an amount, and on each project page.',
  'fy2024.readingOrder':
    'Titles are sorted by the English titles this site wrote; the Japanese edition sorts them by their Japanese reading.',
  'fy2024.predecessorsHeading': 'Links to the 2013 roadmap',
  'fy2024.predecessorsLead': (of: 'project' | 'vision') =>
    `These items of the 2013 roadmap, the action plan the city published in 2013, are linked to this ${of}. `,
  'fy2024.crosswalkReading':
    "The links are this site's reading of both documents, not the city's. The wording both documents share is there to check a link, not the reason for it. ",
  'fy2024.statusAttribution':
    "Each status (done, in progress and so on) is this site's reading of the city's progress report by published rules, not the city's own. All statuses are as of the end of September 2013.",
  'fy2024.predecessorSuccessor': 'Its predecessor in the 2013 roadmap',
  'fy2024.predecessorRelated': 'Related 2013 items',
  'fy2024.predecessorSuccessorExplained':
    'A predecessor is a 2013 item carried on here, for the same people and the same purpose (its name may have changed).',
  'fy2024.predecessorRelatedExplained':
    'A related item is in the same policy area, but wider, narrower or only partly the same.',
  'fy2024.subitemLead': ' This link is about one part of the item: ',
  'fy2024.subitemTail': '.',
  'fy2024.sharedLead': 'Wording in both documents: ',
  'fy2024.sharedTail': '',
  'fy2024.acrossHeading': 'Budget by year',
  'fy2024.acrossHere': (plan: string) => `${plan} (this page)`,
  'fy2024.acrossBudget': 'Budget ',
  'fy2024.acrossChange': (change: string) => `, ${change} from the plan before`,
  'fy2024.acrossPrinted': (printed: string) => `${printed} (printed under a priority of this plan)`,
  'fy2024.acrossRenamedLead': (year: string) => `In ${year} the name changed from `,
  'fy2024.acrossRenamedMiddle': ' to ',
  'fy2024.acrossRenamedTail': ". That they are the same project is this site's reading.",
  'fy2024.acrossNew': (plan: string, before: string) => `New in the ${plan} (not listed in the ${before}).`,
  'fy2024.acrossDropped': (plan: string) => `Not listed in the ${plan}.`,
  'fy2024.panelAbove': (limit: string) => `Projects of ${limit} or more`,
  'fy2024.panelBelow': (limit: string) => `Projects under ${limit} (enlarged scale)`,
  'fy2024.chartVisionsTitle': 'Budget by vision',
  'fy2024.chartVisionsSummary': (count: number, top: string, amount: string, share: string) =>
    `Of the ${count} visions, ${top} has the largest budget: ${amount}, ${share} of all listed projects.`,
  'fy2024.rankedSummaryOne': (section: string, top: string, amount: string) =>
    `${section} has one project, “${top}”, with ${amount}.`,
  'fy2024.rankedSummary': (
    section: string,
    count: number,
    top: string,
    topAmount: string,
    share: string,
    last: string,
    lastAmount: string,
  ) =>
    `Of the ${count} projects of ${section}, the largest is “${top}” with ${topAmount}, ${share} of the total. The smallest is “${last}” with ${lastAmount}.`,
  'fy2024.rankedZoom': (limit: string, count: number) =>
    ` ${count === 1 ? 'The project' : `The ${count} projects`} under ${limit} ${count === 1 ? 'is' : 'are'} shown again below on an enlarged scale.`,
  'fy2024.changeChartTitle': (name: string) => `Projects of ${name}: change from the previous year`,
  'fy2024.changeChartUp': (previous: string, title: string, change: string) =>
    `The largest increase from the previous year (${previous}) is “${title}”: ${change}.`,
  'fy2024.changeChartFresh': (count: number) =>
    ` ${count === 1 ? '1 project has' : `${count} projects have`} a dash in the previous year's column.`,
  'fy2024.changeChartZoom': (limit: string) => ` Projects under ${limit} are shown below on an enlarged scale.`,
  'fy2024.yearlySummary': (span: string, label: string, first: string, last: string, times: string) =>
    `From ${span}, ${label} grew the most, from ${first} to ${last} (${times} times). Each row has its own scale.`,
} satisfies Mirror<typeof ja>;

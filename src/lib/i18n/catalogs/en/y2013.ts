/** The English catalog: the 2013 roadmap's pages (keys and arguments as in ../ja/y2013.ts). */
import type { Mirror } from '../types.ts';
import type { y2013 as ja } from '../ja/y2013.ts';
import { dayMonthYear } from '../../english-dates.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The status rules in English, by rule ID (the Japanese is in content/2013/status-rules.json). */
const RULES: Record<string, string> = {
  'S1-cancelled': 'Progress text that says "cancelled": Cancelled.',
  'S2-ongoing':
    'Words for something being done now, such as "being carried out", "being promoted", "being run", "being built", "being tested", or "started" and "going smoothly": In progress.',
  'S2a-started-or-expanded':
    'A sentence that ends in "started", "expanded", "enlarged", "strengthened", "added" or "more staff": In progress. It says what began or grew, not that anything finished, so it is not Done.',
  'S2b-results-so-far':
    'A count followed by "done", such as "2 grants made in FY2013" or "10 companies have located so far": In progress. These are results so far of work that goes on, not its end.',
  'S2c-applied':
    'An application made, such as "the application for designation has been filed": In progress, as the result is not yet known.',
  'S3-done-and-planned':
    'Both words that say something finished ("done", "completed", "in force", "signed", "opened" …) and words of plans or preparation ("planned", "being prepared", "being considered" …), that is, part done and the rest planned: In progress.',
  'S4-preparing':
    'Words of preparation or study ("being considered", "being prepared", "being arranged", "in talks", "under deliberation", "being designed", "being drawn up", "planned", "recruiting" …) and no word for something being done now: In preparation. Everything after a date later than the report (end of September 2013), e.g. October 2013 or FY2014, counts as planned, even words that say something finished or is being done.',
  'S5-done':
    'Only words that say something finished ("set up", "abolished", "built", "completed", "in force", "signed", "opened" …): Done. The character for "done" inside another word (as in "economy"), and wording of a goal such as "towards completion" or "to open", do not count.',
  'S6-continuing-action':
    'None of the above, and a sentence that ends in carrying on the work, such as "carry out", "support", "promote" or "work on": In progress.',
  'S7-unknown': 'None of the above (for example a count alone): Unclear.',
  'I1-all-same':
    'If all its actions, leaving out the unclear ones, have the same status: that status. But Done only when no action is unclear.',
  'I2-partly-cancelled': 'If some of its actions are cancelled and the others are not: Partly cancelled.',
  'I3-some-in-progress': 'If an action is in progress, or some are done and others in preparation: In progress.',
  'I4-preparing': 'Otherwise, if an action is in preparation: In preparation.',
  'I5-done-and-unknown':
    'If some actions are done and the rest unclear: Unclear, as it is not known whether the whole item finished.',
  'I6-unknown': 'If all its actions are unclear: Unclear.',
  'relisted-only':
    'An item with no actions of its own, only actions re-listed from other items, takes its status from those actions by the same rules (the data puts relisted-only: before the rule ID). Re-listed actions are not counted twice.',
};

export const y2013 = {
  'y2013.status.done': 'Done',
  'y2013.status.inProgress': 'In progress',
  'y2013.status.preparing': 'In preparation',
  'y2013.status.partlyCancelled': 'Partly cancelled',
  'y2013.status.cancelled': 'Cancelled',
  'y2013.status.unknown': 'Unclear',
  'y2013.byStatus': "this site's classification",
  'y2013.notCity': " (not the city's own assessment)",
  'y2013.attribution': (asOf: string) =>
    `The statuses (Done, In progress …) are this site's classification of the progress text the city published, by rules this site publishes; they are not the city's own assessment. All are as of ${asOf}. `,
  'y2013.rulesLink': 'The classification rules and counts',
  'y2013.asOf': (_printed: string, iso: string) => dayMonthYear(iso),
  'y2013.evidenceLabel': 'Basis: ',
  'y2013.evidenceNone': 'Basis: the text has no word the rules classify by',
  'y2013.itemBasisOne': (which: 'own' | 'relisted', excluded: number) =>
    `This item's status is the status of its one ${which === 'own' ? 'action' : 'action re-listed from another item'} below${excluded ? ` (leaving out ${plural(excluded, 'action')} re-listed from other items)` : ''}. `,
  'y2013.itemBasisMany': (which: 'own' | 'relisted', n: number, excluded: number, counts: string) =>
    `This item's status sums up the statuses of the ${n} ${which === 'own' ? 'actions' : 'actions re-listed from other items'} below${excluded ? ` (leaving out ${plural(excluded, 'action')} re-listed from other items)` : ''} (${counts}), by rules this site publishes. `,
  'y2013.itemBasisTail':
    "An action's status is this site's classification of the progress text the city published, not the city's own assessment.",
  'y2013.countOf': (label: string, n: number) => `${label}: ${n}`,
  'y2013.listSep': ', ',

  'y2013.roadmap': '2013 roadmap',
  'y2013.roadmapFirst': '2013 roadmap (the Challenge Year One Action Plan)',
  'y2013.nameNote':
    '"Challenge Year One Action Plan" is the name printed on the cover and at the top of every page of the document. The document does not explain the name.',
  'y2013.itemName': (no: number) => `2013 roadmap No. ${no}`,
  'y2013.itemNo': (no: number) => `No. ${no}`,
  'y2013.partLabel': (id: string, title: string) => `Part ${id}: ${title}`,
  'y2013.partShort': (id: string) => `Part ${id}`,
  'y2013.categoryLabel': (chapter: number, number: number, title: string) =>
    `${chapter ? `${chapter}.` : ''}${number} ${title}`,
  'y2013.chapterLabel': (n: number, title: string) => `Chapter ${n}: ${title}`,
  'y2013.unit': (n: number) => (n === 1 ? 'item' : 'items'),
  'y2013.range': (from: number, to: number) => `No. ${from}–${to}`,
  'y2013.overview.description': (_title: string, asOf: string, n: number) =>
    `The ${n} promises of Kumamoto City's 2013 roadmap and how far each had got by ${asOf}.`,
  'y2013.overview.score': (n: number, asOf: string) => `Status of the ${n} items (${asOf})`,
  'y2013.overview.intro': (published: string, _org: string, asOf: string, n: number, subitems: number) =>
    `Kumamoto City published this document in ${published} (prepared by the city's Planning Division). It gives the schedule of the "Challenge Year One Action Plan" and the progress as of ${asOf}. This site calls it the "2013 roadmap". Its three parts hold ${n} items with ${subitems} actions; for each action it gives the plan for FY2012 and FY2013 and the progress.`,
  'y2013.overview.all': (n: number) => `See all ${n} items in one list`,
  'y2013.overview.statusList': 'Items by status',
  'y2013.overview.crosswalk': (year: number) => `What continues them in FY${year}`,
  'y2013.overview.parts': 'All parts',
  'y2013.overview.categories': 'All categories',
  'y2013.overview.linkSep': ' · ',
  'y2013.overview.tableCaption': (id: string) => `Status by category in Part ${id}`,
  'y2013.overview.category': 'Category',
  'y2013.overview.itemsHead': 'Items',
  'y2013.search.overview': 'Overview',

  'y2013.chart.byPart': 'Status by part',
  'y2013.chart.byCategory': (part: string) => `${part}: status by category`,
  'y2013.chart.statusSummary': (total: number, biggest: string, n: number, share: string, done: number, asOf: string) =>
    `Of ${total} items, the largest group is "${biggest}" with ${n} (${share}); ${done} are "Done" (as of ${asOf}, this site's classification).`,
  'y2013.chart.unit': (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`,
  'y2013.chart.group': 'Group',
  'y2013.chart.total': 'Total',
  'y2013.chart.part': 'Part',
  'y2013.chart.crosswalkTitle': (year: number) => `The 2013 roadmap's items and the FY${year} plan, by part`,
  'y2013.chart.crosswalkSummary': (
    year: number,
    total: number,
    successor: number,
    successorShare: string,
    related: number,
    relatedShare: string,
    best: string,
    bestShare: string,
  ) =>
    `Of ${total} items, ${successor} (${successorShare}) have a successor project in FY${year}, and ${related} (${relatedShare}) only related projects, measures or visions. The part with the highest share of successors is "${best}", at ${bestShare}.`,

  'y2013.parts.title': (n: number) => `The ${n} parts of the 2013 roadmap`,
  'y2013.parts.description': (n: number) =>
    `The ${n} parts of the 2013 roadmap, with how many categories, items and actions each holds.`,
  'y2013.parts.caption': 'Categories, items and actions per part',
  'y2013.parts.part': 'Part',
  'y2013.parts.categories': 'Categories',
  'y2013.parts.items': 'Items',
  'y2013.parts.subitems': 'Actions',
  'y2013.parts.relistNote': 'The actions include those re-listed from other items.',
  'y2013.parts.allItems': (n: number) => `All ${n} items in one list`,
  'y2013.part.description': (part: string, n: number, from: number, to: number) =>
    `The 2013 roadmap's ${part}: ${n} items (No. ${from}–${to}) and their progress.`,
  'y2013.part.count': (n: number, from: number, to: number) => `${plural(n, 'item')} (No. ${from}–${to}).`,
  'y2013.part.otherTitle': () => ' prints this title differently: ',
  'y2013.part.source': 'The source at',
  'y2013.search.part': 'Part',

  'y2013.categories.title': (n: number) => `The ${n} categories of the 2013 roadmap`,
  'y2013.categories.description': (n: number) =>
    `The ${n} categories of the 2013 roadmap, with the numbers of their items.`,
  'y2013.categories.caption': (id: string) => `Categories of Part ${id}`,
  'y2013.categories.count': 'Number of items',
  'y2013.category.description': (part: string, title: string, n: number) =>
    `The 2013 roadmap, ${part}: the ${n} items of "${title}" and their progress.`,
  'y2013.category.countLead': (n: number) => `${plural(n, 'item')} (source: `,
  'y2013.category.countTail': ').',
  'y2013.category.relistings': 'Items re-listed in this category',
  'y2013.relistingOf': (no: number) => `re-listing of No. ${no}`,
  'y2013.search.category': 'Category',

  'y2013.status.title': 'Items by status',
  'y2013.status.heading': (asOf: string) => `Items by status (${asOf})`,
  'y2013.status.description': (n: number, asOf: string) =>
    `The ${n} items of the 2013 roadmap grouped by their status as of ${asOf} (Done, In progress, In preparation …).`,
  'y2013.status.jump': 'Go to a status',
  'y2013.status.jumpLabel': (label: string, n: number) => `${label} (${n})`,
  'y2013.status.groupHeading': (label: string, n: number) => `${label} (${plural(n, 'item')})`,
  'y2013.search.list': 'List',

  'y2013.items.title': 'All items of the 2013 roadmap',
  'y2013.items.crumb': 'All items',
  'y2013.items.description': (n: number, year: number) =>
    `All ${n} items of the 2013 roadmap in one list. Filter by part, status and link to FY${year}; sort by number, title or status.`,
  'y2013.items.intro': (n: number) =>
    `The ${n} items of the 2013 roadmap (the Challenge Year One Action Plan) in one table, in number order at first.`,
  'y2013.items.linkIntro': (year: number) =>
    `"Link to FY${year}" says whether the FY${year} action plan has a successor project that carries the item on, only related projects, measures or visions ("Related only"), or neither (this site's reading). For details see the `,
  'y2013.items.linkMore': 'crosswalk',
  'y2013.items.linkTail': '.',
  'y2013.items.caption': 'Items of the 2013 roadmap',
  'y2013.items.link': (year: number) => `Link to FY${year}`,
  'y2013.items.no': 'Number',
  'y2013.items.item': 'Item',
  'y2013.items.part': 'Part',
  'y2013.items.category': 'Category',
  'y2013.items.status': 'Status',
  'y2013.items.partOption': (id: string, title: string) => `Part ${id}: ${title}`,
  'y2013.items.sortNoAsc': 'Number, ascending',
  'y2013.items.sortNoDesc': 'Number, descending',
  'y2013.items.sortTitleAsc': 'Title, A to Z',
  'y2013.items.sortTitleDesc': 'Title, Z to A',
  'y2013.items.sortStatusAsc': 'Status (Done first)',
  'y2013.items.sortStatusDesc': 'Status (Unclear first)',
  'y2013.items.empty': 'No item matches. Change the filters, or press "Reset".',
  'y2013.items.readingNote': 'Titles are sorted by their English wording on this site.',

  'y2013.item.description': (no: number, title: string, asOf: string, status: string) =>
    `2013 roadmap No. ${no}, "${title}": its actions and progress (${asOf}; this site's classification: ${status}).`,
  'y2013.item.kicker': (name: string, _kana: string, category: string) => `${name} · ${category}`,
  'y2013.item.statusLead': 'Status: ',
  'y2013.item.asOfParen': (asOf: string) => ` (${asOf})`,
  'y2013.item.source': 'Source:',
  'y2013.item.subitems': 'Actions',
  'y2013.item.relistingNote': ' (counted under the original item)',
  'y2013.item.fy2012': 'Plan for FY2012',
  'y2013.item.fy2013': 'Plan for FY2013',
  'y2013.item.progress': (asOf: string) => `Progress (${asOf})`,
  'y2013.item.progressShared': ' (the source gives one text for this and the action on the same row)',
  'y2013.item.status': 'Status',
  'y2013.item.none': '— (nothing planned)',
  'y2013.item.continues': '⇒ continued from the year before',
  'y2013.item.spilledLead': ' (The words ',
  'y2013.item.spilledTail':
    ' had slipped into the progress column when the document was converted to text; this site puts them back in the FY2013 column.)',
  'y2013.item.relisted': 'Re-listed elsewhere',
  'y2013.item.pager': 'Previous and next items',
  // The document's title follows as the quoted original.
  'y2013.item.citeDocument': (_title: string, asOf: string) =>
    `City of Kumamoto, “Action Plan progress report” (as of ${asOf})`,
  'y2013.item.citeSection': (part: string, category: string) => `${part}, ${category}`,
  'y2013.search.item': (no: number) => `2013 roadmap No. ${no}`,

  'y2013.cw.statusSuccessor': 'Has a successor',
  'y2013.cw.statusRelated': 'Related only',
  'y2013.cw.statusNone': 'Nothing listed',
  'y2013.cw.headSuccessor': 'Successor projects',
  'y2013.cw.headRelated': 'Related projects',
  'y2013.cw.headMeasure': 'Related measures',
  'y2013.cw.headVision': 'Related visions',
  'y2013.cw.noSuccessor': 'No successor or related project listed',
  'y2013.cw.strengthSuccessor':
    'A "successor project" is a project (or table) of the action plan that continues the 2013 item with the same target and purpose (including ones renamed). ',
  'y2013.cw.strengthRelated':
    '"Related" projects, measures and visions are in the same policy area, wider, narrower or partly overlapping. Measures and visions are policy headings, so they are never counted as successors. ',
  'y2013.cw.reading':
    "These links are this site's reading of both documents, not links the city made. The words both documents share help you check a link; they are not the reason for it. ",
  'y2013.cw.noneReading':
    "That nothing continues this item is this site's reading of both documents, not something the city said. ",
  'y2013.cw.noLinkFound': (year: number) =>
    `As this site reads it, the FY${year} action plan lists nothing that carries this item on (the action plan lists only the main projects, so the work may still go on).`,
  'y2013.cw.rejectedHeading': 'Candidates not linked',
  'y2013.cw.rejectedExplained':
    "This site considered these when it made the crosswalk and did not link them, for the reasons given (this site's judgement).",
  'y2013.cw.sharedLabel': 'Words in both documents: ',
  'y2013.cw.subitemLead': ' This link is about one action of the item: ',
  'y2013.cw.subitemTail': '.',
  'y2013.cw.tablePrefix': 'Table: ',
  'y2013.cw.labelSep': ': ',
  'y2013.cw.noteLabel': "Site's note: ",
  'y2013.cw.reasonLabel': 'Reason: ',
  'y2013.cw.successorsHeading': (year: number) => `Link to the FY${year} action plan`,
  'y2013.cw.pageLink': (year: number) => `The crosswalk from the 2013 roadmap to FY${year}`,
  'y2013.cw.title': (year: number) => `From the 2013 roadmap to the FY${year} projects`,
  'y2013.cw.crumb': 'Crosswalk',
  'y2013.cw.description': (n: number, year: number) =>
    `Which project, table, measure or vision of the FY${year} action plan carries on, or relates to, each of the ${n} items of the 2013 roadmap.`,
  'y2013.cw.intro': (year: number) =>
    `Each item of the 2013 roadmap (the Challenge Year One Action Plan) linked to the FY${year} projects, tables, measures and visions that carry it on or relate to it. These links are this site's reading of both documents, not links the city made. The words both documents share help you check a link; they are not the reason for it.`,
  'y2013.cw.noneExplained': (year: number) =>
    `"No successor or related project listed" means the FY${year} action plan says nothing that connects to the item. The action plan lists only the main projects, so this does not mean the work stopped.`,
  'y2013.cw.methodLead': 'How the links are made, and what is checked when the data is built, is explained in ',
  'y2013.cw.methodLink': 'How the data is read',
  'y2013.cw.methodTail': '.',
  'y2013.cw.totals': (n: number, successor: number, related: number, none: number) =>
    `Of all ${n} items, ${successor} have a successor, ${related} are related only, and for ${none} nothing is listed.`,
  'y2013.cw.filters': 'Filter',
  'y2013.cw.part': 'Part',
  'y2013.cw.partLead': 'Part: ',
  'y2013.cw.all': 'All',
  'y2013.cw.status': 'Status',
  'y2013.cw.statusLead': "Status (end of September 2013, this site's classification): ",
  'y2013.cw.link': 'Link',
  'y2013.cw.linkLead': (year: number) => `Link to FY${year}: `,
  'y2013.cw.optionCount': (label: string, n: number) => `${label} (${n})`,
  'y2013.cw.empty': 'No item matches this part, status and link. Set one of them back to "All" to see items.',
  'y2013.cw.shown': (total: number | string, shown: number | string) => `${shown} of ${total} items match.`,
  'y2013.cw.noneShown': (total: number | string) => `No item matches (of ${total}).`,
  'y2013.search.crosswalk': 'Crosswalk',
  'y2013.search.crosswalkContext': (year: number) => `2013 roadmap and FY${year}`,

  'y2013.scoreShare': (n: number, share: string) => `${share} of ${n}`,
  'y2013.open': ' (',
  'y2013.close': ')',
  'y2013.cw.measureTarget': (id: string, title: string, vision: string) => `Measure ${id}: ${title} (Vision ${vision})`,
  'y2013.cw.visionTarget': (n: string, title: string) => `Vision ${n}: ${title}`,
  'y2013.items.summary': (n: number) => `${n} items`,

  'y2013.rules.intro':
    "The city's report gives a progress text for each action, but no categories such as Done or In progress. The statuses on this site are this site's classification of those texts by the rules below, not the city's own assessment. All are as of 30 September 2013. Each item's page quotes, for every action, the clause that holds the words the classification rests on (up to the nearest comma, full stop or end of the entry).",
  'y2013.rules.subitemHeading': 'Status of an action',
  'y2013.rules.subitemIntro': (n: number, tally: string) =>
    `The rules are tried in order on each of the ${n} actions (re-listings from other items left out); the first rule that fits decides. Result: ${tally}.`,
  'y2013.rules.itemHeading': 'Status of an item',
  'y2013.rules.itemIntro': (n: number, tally: string) =>
    `The status of each of the ${n} items follows from the statuses of its actions. Result: ${tally}.`,
  'y2013.rules.text': (id: string) => RULES[id] ?? '',
  'y2013.rules.decidedSubitems': (n: number) => `Actions decided by this rule: ${n}`,
  'y2013.rules.decidedItems': (n: number) => `Items decided by this rule: ${n}`,
  'y2013.rules.times': (n: number) => ` (${n})`,
  'y2013.rules.alsoAbove': ' (also counted under the rules above)',
  'y2013.rules.id': 'Rule ID',
  'y2013.rules.arrow': (label: string) => `→ ${label}: `,
  'y2013.source.summary': (n: number) =>
    `: the schedule and progress of its ${n} items. This site calls it the "2013 roadmap". `,
  'y2013.source.full': 'Full text of the source',
  'y2013.source.details': (asOf: string, published: string) =>
    ` (progress as of ${asOf}, published ${published}, by the City of Kumamoto)`,
  'y2013.asPrinted': 'Data note',
} satisfies Mirror<typeof ja>;

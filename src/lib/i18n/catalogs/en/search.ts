/** The en catalog: search (keys and arguments as in ../ja/search.ts). */
import type { Mirror } from '../types.ts';
import type { search as ja } from '../ja/search.ts';
import type { PlanEntry } from '../../../../schemas/plans.ts';

const plan = (p: PlanEntry) => `FY${p.fiscalYear.gregorian} action plan`;

export const search = {
  'search.title': 'Search',
  'search.description': (plans: readonly PlanEntry[]) =>
    `Search every page of the ${[...plans].reverse().map(plan).join(', the ')} and the 2013 roadmap by English words.`,
  'search.intro':
    'Shows every page that contains your words. A word also finds its plural and longer words that start with it (child finds children). Several words separated by spaces find the pages that contain all of them. Choose filters without words to get a list.',
  'search.label': 'Words to search',
  'search.submit': 'Search',
  'search.filters': 'Filter and sort',
  'search.all': 'All',
  'search.planFilter': 'Document',
  'search.planOption': plan,
  'search.roadmapOption': '2013 roadmap',
  'search.sectionFilter': 'Listed under',
  'search.sectionPriority': 'Priorities',
  'search.sectionVision': 'Visions',
  'search.sectionWard': 'Ward projects',
  'search.visionFilter': 'Vision',
  'search.visionOption': (n: number) => `Vision ${n}`,
  'search.statusFilter': '2013 roadmap status',
  'search.bandFilter': 'Budget',
  'search.bandLt10m': 'Under ¥10 million',
  'search.band10m100m': '¥10 million to under ¥100 million',
  'search.band100m1b': '¥100 million to under ¥1 billion',
  'search.bandGe1b': '¥1 billion or more',
  'search.sortFilter': 'Sort',
  'search.sortRelevance': 'Best match (title matches first)',
  'search.sortBudgetDesc': 'Budget, largest first',
  'search.sortBudgetAsc': 'Budget, smallest first',
  'search.noScript': 'The search results need JavaScript. Every page can also be reached from the menu at the top.',
  'search.more': 'Show more',
  'search.budgeted': 'Projects with a budget',
  'search.listingOrder': 'Listed by budget, largest first (pages without a budget last), then by title.',
  'search.sortedBy': (sort: string) => `Sorted: ${sort} (projects with a budget only).`,
  'search.whatQuery': (query: string, variants: string) => `Pages containing “${query}”${variants}`,
  'search.withVariants': ' (with other spellings)',
  'search.whatChosen': (chosen: string) => `Pages in ${chosen}`,
  'search.found': (what: string, count: string, order: string) => `${what}: ${count}. ${order}`,
  'search.noneQuery': (what: string) => `${what}: none found. Try a shorter word, another word, or fewer filters.`,
  'search.noneChosen': (what: string) => `${what}: none. Try other filters.`,
  'search.noLetters': 'Your search has no letters or digits to look for. Type a word.',
  'search.japaneseQuery': (link: string) =>
    `This search finds English words. To search for Japanese words, use ${link}.`,
  'search.japaneseLink': 'the search of the Japanese site',
  'search.failed': 'The search could not be loaded. Check your connection and try again.',
  'search.resultsTitle': (query: string, count: string) => `Search results for “${query}” (${count})`,
  'search.listTitle': (chosen: string, count: string) => `List: ${chosen} (${count})`,
  'search.chosenSummary': (chosen: string) => ` (${chosen})`,
  'search.chosenSep': ', ',
  'search.factSep': ' · ',
  'search.status': (status: string) => `Status: ${status}`,
  'search.byWhom': (link: string) => ` (${link})`,
  'search.bySite': 'classified by this site',
  'search.ellipsis': '…',
  'search.quote': (quoted: string) => `“${quoted}”`,
  'search.variantPair': (typed: string, others: string) => `${others} for ${typed}`,
  'search.variantSep': ', ',
  'search.variantSearched': (pairs: string) => `Also searched: ${pairs}.`,
  'search.variantOnly': (query: string) => `Search only ${query}`,
  'search.exactSearched': (query: string) => `Searched only ${query}.`,
  'search.exactInclude': (all: string) => `Also search ${all}`,

  'search.variants.example':
    'Japanese writes some words in several ways. Searching for one spelling also finds pages with the others, for example the three spellings of "child" in the first row.',
  'search.variants.caption': 'Spellings the search treats as one word',
  'search.variants.spellings': 'Spellings',
  'search.variants.source': 'Basis (in Japanese)',
  'search.variants.notTheWord':
    'These words contain one of the spellings above but are other words, so the search looks for them as typed: ',
  'search.variants.end': '.',
} satisfies Mirror<typeof ja>;

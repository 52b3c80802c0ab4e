/**
 * The English catalog: glossary (keys and arguments as in ../ja/glossary.ts), and the English glossary itself: each
 * term a reader meets in the Japanese documents, named in English (the page shows the Japanese term beside it, marked
 * lang="ja") and explained from what the documents and the site's method say.
 */
import type { Mirror } from '../types.ts';
import type { TermWords, glossary as ja } from '../ja/glossary.ts';

export const glossary = {
  'glossary.title': 'Glossary',
  'glossary.description':
    "The Japanese terms of Kumamoto's action plans and the 2013 roadmap, and the words this site uses, explained in English.",
  'glossary.lead':
    'The terms you meet in the plans and on this site, each with the Japanese word as the documents print it. The explanations follow what the documents say and how this site reads them; where the documents do not define a term, the general meaning is given.',
  'glossary.index': 'All terms',
  'glossary.reading': (reading) => ` (${reading})`,
  'glossary.group.about-plan': 'Terms of the action plan',
  'glossary.group.about-roadmap': 'Terms of the 2013 roadmap',
  'glossary.group.about-site': "This site's terms",
  'glossary.source.plan': 'Explained from the action plan.',
  'glossary.source.roadmap': 'Explained from the 2013 roadmap.',
  'glossary.source.site': "Explains this site's wording or method.",
  'glossary.source.general': 'The documents do not define it: this is the general meaning.',
} satisfies Mirror<typeof ja>;

export const glossaryTerms: Record<string, TermWords> = {
  'action-plan': {
    name: 'Action plan',
    text: "One of the parts of Kumamoto's comprehensive plan. According to the document, it gathers the year's priorities, the concrete projects for the measures of the basic plan, and the indicators used to check them. A new one is made and published every fiscal year.",
  },
  'comprehensive-plan': {
    name: 'Comprehensive plan',
    text: "The city's long-term plan for its future. According to the document, it is made of a basic concept, a basic plan and the action plans.",
  },
  priority: {
    name: 'Priority',
    text: 'Something the city puts special effort into in that fiscal year. The priorities are the action plan\'s first chapter ("1. Priorities"), each with the projects that serve it.',
  },
  vision: {
    name: 'Vision',
    text: 'A picture of the city the comprehensive plan aims for; there are eight. In the action plan\'s chapter "2. Main efforts under each vision", each vision lists its measures and projects.',
  },
  measure: {
    name: 'Measure',
    text: 'A main line of action to achieve a vision. In the action plan each vision lists its measures, and each measure its concrete projects.',
  },
  project: {
    name: 'Project',
    text: 'One funded piece of work. The action plan gives each project a name, a description and a budget. A project can appear both under a priority and under a vision; this site counts it once in every total.',
    more: 'About this site (amounts and totals)',
  },
  wards: {
    name: "The wards' projects",
    text: "The projects in the action plan's chapter on the wards' own community building, for Chuo, Higashi, Nishi, Minami and Kita wards and for all five together. This site calls them \"the wards' projects\".",
  },
  'thousand-yen': {
    name: 'Thousand yen',
    text: 'The unit of every amount in the documents. 1,000 thousand yen is ¥1 million, and 100,000 thousand yen is ¥100 million. Where this site cites a document, it shows the figure as printed, in thousands of yen; in lists and charts the English edition gives yen in millions and billions, such as ¥13.4 billion.',
    more: 'About this site (amounts and totals)',
  },
  'no-previous-budget': {
    name: 'Previous year: a dash',
    text: 'Under the priorities, some projects have a dash, "(-)", where the previous year\'s budget would be. This site marks them with this label, and reads a dash printed like the kanji for "one" as the same dash. It only means that no amount is printed: the project did not necessarily have no budget the year before, and it is not necessarily new. Some of these projects had their whole budget in the previous year\'s supplementary budget; the site adds that note.',
  },
  'supplementary-budget': {
    name: 'Supplementary budget',
    text: "A budget made during the fiscal year to change that year's budget. Some projects in the action plan carry a note that part or all of their budget is in a supplementary budget.",
  },
  mice: {
    name: 'MICE',
    text: 'Events that bring many people together: business meetings, incentive trips, international conferences and exhibitions (an acronym of the English words).',
  },
  ebpm: {
    name: 'EBPM',
    text: 'Evidence-based policy making (from a note in the document).',
  },
  'appearance-care': {
    name: 'Appearance care',
    text: 'Care that eases the distress of cancer patients caused by changes in their appearance (from a note in the document).',
  },
  advocate: {
    name: 'Advocate',
    text: "A person who speaks for children who find it hard to express their views, from the child's point of view (from a note in the document).",
  },
  'high-value-traveller': {
    name: 'High-value travellers',
    text: 'Visitors to Japan who spend ¥1 million or more in total per trip (from a note in the document).',
  },
  'pfos-pfoa': {
    name: 'PFOS and PFOA',
    text: "Organic fluorine compounds that hardly break down, build up in the body and travel far, and whose effects on people's health have been pointed out (from a note in the document).",
  },
  roadmap: {
    name: 'Roadmap',
    text: 'A table of how far each action is to go in each fiscal year. "The 2013 roadmap" on this site is the City of Kumamoto\'s progress report on its roadmap, the Challenge Year One Action Plan: each action\'s schedule for FY2012 and FY2013 and its progress at the end of September 2013.',
    more: 'The 2013 roadmap',
  },
  progress: {
    name: 'Progress',
    text: 'What the city wrote about how far an action had come, for every action of the 2013 roadmap. It is text only: the document does not sort the actions into done, in progress and so on.',
  },
  relisted: {
    name: 'Listed again',
    text: 'The same action listed once more under another item. The 2013 roadmap marks it with the original item\'s number (for example "No.31, listed again"). This site shows it as a link to the original item and does not count it twice.',
    more: 'How the data is read',
  },
  'by-site': {
    name: "This site's classification",
    text: "The statuses of the 2013 roadmap's actions (done, in progress, in preparation and so on) are this site's reading of the city's progress text, by rules the site has published. They are not the city's judgement.",
    more: 'The status rules',
  },
  'no-successor': {
    name: 'No successor or related project listed',
    text: 'This site found no project in the FY2024 action plan that carries on a 2013 roadmap item, and no related project, measure or vision. The action plan lists only the main projects, so the work has not necessarily ended.',
    more: 'The crosswalk',
  },
  'source-document': {
    name: 'Source document',
    text: "The city's published plan, as this site turned its PDF into text. Every figure on the site gives its line number in the source document, which opens that line of the full text.",
    more: 'About this site',
  },
  'data-version': {
    name: 'Data version',
    text: "A short code that names a version of this site's data. It is computed from the data, so it changes only when the data does. When you cite the data, give it together with the source document's name.",
    more: 'Download the data',
  },
};

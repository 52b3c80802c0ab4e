/** The English catalog: the page shell (keys and arguments as in ../ja/shell.ts). */
import type { Mirror } from '../types.ts';
import type { shell as ja } from '../ja/shell.ts';
import { monthName, dayMonthYear } from '../../english-dates.ts';

export const shell = {
  'shell.siteName': 'Kumamoto Plan Explorer',
  'shell.skip': 'Skip to content',
  'shell.toTop': 'Back to top',
  'shell.editionNote': 'Translated by this site, not by the City of Kumamoto. The Japanese original governs.',
  'shell.home': 'Home',
  'shell.breadcrumbs': 'Breadcrumb',
  'shell.mainNav': 'Main',
  'shell.planNav': (gregorian: number) => `FY${gregorian} plan`,
  'shell.roadmapNav': '2013 roadmap',
  'shell.aboutNav': 'About',
  'shell.search': 'Search',
  'shell.searchLabel': 'Search this site',
  'shell.searchPlaceholder': 'e.g. groundwater',
  'shell.editions': 'Language',
  'shell.sourcesLead': 'Sources: City of Kumamoto, ',
  'shell.sep': ', ',
  'shell.paren': (text: string) => ` (${text})`,
  'shell.asOf': (iso: string) => ` (as of ${dayMonthYear(iso)})`,
  'shell.sourcesTail': '. Figures are as printed; every page gives the lines of the source they come from.',
  'shell.published': (year: number, month: number) => `${monthName(month)} ${year}`,
  'shell.about': 'About this site',
  'shell.method': 'How the data is read',
  'shell.glossary': 'Glossary',
  'shell.data': 'Download the data',
  'shell.unofficialMark': 'unofficial',
  'shell.unofficial':
    'This is not an official site of the City of Kumamoto. It is run independently of the city, which neither made nor checks it.',
  'shell.operatorLead': 'Run by: ',
  'shell.unset': 'not set (a local build)',
  'shell.colon': ': ',
  'shell.original': 'Japanese original',
} satisfies Mirror<typeof ja>;

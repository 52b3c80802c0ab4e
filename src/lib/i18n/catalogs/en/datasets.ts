/**
 * The datasets' titles and descriptions and the columns' meanings in English, for the data pages (the files
 * themselves stay Japanese). Keyed by dataset path with a plan's folder as `plan/` (`plan/projects`), and by column
 * field name. A column not worded here is shown with its Japanese meaning, marked as the original.
 */

interface DatasetWords {
  title: (year: string) => string;
  description: string;
}

export const DATASETS: Record<string, DatasetWords> = {
  'plan/projects': {
    title: (y) => `FY${y} projects (one row per project)`,
    description:
      'The projects the action plan lists. A project listed both in a priority and in a vision is one row; each listing, as printed, with its lines, is in appearances.',
  },
  'plan/appearances': {
    title: (y) => `FY${y} project listings (one row per listing)`,
    description: 'Each place a project is listed: its title, description and budget as printed there, with the lines.',
  },
  'plan/budget-notes': {
    title: (y) => `FY${y} budget remarks (one row per remark)`,
    description: 'The remarks printed beside budgets and what they mean; one row per listing.',
  },
  'plan/indicators': {
    title: (y) => `FY${y} project indicators (one row per line of an indicator)`,
    description: 'The indicators printed with projects (marked with a check box); one row per line under the heading.',
  },
  'plan/priorities': {
    title: (y) => `FY${y} priorities`,
    description: 'The priorities, with the number of their projects and their total budget.',
  },
  'plan/visions': {
    title: (y) => `FY${y} visions`,
    description:
      'The visions, with the number of their projects and their total budget. Their aims are in vision-aims.',
  },
  'plan/vision-aims': {
    title: (y) => `FY${y} vision aims (one row per paragraph)`,
    description: "The paragraphs of each vision's aims and direction.",
  },
  'plan/related-visions': {
    title: (y) => `FY${y} related visions (one row per link)`,
    description: 'The visions each vision names as related.',
  },
  'plan/measures': {
    title: (y) => `FY${y} measures`,
    description: 'The measures that carry out each vision (1-1 and so on).',
  },
  'plan/wards': {
    title: (y) => `FY${y} ward projects`,
    description:
      "The five wards and the projects common to them, with the number of projects, their total budget and the wards' budget frame.",
  },
  'plan/tables': {
    title: (y) => `FY${y} tables in the document (one row per line of a cell)`,
    description:
      'Every cell of the small tables printed in the document. Tables differ in their columns, so cells are one per row; a cell of several lines is split into lines, and a cell holding only a number also fills the number column.',
  },
  'plan/figures': {
    title: (y) => `FY${y} check of every thousand-yen figure`,
    description: 'Every figure in thousands of yen printed in the document, and what it is.',
  },
  'projects-across-plans': {
    title: () => 'The same project in consecutive plans',
    description:
      "Each project of a year's action plan and the same project in the next year's plan: the same title, or a change of title the site has checked.",
  },
  '2013/items': {
    title: () => '2013 roadmap items (one row per item)',
    description:
      'The items of the roadmap, their status at the end of September 2013, and their links to the plan of the crosswalk (successor projects and related records).',
  },
  '2013/subitems': {
    title: () => '2013 roadmap actions (one row per action, repeats included)',
    description:
      'Each action with its FY2012 and FY2013 schedule, progress and status, and the actions listed again in other items, which carry the number of the item they repeat (the site does not count them twice).',
  },
  '2013/subitem-entries': {
    title: () => '2013 roadmap entries (one row per entry)',
    description:
      'The schedule and progress cells of each action, one row per sentence or entry. The conversion from PDF turned line breaks into spaces: a word broken across lines is joined, entries are split where a sentence or entry ends. The cells as printed are in subitems.',
  },
  '2013/status-evidence': {
    title: () => '2013 roadmap status evidence (one row per phrase)',
    description:
      "The phrases of the progress text on which the site's status of each action rests. An action without such a phrase (status unknown and so on) has no row.",
  },
  '2013/categories': {
    title: () => '2013 roadmap categories',
    description:
      "The categories that group the items (numbered with circled digits), with their part and chapter; also the code table of items' category ID.",
  },
  '2013/crosswalk': {
    title: () => '2013 roadmap items and their successors and related records in the FY2024 plan (one row per link)',
    description:
      "The FY2024 projects that carry on each 2013 item (successor) and the related projects, tables, measures and visions (related). The links are the site's judgement. An item without links has one row too.",
  },
  '2013/crosswalk-rejected': {
    title: () => '2013 roadmap items and the FY2024 records not linked to them (one row each)',
    description:
      "The projects, tables, measures and visions considered for the crosswalk and not linked, with the reason (the site's judgement).",
  },
  'quality-notes': {
    title: () => 'Data notes (inconsistencies in the sources)',
    description:
      'Variant spellings and text moved by the conversion found in the documents, and how the site handles them. The lines concerned are in quality-note-lines.',
  },
  'quality-note-lines': {
    title: () => 'Source lines of the data notes (one row per line)',
    description: 'The lines of the documents each note concerns.',
  },
  dictionary: {
    title: () => 'Data dictionary (one row per column)',
    description: "Every dataset's columns: Japanese name, field name, type, unit and meaning.",
  },
  codes: {
    title: () => 'Code table (one row per code)',
    description: 'Every code of every coded column, and what it means.',
  },
};

/** Column meanings: by `dataset:field` for a column that means something particular there, else by field name. */
const COLUMNS: Record<string, string> = {
  'plan/projects:id':
    "The project's ID (the first 8 hex digits of the SHA-256 of its normalised title; used in its page's URL).",
  'plan/projects:title': "The project's title (as the first listing prints it; the others are in appearances.csv).",
  'plan/projects:title_reading':
    "The title's reading in hiragana (without brackets or symbols); the lists' Japanese syllabary order follows it.",
  'plan/projects:description': "The project's description (the first listing's).",
  fiscal_year: 'The fiscal year of the budget: the year the plan covers (Gregorian; the fiscal year starts in April).',
  fiscal_year_label: 'The same fiscal year in the Japanese era calendar (e.g. Reiwa 6).',
  budget_thousand_yen: "The budget for the plan's fiscal year (whole number).",
  previous_budget_status:
    'What the document says of the previous year\'s budget. printed: an amount is printed; none: the previous-year column holds a dash ((-), or the kanji for one in brackets, which looks like one) and no amount; not-printed: nothing (projects not listed in a priority). The document never says "new".',
  previous_budget_status_label: 'The same in Japanese words.',
  previous_fiscal_year:
    "The fiscal year of the previous year's budget, for projects with an amount printed only (Gregorian). Empty otherwise.",
  previous_budget_thousand_yen:
    "The previous year's budget printed in the priorities (whole number). Empty where none is printed (not zero).",
  change_thousand_yen:
    "The budget minus the previous year's, for projects with a previous amount only (whole number; a decrease is negative). Empty otherwise (not zero).",
  change_percent:
    "The change as a percentage of the previous year's budget, computed from the printed thousand-yen amounts and rounded to one decimal (a decrease is negative). Only where a previous amount is printed and not zero; empty otherwise.",
  priority: 'The priority the project is listed in (priority-1 and so on). Empty if none.',
  priority_title: "The priority's number and title. Empty if none.",
  vision: 'The vision the project is listed in (vision-1 and so on). Empty if none.',
  vision_title: "The vision's number and title. Empty if none.",
  ward: 'The ward the project is listed under (chuo, higashi, nishi, minami, kita, common). Empty if none.',
  ward_name: "The ward's name (including the five wards in common). Empty if none.",
  'plan/projects:title_line':
    "The line of the first listing's title (in the text version of the document, counted from 1).",
  'plan/projects:url':
    "The project page's URL: an absolute https:// URL in data built with the site's public address, a path on the site (starting with /) otherwise.",
};

/** A column's meaning in English, or undefined where it is not worded here. */
export function columnMeaning(dataset: string, name: string): string | undefined {
  return COLUMNS[`${dataset}:${name}`] ?? COLUMNS[name];
}

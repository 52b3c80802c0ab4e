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
  'plan/appearances:project_id':
    "The project's ID (the first 8 hex digits of the SHA-256 of its normalised title; used in its page's URL).",
  'plan/appearances:section': 'Where the project is listed (priority-1, vision-3, ward-chuo and so on).',
  'plan/appearances:section_title': 'The name of that place (e.g. vision 3 …, the ward projects of Chuo ward).',
  'plan/appearances:group': 'The subheading within a priority. Empty if none.',
  'plan/appearances:title': "The project's title as printed in this listing.",
  'plan/appearances:title_line':
    "The project's title in this listing (line number in the text version of the document, counted from 1).",
  'plan/appearances:description': 'The description as printed in this listing.',
  'plan/appearances:description_line':
    'The description (line number in the text version of the document, counted from 1).',
  'plan/appearances:fiscal_year':
    'The fiscal year of the budget: the year the plan covers (Gregorian; the fiscal year starts in April).',
  'plan/appearances:budget_line': 'The budget (line number in the text version of the document, counted from 1).',
  'plan/appearances:previous_fiscal_year':
    "The fiscal year of the previous year's budget (Gregorian; the fiscal year starts in April).",
  'plan/appearances:previous_budget_thousand_yen':
    "The previous year's budget printed in this listing (whole number). Empty where none is printed (not zero).",
  'plan/appearances:previous_budget_text':
    "The previous year's budget as printed (e.g. (17,400 thousand yen)). A dash in brackets means no amount; a bracketed sign that looks like the kanji for one is read as a dash. Empty if none.",
  'plan/appearances:previous_budget_line':
    "The previous year's budget (line number in the text version of the document). Empty if none.",
  'plan/appearances:notes':
    'The budget remarks printed in this listing (JSON only; in CSV, one row each in budget-notes.csv).',
  'plan/budget-notes:project_title': "The project's title.",
  'plan/budget-notes:section': 'The listing that carries the remark.',
  'plan/budget-notes:section_title': "The listing's name.",
  'plan/budget-notes:kind':
    "The code of the remark's meaning (fy2023-feb-supplementary-full and so on; Gregorian years).",
  'plan/budget-notes:kind_label':
    "The remark's meaning in Japanese (e.g. the whole amount was budgeted in the February FY2023 supplementary budget).",
  'plan/budget-notes:fiscal_year':
    'The fiscal year of the supplementary budget the remark names (Gregorian; the fiscal year starts in April).',
  'plan/budget-notes:text': 'The remark as printed.',
  'plan/budget-notes:line': 'The remark (line number in the text version of the document, counted from 1).',
  'plan/indicators:indicator_no': "The indicator's place among the project's indicators (from 1).",
  'plan/indicators:label': "The indicator's heading.",
  'plan/indicators:detail_no':
    'The place of the line under the heading (from 1). Empty for an indicator without lines.',
  'plan/indicators:detail': 'One line under the heading. Empty if none.',
  'plan/indicators:line': "The indicator's heading (line number in the text version of the document, counted from 1).",
  'plan/priorities:id': "The priority's ID (priority-1, priority-2).",
  'plan/priorities:title': "The priority's title.",
  'plan/priorities:number': "The priority's number.",
  'plan/priorities:title_line':
    "The priority's heading (line number in the text version of the document, counted from 1).",
  'plan/priorities:lead': "The priority's introduction.",
  'plan/priorities:total_thousand_yen': "The total of its projects' budgets for the plan year (whole number).",
  'plan/priorities:previous_total_thousand_yen': "The total of its projects' previous-year budgets (whole number).",
  'plan/priorities:project_count': 'The number of its projects.',
  'plan/priorities:url':
    "The URL of the priority's page. An absolute https:// URL in data built with the site's public address, a path on the site (starting with /) otherwise.",
  'plan/priorities:project_ids':
    "Its projects' IDs in the order listed (JSON only; in CSV, one row each in appearances.csv).",
  'plan/visions:id': "The vision's ID (vision-1 …).",
  'plan/visions:title': "The vision's title (as in the table of contents).",
  'plan/visions:number': "The vision's number.",
  'plan/visions:title_line':
    "The vision's title in the table of contents (line number in the text version of the document, counted from 1).",
  'plan/visions:url':
    "The URL of the vision's page. An absolute https:// URL in data built with the site's public address, a path on the site (starting with /) otherwise.",
  'plan/visions:aims':
    'The full text of its aims, paragraphs joined by line breaks (JSON only; in CSV, one row each in vision-aims.csv).',
  'plan/visions:related_visions':
    'The numbers of its related visions (JSON only; in CSV, one row each in related-visions.csv).',
  'plan/vision-aims:vision_id': "The vision's ID.",
  'plan/vision-aims:vision_title': "The vision's number and title.",
  'plan/vision-aims:paragraph_no': "The paragraph's place in the vision's aims and direction (from 1).",
  'plan/vision-aims:text': "The paragraph's text.",
  'plan/vision-aims:line': 'The paragraph (line number in the text version of the document, counted from 1).',
  'plan/related-visions:related_vision_id': 'The vision named as related.',
  'plan/related-visions:related_vision_title': "The related vision's number and title (as in the table of contents).",
  'plan/related-visions:title_as_printed': 'Its title as printed among the related visions.',
  'plan/related-visions:line': 'The related visions (line number in the text version of the document, counted from 1).',
  'plan/measures:id': "The measure's number (e.g. 1-1).",
  'plan/measures:vision_id': 'The vision the measure belongs to.',
  'plan/measures:title': "The measure's title.",
  'plan/measures:summary': "The measure's summary.",
  'plan/measures:line': 'The measure (line number in the text version of the document, counted from 1).',
  'plan/wards:id': "The ward's ID (chuo, higashi, nishi, minami, kita, common).",
  'plan/wards:name': "The ward's name (including the five wards in common).",
  'plan/wards:slogan': "The ward's slogan. Empty if none.",
  'plan/wards:vision': "The ward's description of its community building. Empty if none.",
  'plan/wards:label_line':
    "The ward's name before its list of projects (line number in the text version of the document, counted from 1).",
  'plan/wards:frame_thousand_yen':
    'The budget frame for community building (19 million yen per ward, 5 million yen in common) (whole number).',
  'plan/wards:url':
    "The URL of the ward's page. An absolute https:// URL in data built with the site's public address, a path on the site (starting with /) otherwise.",
  'plan/tables:table_id': "The table's ID (e.g. school-staffing).",
  'plan/tables:table_title': "The table's title.",
  'plan/tables:attached_to': 'The project (its ID) or vision (vision-1 and so on) the table belongs to.',
  'plan/tables:attached_to_title': "The project's title, or the vision's number and title.",
  'plan/tables:unit': 'The unit printed with the table (e.g. yen). Empty if none.',
  'plan/tables:row': 'The row in the table (0 is the heading row).',
  'plan/tables:column': 'The column in the table (from 0).',
  'plan/tables:line_in_cell':
    'The line within the cell (from 1; a cell of several lines, such as a bulleted list, has one row per line).',
  'plan/tables:number': 'The value of a cell that holds only a number (without thousands separators). Empty otherwise.',
  'plan/tables:text':
    'The cell as printed. A cell holding only a number fills the number column instead, and this is empty. Empty if none.',
  'plan/tables:line': "The table's row (line number in the text version of the document, counted from 1).",
  'plan/tables:cell_text':
    'The whole cell, line breaks included, as printed. JSON only; the CSV has each line of the cell in the text or number column.',
  'plan/figures:line': 'The figure (line number in the text version of the document, counted from 1).',
  'plan/figures:column': 'The character position where the figure starts (the start of the line is 1).',
  'plan/figures:text': 'The figure as printed (e.g. 24,300 thousand yen).',
  'plan/figures:thousand_yen': 'The amount (whole number).',
  'plan/figures:fiscal_year':
    'The plan year for a budget, the previous year for a previous-year budget (Gregorian). Empty for other figures.',
  'plan/figures:kind': 'budget, previous-budget, other',
  'plan/figures:kind_label':
    'The same in Japanese words: budget for the plan year, previous-year budget, other figure.',
  'plan/figures:project_id': "For a budget, the project's ID. Empty for other figures.",
  'plan/figures:project_title': "For a budget, the project's title. Empty if none.",
  'plan/figures:reason': 'Why the figure is not a budget. Empty if none.',
  '2013/items:no': "The item's number (1 to 130).",
  '2013/items:title': "The item's title.",
  '2013/items:title_reading':
    "The title's reading in hiragana (without brackets or symbols); the lists' Japanese syllabary order follows it.",
  '2013/items:part': 'The part (I, II, III).',
  '2013/items:part_title': "The part's title (as in the table of contents).",
  '2013/items:chapter': "The chapter's number (1 to 3, in part I only). Empty in parts II and III.",
  '2013/items:chapter_title': "The chapter's title (part I only). Empty if none.",
  '2013/items:category': "The category's ID (e.g. I-1-6, II-13).",
  '2013/items:category_title': "The category's title.",
  '2013/items:kana': "The item's mark within its category (the kana a, i, …).",
  '2013/items:line': 'The item (line number in the text version of the document, counted from 1).',
  '2013/items:status':
    "The code of the item's status (done, in-progress, preparing, partly-cancelled, cancelled, unknown). Not the city's: the site classifies the progress text by published rules.",
  '2013/items:status_label':
    'The status in Japanese words (done, in progress, in preparation, partly cancelled, cancelled, unknown).',
  '2013/items:status_rule': 'The ID of the rule that gave the status (listed on the page on how the data is read).',
  '2013/items:status_rule_label': 'What that rule says.',
  '2013/items:successor':
    "The link to the crosswalk's plan (the site's judgement): successor (a successor project), related (related actions, measures or visions only, no successor project), none (nothing listed).",
  '2013/items:successor_label': 'The same in Japanese words.',
  '2013/items:url':
    "The URL of the item's page. An absolute https:// URL in data built with the site's public address, a path on the site (starting with /) otherwise.",
  '2013/subitems:id':
    "The action's ID (the item's number and the first 6 hex digits of the SHA-256 of its normalised name; an unnumbered repeat starts with r-).",
  '2013/subitems:item_no':
    "The number of the item it is listed in (for an unnumbered repeat, the original item's number).",
  '2013/subitems:item_title': "The item's title.",
  '2013/subitems:name': "The action's name as printed.",
  '2013/subitems:name_reading': "The action's name with the spaces the PDF conversion left at line breaks joined.",
  '2013/subitems:line': 'The action (line number in the text version of the document, counted from 1).',
  '2013/subitems:fy2012':
    'The FY2012 column as printed (a dash: nothing planned; an arrow: continued from the year before).',
  '2013/subitems:fy2013': 'The FY2013 column as printed.',
  '2013/subitems:fy2013_resolved': 'The FY2013 plan, with an arrow filled in from the year before. Empty if none.',
  '2013/subitems:fy2012_entries':
    'The FY2012 column split into its entries (words broken across lines joined, entries split where they end; empty for a dash or an arrow alone) (JSON only; in CSV, one row each in subitem-entries.csv).',
  '2013/subitems:fy2013_entries':
    'The FY2013 column split into its entries, arrows left out (split as FY2012) (JSON only; in CSV, one row each in subitem-entries.csv).',
  '2013/subitems:progress': 'The progress column as printed (the PDF conversion turned its line breaks into spaces).',
  '2013/subitems:progress_entries':
    'The progress column split into sentences and entries (words broken across lines joined) (JSON only; in CSV, one row each in subitem-entries.csv).',
  '2013/subitems:progress_shared':
    'Several actions printed on one row whose progress cannot be divided between them (true / false in JSON, yes / no in Japanese in CSV).',
  '2013/subitems:progress_divided':
    'A progress text printed for several actions on one row, divided between them by the words it shares with their names and plans (true / false in JSON, yes / no in Japanese in CSV).',
  '2013/subitems:status':
    "The code of the action's status (done, in-progress, preparing, cancelled, unknown): the site's classification.",
  '2013/subitems:status_label': 'The status in Japanese words (done, in progress, in preparation, cancelled, unknown).',
  '2013/subitems:status_rule': 'The ID of the rule that gave the status.',
  '2013/subitems:status_evidence':
    "The phrases of the progress text the status rests on: what the site's rules looked for (JSON only; in CSV, one row each in status-evidence.csv).",
  '2013/subitems:status_quotes':
    'The clauses holding those phrases (up to the nearest comma, full stop or entry boundary), which the item page quotes as evidence (JSON only; in CSV, one row each in status-evidence.csv).',
  '2013/subitems:relisting_of': 'For a repeat, the number of the item it repeats. Empty otherwise.',
  '2013/subitems:relisting_of_title': "The repeated item's title. Empty if none.",
  '2013/subitem-entries:subitem_id': "The action's ID (as in subitems.csv).",
  '2013/subitem-entries:subitem_name': "The action's name (joined form).",
  '2013/subitem-entries:field': 'The code of the column (fy2012, fy2013, progress).',
  '2013/subitem-entries:field_label': 'The column in Japanese words (FY2012 plan, FY2013 plan, progress).',
  '2013/subitem-entries:entry_no': "The entry's place in the column (from 1).",
  '2013/subitem-entries:text':
    'One entry of the column, with words broken across lines joined and entries split where they end.',
  '2013/status-evidence:item_no': 'The number of the item it is listed in.',
  '2013/status-evidence:subitem_name': "The action's name.",
  '2013/status-evidence:evidence_no': "The phrase's place among the action's evidence (from 1).",
  '2013/status-evidence:evidence':
    'The phrase of the progress text the status rests on, in Japanese quotation marks (as printed; the marks keep a spreadsheet from turning a phrase such as a month into a date).',
  '2013/status-evidence:quote':
    'The clause holding the phrase, in Japanese quotation marks (the sentence the item page quotes).',
  '2013/status-evidence:status': "The code of the action's status: the site's classification.",
  '2013/categories:id': "The category's ID (part-chapter-number, e.g. I-1-6, II-13).",
  '2013/categories:title': "The category's title.",
  '2013/categories:chapter': "The chapter's number (part I only). Empty otherwise.",
  '2013/categories:number': 'Its circled number (1 for the first).',
  '2013/categories:line': 'The category (line number in the text version of the document, counted from 1).',
  '2013/categories:item_count': 'The number of its numbered items.',
  '2013/categories:url':
    "The URL of the category's page. An absolute https:// URL in data built with the site's public address, a path on the site (starting with /) otherwise.",
  '2013/crosswalk:item_no': "The 2013 item's number.",
  '2013/crosswalk:item_title': "The 2013 item's title.",
  '2013/crosswalk:status':
    "The whole item's link (the site's judgement): successor (a successor project), related (related actions, measures or visions only, no successor project), none (nothing listed).",
  '2013/crosswalk:status_label': 'The same in Japanese words.',
  '2013/crosswalk:successor_plan': 'The ID of the plan searched for successors (e.g. fy2024).',
  '2013/crosswalk:successor_plan_label': "That plan's name.",
  '2013/crosswalk:strength':
    "How strong this row's link is (the site's judgement): successor (the same aim and target continue), related (the same policy field, wider, narrower or overlapping). Measures and visions are always related. Empty if none.",
  '2013/crosswalk:strength_label': 'The same in Japanese words. Empty if none.',
  '2013/crosswalk:subitem_id': "Where the link concerns one action of the item, that action's ID. Empty if none.",
  '2013/crosswalk:subitem': "Where the link concerns one action of the item, that action's name. Empty if none.",
  '2013/crosswalk:successor_kind': 'What the link leads to (project, table, measure, vision). Empty if none.',
  '2013/crosswalk:successor_kind_label': 'The same in Japanese words. Empty if none.',
  '2013/crosswalk:successor_id':
    "Its ID (a project's ID, a table's ID, a measure's number, a vision's ID). Empty for an item without links.",
  '2013/crosswalk:successor_title': 'Its title. Empty if none.',
  '2013/crosswalk:note':
    "What continues (successor) or how it is related (related), in the site's words. Empty if none.",
  '2013/crosswalk:shared':
    'Words both documents print (a clue for checking, not the reason for the link). Empty if none.',
  '2013/crosswalk:successor_url':
    "The URL of its page (a measure's vision page; a table's project or vision page): absolute with the public address, a path on the site otherwise. Empty for an item without links.",
  '2013/crosswalk-rejected:successor_kind': 'What was considered and not linked (project, table, measure, vision).',
  '2013/crosswalk-rejected:successor_kind_label': 'The same in Japanese words.',
  '2013/crosswalk-rejected:successor_id': "Its ID (a project's ID, a table's ID, a measure's number, a vision's ID).",
  '2013/crosswalk-rejected:successor_title': 'Its title.',
  '2013/crosswalk-rejected:reason': "Why it was not linked (the site's judgement).",
  'quality-notes:id': "The note's ID.",
  'quality-notes:document':
    "The document (a plan's ID such as fy2024 for an action plan, roadmap2013 for the 2013 roadmap).",
  'quality-notes:document_label': "The document's name.",
  'quality-notes:kind': 'The code of the kind of inconsistency.',
  'quality-notes:kind_label': 'The kind of inconsistency, in Japanese words.',
  'quality-notes:message': 'What the document says (in Japanese).',
  'quality-notes:resolution': 'How the site handles it (in Japanese).',
  'quality-notes:project_id': 'The project concerned (its ID). Empty if none.',
  'quality-notes:item_no': 'The 2013 item concerned (its number). Empty if none.',
  'quality-notes:lines': 'The lines concerned (JSON only; in CSV, one row each in quality-note-lines.csv).',
  'quality-note-lines:note_id': "The note's ID.",
  'quality-note-lines:document': "The document's ID.",
  'quality-note-lines:line':
    'A line the note concerns (line number in the text version of the document, counted from 1).',
  'dictionary:dataset': "The dataset's path (under /data/, without extension).",
  'dictionary:dataset_title': "The dataset's name.",
  'dictionary:order': "The column's place in the dataset (from 1).",
  'dictionary:name': 'The JSON field name (alphanumeric).',
  'dictionary:title': 'The CSV column name (Japanese).',
  'dictionary:type': "The value's type.",
  'dictionary:unit': "A number's unit. Empty if none.",
  'dictionary:in_csv':
    'Whether the CSV has the column too (lists are in the JSON only, with one row each in a file of their own) (true / false in JSON, yes / no in Japanese in CSV).',
  'dictionary:csv_form': 'How the CSV writes the value where it differs from the JSON. Empty if none.',
  'dictionary:label_column': "The column (field name) holding a coded column's Japanese names. Empty if none.",
  'dictionary:meaning': 'What the column means and where in the document it is read.',
  'codes:dataset': "The dataset's path.",
  'codes:column': "The coded column's field name.",
  'codes:column_title': "The coded column's CSV name.",
  'codes:code': 'The code.',
  'codes:label': "The code's Japanese name.",
  'plan/budget-notes:project_id':
    "The project's ID (the first 8 hex digits of the SHA-256 of its normalised title; used in its page's URL).",
  'plan/indicators:project_id':
    "The project's ID (the first 8 hex digits of the SHA-256 of its normalised title; used in its page's URL).",
  'plan/indicators:project_title': "The project's title.",
  'plan/visions:total_thousand_yen': "The total of its projects' budgets for the plan year (whole number).",
  'plan/visions:project_count': 'The number of its projects.',
  'plan/visions:project_ids':
    "Its projects' IDs in the order listed (JSON only; in CSV, one row each in appearances.csv).",
  'plan/related-visions:vision_id': "The vision's ID.",
  'plan/wards:total_thousand_yen': "The total of its projects' budgets for the plan year (whole number).",
  'plan/wards:project_count': 'The number of its projects.',
  'plan/wards:project_ids':
    "Its projects' IDs in the order listed (JSON only; in CSV, one row each in appearances.csv).",
  '2013/subitems:status_rule_label': 'What that rule says.',
  '2013/subitem-entries:item_no':
    "The number of the item it is listed in (for an unnumbered repeat, the original item's number).",
  '2013/subitem-entries:line': 'The action (line number in the text version of the document, counted from 1).',
  '2013/status-evidence:subitem_id': "The action's ID (as in subitems.csv).",
  '2013/status-evidence:status_label':
    'The status in Japanese words (done, in progress, in preparation, cancelled, unknown).',
  '2013/categories:part': 'The part (I, II, III).',
  '2013/categories:part_title': "The part's title (as in the table of contents).",
  '2013/categories:chapter_title': "The chapter's title (part I only). Empty if none.",
  '2013/crosswalk-rejected:item_no': "The 2013 item's number.",
  '2013/crosswalk-rejected:item_title': "The 2013 item's title.",
  '2013/crosswalk-rejected:successor_plan': 'The ID of the plan searched for successors (e.g. fy2024).',
  '2013/crosswalk-rejected:successor_plan_label': "That plan's name.",
  'quality-note-lines:document_label': "The document's name.",
};

/** A column's meaning in English, or undefined where it is not worded here. */
export function columnMeaning(dataset: string, name: string): string | undefined {
  return COLUMNS[`${dataset}:${name}`] ?? COLUMNS[name];
}

/**
 * The government's machine-readability rules (src/lib/files/open-data.ts, MACHINE_READABILITY) in English: each
 * rule's name and how the files meet it.
 */
export const RULES: Record<string, { rule: string; how: string }> = {
  'L1-01': { rule: 'A format machines read directly', how: 'CSV and JSON, each JSON with its JSON Schema.' },
  'L1-02': { rule: 'One table per file', how: 'Each CSV file holds one table.' },
  'L1-03': { rule: 'Data not split up', how: 'No blank rows or columns.' },
  'L1-04': {
    rule: 'Nothing unrelated to the data',
    how: 'No titles or notes inside the files: they are in the data dictionary and the README.',
  },
  'L1-05': { rule: 'Every column has a name that says what it is', how: 'Every CSV column has a Japanese name.' },
  'L1-06': {
    rule: 'No spaces or line breaks for layout',
    how: "No spaces or line breaks for layout (spaces inside the documents' text are kept as printed).",
  },
  'L1-07': {
    rule: 'One value per cell',
    how: 'Fields with several values (listings, indicators, the lines of a note) are in the JSON only; the CSV puts them in a file of their own, one row each.',
  },
  'L1-08': {
    rule: "Platform-dependent characters (the documents' symbols as printed)",
    how: "The site's own values and column names use none. The documents' text is given as printed, so their symbols (circled numbers, check boxes) stay (the rule's exception for writing proper names exactly).",
  },
  'L1-09': { rule: 'Empty and zero told apart', how: 'A missing value is an empty cell; zero is written 0.' },
  'L1-14': {
    rule: '(CSV) One record per line',
    how: 'No line breaks inside cells: a text with line breaks has one row per paragraph or line.',
  },
  'L1-15': {
    rule: '(CSV) Values with a comma in double quotes',
    how: 'Values with a comma or a double quote are in double quotes.',
  },
  'L2-01': {
    rule: 'Numbers only in number columns',
    how: 'Amounts are whole numbers in thousands of yen; the unit is in the column name and the data dictionary.',
  },
  'L2-02': { rule: 'Names not left out', how: 'A value is written on every row, even where it repeats.' },
  'L2-03': { rule: 'A unique name for each column', how: 'No two columns of a file share a name.' },
  'L2-04': {
    rule: 'Standard choices',
    how: 'Statuses and the like are written twice: as a code (alphanumeric, never spelt two ways) and as a Japanese name.',
  },
  'L2-05': { rule: 'Choices kept apart from "other" details', how: 'No column offers "other" (does not apply).' },
  'L3-01': {
    rule: 'Names in the first row, data from the next',
    how: 'Every CSV has its column names in the first row.',
  },
  'L3-02': {
    rule: 'Code table',
    how: 'A coded column has a column of Japanese names beside it, and every code is in the code table (codes.csv).',
  },
  'L3-03': {
    rule: 'Special symbols in number columns defined',
    how: 'Number columns hold no symbols. The dashes of the previous-year budget column (including one printed as the kanji for one) are written as printed in the text column, and the number column is empty.',
  },
  'L3-04': {
    rule: 'Units of the data',
    how: 'The units (thousand yen, fiscal year, line, count) are in the column names and the data dictionary.',
  },
  'L3-05': {
    rule: 'Standard dates',
    how: 'Fiscal years have a Gregorian column, and the Japanese era is always given with the Gregorian year. The 2013 roadmap status is as of the end of September 2013.',
  },
  'L3-06': {
    rule: 'Area codes or official area names',
    how: 'Wards are written with their official name and an ID (chuo and so on).',
  },
  'L3-07': { rule: 'The same format every year', how: "Every year's action plan has files with the same columns." },
  'L3-08': {
    rule: 'Definitions and history of the data',
    how: "The data dictionary gives each column's definition, source and field name (alphanumeric); the data version (computed from the content) and the date are given. Files are UTF-8 with a byte order mark.",
  },
  'L3-09': {
    rule: 'Long format',
    how: "The documents' table cells, paragraphs, notes and indicators are in long format (one row each).",
  },
};

/** The en catalog: data (keys and arguments as in ../ja/data.ts). */
import type { Mirror } from '../types.ts';
import type { ColumnType, Note, data as ja } from '../ja/data.ts';
import type { PlanEntry } from '../../../../schemas/plans.ts';
import type { CsvFormKind } from '../../../../schemas/open-data.ts';
import { DATASETS, RULES, columnMeaning } from './datasets.ts';
import type { RelistedField } from '../../../../schemas/roadmap2013.ts';
import { lineRef, original as o } from '../../../format/marked.ts';

const L = (line: number) => lineRef(line, `line ${line}`);
// Each cited line is one link named in full (line 77, line 78), as the source-line links are everywhere else.
const lines = (ls: number[]) => ls.map(L).join(', ');
const PROJECT_FORM = 'In CSV the ID starts with "project-" (e.g. project-c15a479c); not in JSON or URLs.';
const MEASURE_FORM = 'In CSV the ID starts with "measure-" (e.g. measure-1-1); in JSON it is 1-1.';
const CSV_FORM: Record<CsvFormKind, string> = {
  project: PROJECT_FORM,
  measure: MEASURE_FORM,
  attachedTo: `A project's ID: ${PROJECT_FORM} A vision's ID as it is.`,
  successor: `A project's ID: ${PROJECT_FORM} A measure's ID: ${MEASURE_FORM} A table's or vision's ID as it is.`,
};
/**
 * The site's notes on text shown as printed (content/curated: asPrinted), in English, by note ID. A note without one
 * here is quoted in its Japanese.
 */
const AS_PRINTED: Record<string, string> = {
  'as-printed-280': 'Probably a slip for "towards realising the eight visions" (one particle is wrong).',
  'as-printed-690':
    'Its second character is the old form of the one used today (some fonts show the two alike); the word means "added on top".',
  'as-printed-1088':
    'Its first character is the old form of the character for "prefecture"; the phrase means cooperation between Kumamoto Prefecture and Kumamoto City.',
  'as-printed-77':
    'Probably a slip for "ombudsman" (an office that looks into residents\' complaints about the city administration).',
};
const FIELD: Record<RelistedField, string> = {
  name: 'the name',
  fy2012: 'the FY2012 schedule',
  fy2013: 'the FY2013 schedule',
  progress: 'the progress',
};
// The previous-year budget as the document prints it: (一), the kanji for one, where a dash is meant.
const KANJI_ONE = '(\u4e00)';

/** A budget remark's meaning (its kind, e.g. `fy2023-feb-supplementary-full`). */
function remark(kind: string): string {
  const year = `FY${/fy(\d{4})/.exec(kind)![1]}`;
  if (kind.endsWith('-feb-supplementary-full')) return `all of it in the ${year} February supplementary budget`;
  if (kind.endsWith('-feb-supplementary-partial')) return `part of it in the ${year} February supplementary budget`;
  return `includes ${year} supplementary funds`;
}

export const data = {
  'data.note.titleVariant': (n: Note<'title-variant'>) =>
    `The same budget and description are printed under different titles: ${n.titles.map((t) => `${o(t.text)} (${L(t.line)})`).join(' and ')}.`,
  'data.resolution.titleVariant': (n: Note<'title-variant'>) =>
    `The site treats them as one project, titled ${o(n.title)}.`,
  'data.note.descriptionVariant': (n: Note<'description-variant'>) =>
    `The description of ${o(n.title)} differs between ${L(n.firstLine)} and ${L(n.line)}.`,
  'data.resolution.descriptionVariant': (n: Note<'description-variant'>) =>
    `The site shows the first listing's description (${L(n.firstLine)}) and keeps each listing's own.`,
  'data.note.noteVariant': (n: Note<'note-variant'>) =>
    `The budget remark ${o(n.budgetNote.text)} (${remark(n.budgetNote.kind)}) of ${o(n.title)} is printed only with the listing on ${L(n.budgetNote.line)}, not with the listing on ${n.withoutLines.map(L).join(', ')}.`,
  'data.resolution.noteVariant': 'The site treats the remark as applying to the whole project.',
  'data.note.relatedVisionTitle': (n: Note<'related-vision-title'>) =>
    `Among the related visions of vision ${n.vision}, vision ${n.related} is titled ${o(n.printed)}; the table of contents has ${o(n.contents)}.`,
  'data.resolution.relatedVisionTitle': 'The site uses the title in the table of contents.',
  'data.note.kanjiDash': (n: Note<'kanji-dash'>) =>
    `The previous year's budget of ${o(n.title)} (${L(n.line)}) is printed ${o(KANJI_ONE)}: the kanji for "one" seems to stand where a dash (-) is meant.`,
  'data.resolution.kanjiDash': 'Like (-), the site reads it as no budget that year, and shows it as printed.',
  'data.note.asPrinted': (n: Note<'as-printed'>) =>
    `The document prints ${o(n.text)} (${lines(n.lines)}). ${AS_PRINTED[n.id] ?? `The site's note, in Japanese: ${o(n.note)}`}`,
  'data.resolution.asPrinted': 'The site shows it as printed.',
  'data.note.partTitleVariant': (n: Note<'part-title-variant'>) =>
    `Part ${n.part} is titled ${o(n.title)} in the table of contents (${L(n.tocLine)}) and ${o(n.printed)} on ${L(n.line)}.`,
  'data.resolution.partTitleVariant': 'The site uses the title in the table of contents.',
  'data.note.relistingVariant': (n: Note<'relisting-variant'>) =>
    `${o(n.name)}, listed again in ${'no' in n.relistedIn ? `No. ${n.relistedIn.no}` : `the unnumbered listing ${o(`${n.relistedIn.kana}. ${n.relistedIn.title}`)}`} (${L(n.line)}), differs from the original in No. ${n.originalNo} (${L(n.originalLine)}) in ${n.differences.map((d) => FIELD[d.field]).join(' and ')}. ${n.differences.map((d) => `For ${FIELD[d.field]}, the repeat has ${o(d.relisted)} and the original ${o(d.original)}.`).join(' ')}`,
  'data.resolution.relistingVariant':
    'The site shows the repeat as printed, and counts the item and its status from the original.',
  'data.note.spilledCell': (n: Note<'spilled-cell'>) =>
    `In No. ${n.itemNo}, ${o(n.name)} (${L(n.line)}), the text ${o(n.spilled)} of the FY2013 schedule stands at the start of the progress column (moved by the conversion from PDF).`,
  'data.resolution.spilledCell': (n: Note<'spilled-cell'>) => `The site shows the FY2013 schedule as ${o(n.fy2013)}.`,
  'data.note.dividedProgress': (n: Note<'divided-progress'>) =>
    `No. ${n.itemNo} prints ${n.subitems.map((s) => o(s.name)).join(' and ')} on one row (${L(n.line)}), with one progress text.`,
  'data.resolution.dividedProgress': (n: Note<'divided-progress'>) =>
    `The site divides the progress text between them in order, by the words it shares with their names and schedules: ${n.subitems.map((s) => `${o(s.name)}: ${o(s.progress)}`).join('; ')}.`,
  'data.note.sharedProgress': (n: Note<'shared-progress'>) =>
    `No. ${n.itemNo} prints ${n.names.map(o).join(' and ')} on one row (${L(n.line)}); the progress cannot be divided between them.`,
  'data.resolution.sharedProgress': 'The site shows the whole progress text with each of them, and says so.',
  // The data pages (/data/, its folders, the dictionary and the quality notes).
  'data.planName': (plan: PlanEntry) => `FY${plan.fiscalYear.gregorian} action plan`,
  'data.roadmap': '2013 roadmap',
  'data.roadmapFirst': 'The 2013 roadmap',
  'data.downloads': 'Download the data',
  'data.downloadsDescription': (plans: string[]) =>
    `The data of the ${plans.join(', ')} and the 2013 roadmap as CSV (opens in any spreadsheet) and JSON.`,
  'data.dictionary': 'data dictionary',
  'data.quality': 'Data notes',
  'data.leadBefore': 'Every dataset of this site can be downloaded. What each column means is in the ',
  'data.leadMiddle': '; where the documents disagree with themselves is listed under ',
  'data.leadAfter': '. The files are in Japanese, as the city publishes its documents.',
  'data.zipHeading': 'All the data (ZIP)',
  'data.kilobytes': (kb: number) => ` (${kb.toLocaleString('en-US')} kB)`,
  'data.zipContents':
    'The CSV, JSON and JSON Schema of every dataset, the data dictionary, the code table, and a description in Japanese (README.txt), English (README.en.txt) and easy Japanese (README.easy.txt).',
  'data.version': 'Data version',
  'data.versionNote': ' (computed from the data: it changes only when the data does)',
  'data.created': 'Data date',
  'data.formatHeading': 'File formats',
  'data.formatCsv':
    'CSV files are UTF-8 (with a byte order mark) with CRLF line ends, and open in a spreadsheet as they are. The first row holds the column names, in Japanese; each following row is one record, one value per cell.',
  'data.formatUnits':
    'Amounts are whole numbers in thousands of yen; fiscal years are Gregorian years. An empty cell means no value (not zero).',
  'data.formatIds':
    'So that a spreadsheet does not turn IDs into dates or numbers, the CSV puts their kind in front of them.',
  'data.idProject': 'Project ID: ',
  'data.idProjectJson': ' (c15a479c in the JSON and the URLs); measure: ',
  'data.idMeasureJson': ' (1-1 in the JSON)',
  'data.formatJson':
    'The JSON holds the same data under alphanumeric field names. Lists and full texts with line breaks are in the JSON only; the CSV puts them in a file of their own, one value per row.',
  'data.groupAcross': 'Projects across fiscal years',
  'data.groupDictionary': 'Data dictionary and code table',
  // A group's title may start with its article (The 2013 roadmap), lower case mid-sentence, or have none (FY2024 action plan).
  'data.folderLink': (name: string) => `Files of ${/^The /.test(name) ? name.replace(/^The /, 'the ') : `the ${name}`}`,
  'data.folderLinkNote': ' (with one JSON file per record)',
  'data.perProjectBefore': 'One JSON file per project: ',
  'data.projectIdPlaceholder': 'PROJECT-ID',
  'data.perItemBefore': '; per item of the 2013 roadmap: ',
  'data.itemNoPlaceholder': 'NUMBER',
  'data.perRecordAfter': ' (each page also links its own in the citation box).',
  'data.rulesHeading': "How the files meet the government's machine-readability rules",
  'data.rulesLead':
    "The CSV and JSON files follow each rule of the Japanese government's rules on the machine readability of administrative data (decided on 31 March 2026) as below.",
  'data.rulesInJapanese': '',
  'data.rule': (id: string, rule: string) => RULES[id]?.rule ?? rule,
  'data.ruleHow': (id: string, how: string) => RULES[id]?.how ?? how,
  'data.rulesExcelOnly': (ids: readonly string[]) =>
    `${ids.join(', ')} concern Excel files and do not apply to CSV and JSON.`,
  'data.termsHeading': 'Sources and use',
  'data.termsSources': (sources: string[], roadmap: string, asOf: string) =>
    `The source documents are ${[...sources, `${roadmap} (${asOf}, planning division)`].join(', ').replace(/, ([^,]*)$/, ' and $1')}, published by the City of Kumamoto, which holds the rights to their content.`,
  'data.termsSource': (title: string, published: string, department: string) =>
    `${title}, published in ${published} by ${department}`,
  'data.termsUse':
    "This site's data is read from the documents and given a structure. When you use it, credit “Kumamoto Plan Explorer (unofficial)”, the data file's name and the data date, and name the City of Kumamoto's document as the source.",
  'data.termsConditions': "For the documents themselves, the City of Kumamoto's terms apply.",
  'data.licence':
    "This site's data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0), compatible with Japan's Public Data License 1.0.",
  'data.licenceMore': 'Terms of use and how to credit',
  'data.unofficial': ' (not an official site of the City of Kumamoto)',
  // Dataset lists.
  'data.datasetTitle': (path: string, title: string) => DATASETS[datasetKey(path)]?.title(year(path)) ?? title,
  'data.datasetDescription': (path: string, description: string) =>
    DATASETS[datasetKey(path)]?.description ?? description,
  'data.rowCount': (n: number) => ` (${n.toLocaleString('en-US')} ${n === 1 ? 'row' : 'rows'})`,
  'data.schemaLabel': (path: string) => `JSON Schema of ${path}.json`,
  // A document's folder and its per-record JSON.
  'data.recordKind': (folder: string) => (folder === '2013' ? 'item' : 'project'),
  'data.folderTitle': (name: string) => `Data of the ${name}`,
  'data.folderDescription': (name: string, kind: string) =>
    `The data of the ${name} (CSV, JSON, JSON Schema) and one JSON file per ${kind}.`,
  'data.folderLeadBefore': 'The datasets in this folder. What each column means is in the ',
  'data.folderLeadMiddle': '; a ZIP of all the data is on ',
  'data.folderLeadAfter': '.',
  'data.perRecordHeading': (kind: string) => `One JSON file per ${kind}`,
  'data.perRecordLink': (kind: string, count: number) => `List of the JSON files per ${kind} (${count})`,
  'data.recordsTitle': (name: string, kind: string) => `JSON per ${kind}: ${name}`,
  'data.recordsDescription': (name: string, kind: string, count: number) =>
    `The ${count} JSON files of the ${name}, one per ${kind}.`,
  'data.recordsLead': (kind: string, count: number) =>
    `One JSON file per ${kind} (${count} files). Each ${kind}'s page also links its own in the citation box.`,
  // The data dictionary.
  'data.dictionaryDescription':
    'The columns of every downloadable dataset: name, field name, type, unit, meaning and source, and every code.',
  'data.dictionaryLead':
    'Each CSV column name (in Japanese, as published), its JSON field name (alphanumeric), type and unit, and what it means and where it comes from. Line numbers count the lines of the source document (text version) from 1: where the value was read.',
  'data.dictionaryCsv':
    'CSV files are UTF-8 (with a byte order mark) with CRLF line ends; the first row holds the column names. An empty cell means no value (not zero).',
  'data.dictionaryCodesBefore':
    "A coded column has a column of the codes' Japanese names beside it. Every code and name is in each dataset's list of codes below and in the code table (",
  'data.dictionaryCodesAfter': ').',
  'data.dictionarySelfBefore': 'This dictionary can be downloaded too, as ',
  'data.dictionarySelfAfter': '.',
  'data.datasetsNav': 'Datasets',
  'data.csvColumns': 'CSV columns (left to right)',
  'data.jsonOnly': 'Fields in the JSON only',
  'data.jsonFields': (path: string) =>
    `Fields of ${path}.json (the format other programs read; the field names do not change)`,
  'data.type': (c: ColumnType) =>
    `${c.list ? `list of ${TYPES[c.base] ?? c.base}s` : (TYPES[c.base] ?? c.base)}${c.nullable ? ' (may be empty)' : ''}`,
  'data.unit': (unit: string) => ` (unit: ${UNITS[unit] ?? unit})`,
  'data.columnMeaning': (dataset: string, name: string, meaning: string) =>
    columnMeaning(datasetKey(dataset), name) ?? meaning,
  'data.inJapanese': 'In Japanese: ',
  'data.csvForm': (kind: CsvFormKind) => CSV_FORM[kind],
  'data.codesOf': (title: string) => `Codes of ${title}`,
  // The quality notes.
  'data.qualityDescription':
    'Where the source documents disagree with themselves (spellings, listings, text moved by the conversion from PDF), and how the site handles each case.',
  'data.qualityLead':
    'The inconsistencies found while reading the documents, and how the site handles them. Line numbers are lines of the source documents (text version).',
  'data.qualityFilesBefore': 'Also as ',
  'data.qualityFilesSep': ' and ',
  'data.qualityFilesAfter': ' (in Japanese).',
  'data.sentenceSep': ' ',
  'data.linesOpen': ' (',
  'data.linesClose': ') ',
  'data.lineRef': (n: number) => `line ${n}`,
  'data.lineSep': ', ',
  'data.qualityCount': (name: string, count: number) => `${name} (${count})`,
  'data.projectPage': 'Project page',
  'data.itemPage': (no: number) => `No. ${no}`,
  'data.mergeNote': (title: string, others: string[]) =>
    `${o(title)} is also printed ${others.map(o).join(', ')} (brackets or spaces differ). The site treats them as one project (`,
  'data.mergeNoteAfter': ').',
  'data.qualityTotals': (roadmapItems: number, plans: Array<{ year: string; projects: number }>) =>
    `The 2013 roadmap has ${roadmapItems} items; ${plans.map((p) => `the ${p.year} plan has ${p.projects} projects`).join(', ')}.`,
} satisfies Mirror<typeof ja>;

/** A dataset's path without its plan folder (`fy2024/projects` → `plan/projects`), as DATASETS keys it. */
function datasetKey(path: string): string {
  return path.replace(/^fy\d{4}\//, 'plan/');
}
const year = (path: string) => /^fy(\d{4})\//.exec(path)?.[1] ?? '';

const TYPES: Record<string, string> = { string: 'text', integer: 'integer', number: 'number', boolean: 'true/false' };
// The units the schemas give (src/schemas/open-data.ts), as printed there: 年度, 千円, %, 行目, 件.
const UNITS: Record<string, string> = {
  '\u5e74\u5ea6': 'fiscal year',
  '\u5343\u5186': 'thousand yen',
  '%': '%',
  '\u884c\u76ee': 'line',
  '\u4ef6': 'count',
};

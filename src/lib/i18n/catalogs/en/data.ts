/** The en catalog: data (keys and arguments as in ../ja/data.ts). */
import type { Mirror } from '../types.ts';
import type { Note, data as ja } from '../ja/data.ts';
import type { RelistedField } from '../../../../schemas/roadmap2013.ts';
import { lineRef, original as o } from '../../../format/marked.ts';

const L = (line: number) => lineRef(line, `line ${line}`);
const lines = (ls: number[]) =>
  `${ls.length > 1 ? 'lines' : 'line'} ${ls.map((l) => lineRef(l, String(l))).join(', ')}`;
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
    `The document prints ${o(n.text)} (${lines(n.lines)}). The site's note, in Japanese: ${o(n.note)}`,
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
} satisfies Mirror<typeof ja>;

/**
 * A plan's budget remarks and shares in an edition's words, for pages and chart specs alike (the Japanese original's
 * wording is that of src/lib/format/strings.ts, which its catalog reuses).
 */
import type { Project, Table, Vision } from '../../schemas/action-plan.ts';
import { formatShare, formatThousandYen, formatYenExact } from '../format/format.ts';
import type { Edition } from './editions.ts';
import { translator } from './t.ts';

/** A budget remark's kind in words (budgetNoteLabel on the Japanese site): `全額を令和5年度2月補正予算に計上`. */
export function budgetNote(edition: Edition, kind: string): string {
  const tr = translator(edition);
  const g = Number(/fy(\d{4})/.exec(kind)![1]);
  if (kind.endsWith('-feb-supplementary-full')) return tr('fy2024.noteFebFull', g);
  if (kind.endsWith('-feb-supplementary-partial')) return tr('fy2024.noteFebPartial', g);
  return tr('fy2024.noteSupplementary', g);
}

/** What a previous-year cell printed as a line says, with the meaning of the project's remarks. */
export function noPreviousLabel(edition: Edition, p: Pick<Project, 'notes'>): string {
  const tr = translator(edition);
  return p.notes.length
    ? tr(
        'fy2024.noPreviousWithNotes',
        p.notes.map((n) => budgetNote(edition, n.kind)),
      )
    : tr('fy2024.noPrevious');
}

/** A share of a total in the edition's words (`0.1%未満` is `less than 0.1%` in English). */
export const shareWords = (edition: Edition, part: number, total: number): string =>
  edition === 'en' ? formatShare(part, total).replace('0.1%未満', 'less than 0.1%') : formatShare(part, total);

const exactYen = new Intl.NumberFormat('en-US');

/**
 * An amount's exact figure (a hover title, a chart's data): 千円 as printed, whole yen in English (`¥24,300,000`), and
 * 億・万・円 in やさしい日本語 (`2,430万円`), whose own text keeps 千円 for quotes.
 */
export const exactAmount = (edition: Edition, thousandYen: number): string =>
  edition === 'en'
    ? `¥${exactYen.format(thousandYen * 1000)}`
    : edition === 'easy'
      ? formatYenExact(thousandYen)
      : formatThousandYen(thousandYen);

/**
 * The words a plan's chart needs in an edition: the edition, and its records' titles (content/curated/<edition>.json,
 * read by the page: src/lib/data/plan-words.ts, chartWords; used by src/lib/presentation/charts.ts). The Japanese original by default.
 */
export interface ChartWords {
  edition: Edition;
  project: (p: Pick<Project, 'id' | 'title'>) => string;
  vision: (v: Pick<Vision, 'number' | 'title'>) => string;
  table: (t: Pick<Table, 'id' | 'title'>) => string;
  /**
   * Text drawn inside the SVG as the edition writes it there, before it is measured and wrapped: the やさしい日本語
   * edition's kana (SVG text cannot hold ruby, and the ruby pass would otherwise lengthen a label after it was laid
   * out). As it is by default.
   */
  svgText?: SvgWriting;
}

/** How text is written in a chart's SVG (ChartWords.svgText), and optionally cut into phrases (joined, the text). */
export type SvgWriting = ((text: string) => string) & { phrases?: (text: string) => string[] };

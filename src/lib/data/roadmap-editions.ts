/**
 * The 2013 roadmap's records named in an edition: parts, chapters, categories and items by their curated titles
 * (content/curated/en.json, easy.json), the as-of date in the edition's calendar. On the Japanese site every label is
 * the one the site has always shown (categoryLabel, the printed as-of words).
 */
import type { Category, Item, Part } from '../../schemas/roadmap2013.ts';
import type { LinkKind } from '../../schemas/crosswalk.ts';
import type { Edition } from '../i18n/editions.ts';
import { t } from '../i18n/t.ts';
import { categoryLabel, type Roadmap2013 } from './collections.ts';
import { recordTitle, type Worded } from './editions.ts';

/** A part's title in the edition: `Redesigning Kumamoto`. */
export const partTitle = (edition: Edition, part: Part): Worded => recordTitle(edition, 'part', part.id, part.title);

/** A part with its number: `I. くまもとの再デザインに取り組みます`, `Part I: Redesigning Kumamoto`. */
export const partLabel = (edition: Edition, part: Part): string =>
  t(edition, 'y2013.partLabel', part.id, partTitle(edition, part).text);

/** A category's title in the edition. */
export const categoryTitle = (edition: Edition, c: Category): Worded => recordTitle(edition, 'category', c.id, c.title);

/** A category with its chapter and number, as lists and headings show it: `1.6 Sharing information …`. */
export function categoryLabelIn(edition: Edition, r: Roadmap2013, c: Category): string {
  if (edition === 'ja') return categoryLabel(r, c);
  return t(edition, 'y2013.categoryLabel', c.chapter ?? 0, c.number, categoryTitle(edition, c).text);
}

/** The chapter a category of part I is in, with its number (`Chapter 1: Redesigning the city hall`), or undefined. */
export function chapterLabel(edition: Edition, r: Roadmap2013, c: Category): string | undefined {
  const part = r.parts.find((p) => p.id === c.part)!;
  const chapter = c.chapter ? part.chapters.find((x) => x.number === c.chapter) : undefined;
  if (!chapter) return undefined;
  const title = recordTitle(edition, 'chapter', `${part.id}-${chapter.number}`, chapter.title);
  return t(edition, 'y2013.chapterLabel', chapter.number, title.text);
}

/** An item's title in the edition. */
export const itemTitle = (edition: Edition, item: Item): Worded => recordTitle(edition, 'item', item.no, item.title);

/** The as-of date of the progress report: as printed (平成25年9月末時点) on the Japanese site, else the edition's date. */
export const asOfIn = (edition: Edition, r: Roadmap2013): string =>
  t(edition, 'y2013.asOf', r.roadmap.asOf.text.replace(/[()]/g, ''), r.roadmap.asOf.date);

/** The progress report as its pages' citations name it (Citation.astro's `document` and `documentOriginal`). */
export const roadmapCiteDocument = (
  edition: Edition,
  r: Roadmap2013,
): { document: string; documentOriginal: string | undefined } => ({
  document: t(edition, 'y2013.item.citeDocument', r.roadmap.title, asOfIn(edition, r)),
  documentOriginal: edition === 'ja' ? undefined : r.roadmap.title,
});

/**
 * What a crosswalk link points at, named in the edition: a project's or table's curated title; a measure or vision by
 * its number and curated title (the data words them 「施策2-2 …（ビジョン2）」, 「ビジョン1 …」). Untranslated where
 * the edition has no title for it (then quoted as the original).
 */
export function linkTarget(edition: Edition, link: { kind: LinkKind; id: string; title: string }): Worded {
  if (edition === 'ja') return { text: link.title, translated: false };
  if (link.kind === 'project' || link.kind === 'table') return recordTitle(edition, link.kind, link.id, link.title);
  const measure = link.kind === 'measure' ? /^施策(\S+) (.+)（ビジョン(\d+)）$/.exec(link.title) : null;
  if (measure) {
    const title = recordTitle(edition, 'measure', measure[1]!, measure[2]!);
    if (title.translated)
      return { text: t(edition, 'y2013.cw.measureTarget', measure[1]!, title.text, measure[3]!), translated: true };
  }
  const vision = link.kind === 'vision' ? /^ビジョン(\d+) (.+)$/.exec(link.title) : null;
  if (vision) {
    const title = recordTitle(edition, 'vision', vision[1]!, vision[2]!);
    if (title.translated)
      return { text: t(edition, 'y2013.cw.visionTarget', vision[1]!, title.text), translated: true };
  }
  return { text: link.title, translated: false };
}

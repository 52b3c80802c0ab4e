/**
 * Schemas for the 2013 roadmap progress report (挑戦元年アクションプラン(行程表) 進捗状況, 平成25年9月末時点).
 *
 * One source of types: `scripts/roadmap2013/` validates its output with these schemas before writing JSON under
 * `content/2013/`, and `src/content.config.ts` loads that JSON with the same schemas. Every "line" is a 1-based
 * line number in `content/sources/001_2876ceca144e21ba.txt`.
 */
import { z } from 'zod';
import { AsPrinted, AsPrintedFacts } from './action-plan.ts';

/** A 1-based line number in the 2013 source text. */
export const SourceLine = z.number().int().positive();

/** The roadmap's three parts, by their Roman numeral. */
export const PartId = z.enum(['I', 'II', 'III']);
export type PartId = z.infer<typeof PartId>;

/** Status of a sub-item, read from its progress text by a published rule. */
export const SubitemStatus = z.enum(['done', 'in-progress', 'preparing', 'cancelled', 'unknown']);
export type SubitemStatus = z.infer<typeof SubitemStatus>;

/** Status of an item, derived from its sub-items by a published rule. */
export const ItemStatus = z.enum(['done', 'in-progress', 'preparing', 'partly-cancelled', 'cancelled', 'unknown']);
export type ItemStatus = z.infer<typeof ItemStatus>;

/** A schedule cell (FY2012 or FY2013) as printed and as read. */
export const ScheduleCell = z.object({
  /** The cell as printed (for merged rows: this sub-item's share of it). */
  raw: z.string(),
  /** `text`: a plan of its own; `continues`: starts with ⇒ (carries on the previous year's plan); `none`: — . */
  kind: z.enum(['text', 'continues', 'none']),
  /** The cell's own words without ⇒; null if it has none. */
  text: z.string().nullable(),
  /** What the cell means with ⇒ resolved to the previous year's plan; null where that is not in the document. */
  resolved: z.string().nullable(),
  /**
   * The cell's own words (`text`) for reading, one string per entry: the conversion's spaces read as wraps (joined)
   * or as boundaries between entries (scripts/roadmap2013/reading.ts); empty where the cell has no words of its own.
   */
  entries: z.array(z.string().min(1)),
  /** `resolved` for reading: the previous year's entries, then the cell's own; null where `resolved` is. */
  resolvedEntries: z.array(z.string().min(1)).nullable(),
});
export type ScheduleCell = z.infer<typeof ScheduleCell>;

/** A sub-item (取組) of a numbered item: one row of the table, or one share of a merged row. */
export const Subitem = z.object({
  /**
   * Stable ID: `<item no>-<first 6 hex of SHA-256 of the normalised name>`; under a re-listing entry without a number,
   * `<re-listed item no>-r-<hash>`.
   */
  id: z.string().regex(/^\d+-(r-)?[0-9a-f]{6}$/),
  /** The sub-item's name as printed, without bullet or 【No.NN再掲】 mark. */
  name: z.string().min(1),
  /** The name for reading: a line wrap the conversion made a space is joined (「第4回 熊本…」 → 「第4回熊本…」). */
  nameReading: z.string().min(1),
  /** Line of its row. */
  line: SourceLine,
  /** How the row marks it: `<li>` markup, a ▪ bullet, or nothing. */
  bullet: z.enum(['list-markup', 'square', 'none']),
  /** FY2012 (平成24年度) schedule cell. */
  fy2012: ScheduleCell,
  /** FY2013 (平成25年度) schedule cell. */
  fy2013: ScheduleCell,
  /** The progress text as of 2013-09-30, as printed (the conversion's spaces kept). */
  progress: z.string().min(1),
  /**
   * The progress text for reading, one string per entry or sentence: wraps joined, boundaries dividing entries
   * (「…事業の推進 また、…」 → two entries; scripts/roadmap2013/reading.ts).
   */
  progressEntries: z.array(z.string().min(1)).min(1),
  /** True when the row holds several sub-items and the progress text could not be divided among them. */
  progressShared: z.boolean(),
  /**
   * True when the row's progress text was divided among its sub-items by their shared wording, as its spaces alone
   * do not divide it (see divideProgress in scripts/roadmap2013/parse.ts); false for every other row.
   */
  progressDividedByWording: z.boolean(),
  /** Text that the conversion moved from the FY2013 cell into the progress cell, put back by rule; null if none. */
  spilled: z.string().nullable(),
  /** Status as of 2013-09-30. */
  status: SubitemStatus,
  /** ID of the status rule that decided it (see status-rules.json). */
  statusRule: z.string(),
  /** The words of the progress text the rule matched. */
  statusEvidence: z.array(z.string()),
  /**
   * For each of `statusEvidence`, in the same order: the whole clause of the reading text it stands in, from the
   * previous 、 or 。 (or the start of its entry) to the next (or the end of its entry), for quoting.
   */
  statusQuotes: z.array(z.string().min(1)),
  /** For a 【No.NN再掲】 re-listing: the item it repeats; null for an original sub-item. */
  relistingOf: z.number().int().positive().nullable(),
  /** For a re-listing: the ID of the original sub-item it repeats; null for an original sub-item. */
  relistedSubitemId: z.string().nullable(),
});
export type Subitem = z.infer<typeof Subitem>;

/** A numbered item of the roadmap (1–130 in the 2013 report; its shape file fixes the count). */
export const Item = z.object({
  /** The official number as a string (`"47"`): the natural ID. */
  id: z.string().regex(/^\d+$/),
  /** The official number, 1–130. */
  no: z.number().int().positive(),
  /** Katakana letter within its category (ア, イ …). */
  kana: z.string().length(1),
  /** Title as printed. */
  title: z.string().min(1),
  /** Line of the item's row. */
  line: SourceLine,
  /** Part I, II or III. */
  part: PartId,
  /** Chapter within part I (1 市役所, 2 交通体系, 3 中心市街地); null in parts II and III. */
  chapter: z.number().int().min(1).max(3).nullable(),
  /** ID of its category (see categories). */
  categoryId: z.string(),
  /** Its sub-items in document order, re-listings included (marked by relistingOf). */
  subitems: z.array(Subitem).min(1),
  /** Status as of 2013-09-30, derived from its own sub-items. */
  status: ItemStatus,
  /** ID of the item-status rule that decided it. */
  statusRule: z.string(),
});
export type Item = z.infer<typeof Item>;

/** A kana entry printed without a number: a re-listing of a numbered item inside another category. */
export const Relisting = z.object({
  /** `<part>-<category id>-<kana>`, e.g. `II-11-イ`. */
  id: z.string(),
  /** Katakana letter it takes in its category. */
  kana: z.string().length(1),
  /** Title as printed. */
  title: z.string().min(1),
  /** Line of the entry. */
  line: SourceLine,
  /** The category it is printed in. */
  categoryId: z.string(),
  /** The numbered item it repeats (from its sub-items' 【No.NN再掲】 marks). */
  relistingOf: z.number().int().positive(),
  /** The re-listed sub-items as printed here (not counted again). */
  subitems: z.array(Subitem).min(1),
});
export type Relisting = z.infer<typeof Relisting>;

/** A category (①–⑬), numbered per chapter in part I and per part in parts II and III. */
export const Category = z.object({
  /** `I-1-6` (part I, chapter 1, ⑥), `II-13`, `III-4`. */
  id: z.string().regex(/^(I-[1-3]|II|III)-\d+$/),
  /** The circled number as an integer. */
  number: z.number().int().min(1).max(50),
  /** Title as printed. */
  title: z.string().min(1),
  /** Line of the category row. */
  line: SourceLine,
  /** Its part. */
  part: PartId,
  /** Its chapter in part I, else null. */
  chapter: z.number().int().min(1).max(3).nullable(),
  /** Numbers of its items, in order. */
  itemNos: z.array(z.number().int()),
  /** IDs of re-listing entries printed in it. */
  relistingIds: z.array(z.string()),
});
export type Category = z.infer<typeof Category>;

/** A part (I–III) with its chapters, as in the table of contents. */
export const Part = z.object({
  /** I, II or III. */
  id: PartId,
  /** Title as in the table of contents (spaces removed). */
  title: z.string().min(1),
  /** Page where it starts, from the table of contents. */
  tocPage: z.number().int().positive(),
  /** Line in the table of contents. */
  line: SourceLine,
  /** Chapters (part I only). */
  chapters: z.array(
    z.object({ number: z.number().int(), title: z.string(), tocPage: z.number().int(), line: SourceLine }),
  ),
  /** Titles the page labels print for the part where they differ from the table of contents. */
  otherTitles: z.array(z.object({ text: z.string(), line: SourceLine })),
});
export type Part = z.infer<typeof Part>;

/** One rule of the published status taxonomy. */
export const StatusRule = z.object({
  /** Stable rule ID, stored next to every status. */
  id: z.string(),
  /** Whether it decides a sub-item's or an item's status. */
  scope: z.enum(['subitem', 'item']),
  /** The status it gives; null where it passes on the sub-items' status. */
  status: ItemStatus.nullable(),
  /** The rule in Japanese, for the site. */
  description: z.string().min(1),
});
export type StatusRule = z.infer<typeof StatusRule>;

/** The document itself. */
export const Roadmap = z.object({
  /** Always `roadmap2013`. */
  id: z.literal('roadmap2013'),
  /** Title as printed, joined: 挑戦元年アクションプラン(行程表) 進捗状況. */
  title: z.string(),
  /** The as-of date as printed and as an ISO date. */
  asOf: z.object({ text: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), line: SourceLine }),
  /** Publication month as printed and as YYYY-MM. */
  published: z.object({ text: z.string(), month: z.string().regex(/^\d{4}-\d{2}$/), line: SourceLine }),
  /** The contact block at the end. */
  contact: z.object({
    organisation: z.string(),
    postcode: z.string(),
    address: z.string(),
    tel: z.string(),
    fax: z.string(),
    email: z.string(),
    line: SourceLine,
  }),
  /** Counts: items, sub-items (re-listings not counted), re-listed sub-items. */
  counts: z.object({ items: z.number().int(), subitems: z.number().int(), relistedSubitems: z.number().int() }),
  /**
   * Source file, its line count and the SHA-256 of its text (UTF-8), as listed in content/sources/README.md; the
   * source page (/sources/…/) publishes the text with this hash, and data:check fails when the file changes alone.
   */
  source: z.object({
    file: z.string(),
    lines: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});
export type Roadmap = z.infer<typeof Roadmap>;

/** What every 2013 quality note holds besides what its kind needs (see QualityNote in action-plan.ts). */
const noteBase = {
  /** Stable ID derived from the kind and the lines involved. */
  id: z.string(),
  /** Lines involved. */
  lines: z.array(SourceLine).min(1),
  /** The item concerned, if any. */
  itemNo: z.number().int().nullable(),
};

/** A sub-item's field that a re-listing can print otherwise. */
export const RelistedField = z.enum(['name', 'fy2012', 'fy2013', 'progress']);
export type RelistedField = z.infer<typeof RelistedField>;

/** An inconsistency in the 2013 source and how the site resolves it: a kind and the facts its sentence words. */
export const RoadmapQualityNote = z.discriminatedUnion('kind', [
  // A part title that a page label words otherwise than the table of contents.
  z.object({
    ...noteBase,
    kind: z.literal('part-title-variant'),
    /** The part. */
    part: PartId,
    /** Its title in the table of contents, and that line. */
    title: z.string().min(1),
    tocLine: SourceLine,
    /** The title as printed elsewhere, and that line. */
    printed: z.string().min(1),
    line: SourceLine,
  }),
  // A re-listed sub-item whose name, schedule or progress differs from the sub-item it repeats.
  z.object({
    ...noteBase,
    kind: z.literal('relisting-variant'),
    /** Where it is re-listed: a numbered item, or an unnumbered re-listing (its kana and title). */
    relistedIn: z.union([
      z.object({ no: z.number().int().positive() }),
      z.object({ kana: z.string().min(1), title: z.string().min(1) }),
    ]),
    /** The re-listed sub-item's name and line. */
    name: z.string().min(1),
    line: SourceLine,
    /** The item it repeats and the original sub-item's line. */
    originalNo: z.number().int().positive(),
    originalLine: SourceLine,
    /** Each differing field, as re-listed and as in the original. */
    differences: z.array(z.object({ field: RelistedField, relisted: z.string(), original: z.string() })).min(1),
  }),
  // A cell moved by the PDF conversion: the 平成25年度 schedule's start at the head of the progress text.
  z.object({
    ...noteBase,
    kind: z.literal('spilled-cell'),
    /** The item whose row it is. */
    itemNo: z.number().int().positive(),
    /** The sub-item's name and line. */
    name: z.string().min(1),
    line: SourceLine,
    /** The text that moved. */
    spilled: z.string().min(1),
    /** The 平成25年度 cell as the site shows it. */
    fy2013: z.string().min(1),
  }),
  // A merged row whose one progress text cannot be divided between its sub-items.
  z.object({
    ...noteBase,
    kind: z.literal('shared-progress'),
    /** The item whose row it is. */
    itemNo: z.number().int().positive(),
    /** The sub-items' names. */
    names: z.array(z.string().min(1)).min(2),
    /** The merged row's line. */
    line: SourceLine,
  }),
  // Text shown as printed with a note (content/curated/roadmap2013.json).
  z.object({ ...noteBase, ...AsPrintedFacts }),
  // A merged progress text divided where its wording divides it (No.2).
  z.object({
    ...noteBase,
    kind: z.literal('divided-progress'),
    /** The item whose row it is. */
    itemNo: z.number().int().positive(),
    /** Each sub-item's name and the part of the progress text given to it. */
    subitems: z.array(z.object({ name: z.string().min(1), progress: z.string().min(1) })).min(2),
    /** The merged row's line. */
    line: SourceLine,
  }),
]);
export type RoadmapQualityNote = z.infer<typeof RoadmapQualityNote>;

/** Everything the 2013 parser produces. */
export const Roadmap2013Dataset = z.object({
  roadmap: Roadmap,
  parts: z.array(Part).length(3),
  categories: z.array(Category).min(1),
  items: z.array(Item).min(1),
  relistings: z.array(Relisting),
  statusRules: z.array(StatusRule).min(1),
  qualityNotes: z.array(RoadmapQualityNote),
});
export type Roadmap2013Dataset = z.infer<typeof Roadmap2013Dataset>;

/** The report's shape as read by hand (content/curated/roadmap2013-shape.json): sub-items per item and re-listing. */
export const Roadmap2013Shape = z.object({
  _comment: z.string().optional(),
  /** Sub-items of each numbered item, by item number. */
  subitemsPerItem: z.record(z.string().regex(/^\d+$/), z.number().int().positive()),
  /** Sub-items of each re-listing entry without a number, by its ID. */
  subitemsPerRelisting: z.record(z.string(), z.number().int().positive()),
});
export type Roadmap2013Shape = z.infer<typeof Roadmap2013Shape>;

/** A person's decision on a space in a cell that the reading rule cannot decide (scripts/roadmap2013/reading.ts). */
export const SpaceDecision = z.object({
  /** The item whose sub-item holds the cell (a re-listing takes the number of the item it repeats). */
  item: z.number().int().positive(),
  /** The cell: the sub-item's name, a schedule cell or the progress text. */
  field: z.enum(['name', 'fy2012', 'fy2013', 'progress']),
  /** The words around the space as printed, the space included (「桜の馬場 城彩苑」). */
  text: z.string().regex(/\S \S/, 'the text must hold the space it decides, between two words'),
  /** `join`: a line wrap, joined without a space; `break`: a boundary between entries; `keep`: a space printed so. */
  decision: z.enum(['join', 'break', 'keep']),
  /** Why (English, for maintainers). */
  reason: z.string().min(1),
});
export type SpaceDecision = z.infer<typeof SpaceDecision>;

/** Decisions a person made about the 2013 report's text (content/curated/roadmap2013.json). */
export const Roadmap2013Curated = z.object({
  _comment: z.string().optional(),
  /** Text the report prints in a form a reader may take for a mistake; shown as printed, with a note. */
  asPrinted: z.array(AsPrinted),
  /** Spaces in cells that the reading rule cannot decide (inside 「…」), each decided with its reason. */
  spaces: z.array(SpaceDecision).default([]),
});
export type Roadmap2013Curated = z.infer<typeof Roadmap2013Curated>;

/**
 * Schemas for a yearly action plan (熊本市第8次総合計画 令和N年度アクションプラン), one format for every year.
 *
 * One source of types: `scripts/action-plan/` validates its output with these schemas before writing JSON under
 * `content/<plan>/` (e.g. `content/fy2024/`), and `src/content.config.ts` loads that JSON with the same schemas.
 * Every "line" is a 1-based line number in the plan's source text (`source` in `content/plans.json`). "The plan
 * year" is the fiscal year the plan covers; "the previous year" is the one before it.
 */
import { z } from 'zod';

/** A 1-based line number in the plan's source text. */
export const SourceLine = z.number().int().positive();

/** An amount in thousands of yen (千円), as printed in the source. */
export const ThousandYen = z.number().int().nonnegative();

/** Keys of the sections a project can appear in; also part of the open-data contract. */
export const SectionKey = z
  .string()
  .regex(/^(priority-[1-9]\d*|vision-[1-9]\d*|ward-(chuo|higashi|nishi|minami|kita|common))$/);
export type SectionKey = z.infer<typeof SectionKey>;

/** A line of text quoted from the source with where it stands. */
export const SourceText = z.object({
  /** The text, trimmed, with list markers (`- ✓`, `●`) removed. */
  text: z.string().min(1),
  /** Line it comes from. */
  line: SourceLine,
});
export type SourceText = z.infer<typeof SourceText>;

/**
 * Text a source prints in a form a reader may take for a mistake of this site (an old character form, a kanji in
 * place of a dash, a misspelling): the site shows it as printed and says what it is (content/curated/).
 */
export const AsPrinted = z.object({
  /** The text as printed; every line that holds it gets the note, and at least one must. */
  text: z.string().min(1),
  /** What a reader should know, in Japanese, for the site: e.g. 「乘」は「乗」の旧字体です。 */
  note: z.string().min(1),
  /** Why the reading is right (English, for maintainers). */
  reason: z.string().min(1),
});
export type AsPrinted = z.infer<typeof AsPrinted>;

/** A parenthesised remark under a budget figure, e.g. `(全額R5.2補計上)`. */
export const BudgetNote = z.object({
  /**
   * What the remark means, with the fiscal year it names: the whole amount (`fy2023-feb-supplementary-full`) or
   * part of it (`…-partial`) was already appropriated in that year's February supplementary budget (R5.2補 =
   * 令和5年度2月補正), or the amount includes that year's supplementary funds (`includes-fy2023-supplementary`).
   */
  kind: z.string().regex(/^(fy\d{4}-feb-supplementary-(full|partial)|includes-fy\d{4}-supplementary)$/),
  /** The remark as printed, without parentheses. */
  text: z.string().min(1),
  /** Line of the remark. */
  line: SourceLine,
});
export type BudgetNote = z.infer<typeof BudgetNote>;

/** A ☑ indicator: a label line and the detail lines printed under it. */
export const Indicator = z.object({
  /** The label after ☑, e.g. `支援実施施設の増`. */
  label: z.string().min(1),
  /** Detail lines under the label, e.g. `R5:4施設⇒R6:23全施設`. */
  details: z.array(z.string().min(1)),
  /** Line of the ☑ label. */
  line: SourceLine,
});
export type Indicator = z.infer<typeof Indicator>;

/** The previous year's amount printed in parentheses under a priority project's budget. */
export const PreviousBudget = z.object({
  /** The previous year's budget in 千円, or null where the source prints `(一)` / `(-)` (no budget that year). */
  thousandYen: ThousandYen.nullable(),
  /** The parenthesised text as printed, e.g. `(17,400千円)` or `(一)`. */
  text: z.string().min(1),
  /** Line of the parenthesised figure. */
  line: SourceLine,
});

/** One listing of a project in one section of the document. */
export const Appearance = z.object({
  /** The section it is listed in. */
  section: SectionKey,
  /** The sub-heading it is listed under in a priority section, e.g. `こどものいのちと権利を守る`; null elsewhere. */
  group: z.string().nullable(),
  /** How the listing is laid out: title, description, budget; title, budget, description; or title and budget on one line. */
  layout: z.enum(['title-description-budget', 'title-budget-description', 'title-with-budget']),
  /** The title exactly as printed in this listing. */
  title: z.string().min(1),
  /** Line of the title. */
  titleLine: SourceLine,
  /** The description as printed in this listing. */
  description: z.string().min(1),
  /** Line of the description. */
  descriptionLine: SourceLine,
  /** The plan year's budget in 千円 as printed in this listing. */
  budgetThousandYen: ThousandYen,
  /** Line of the plan year's budget figure. */
  budgetLine: SourceLine,
  /** The previous year's budget as printed in a priority listing; null where the listing prints none (all vision and ward listings). */
  previousBudget: PreviousBudget.nullable(),
  /** Remarks printed with the budget in this listing. */
  notes: z.array(BudgetNote),
});
export type Appearance = z.infer<typeof Appearance>;

/** A funded project (事業). A project listed in several sections is one record with several appearances. */
export const Project = z.object({
  /** Stable ID: the first 8 hex digits of SHA-256 over the normalised canonical title (see README, "Stable IDs"). */
  id: z.string().regex(/^[0-9a-f]{8}$/),
  /** Canonical title: the first listing's title, or the curated choice where listings disagree. */
  title: z.string().min(1),
  /** Other titles this project is printed under, verbatim (differences of 「」 or spacing, or curated). */
  otherTitles: z.array(z.string().min(1)),
  /** Description of the first listing. */
  description: z.string().min(1),
  /** The plan year's budget in 千円; every listing prints the same amount. */
  budgetThousandYen: ThousandYen,
  /** The previous year's budget in 千円 from the priority listing; null where none is printed or it is `(一)`/`(-)`. */
  previousBudgetThousandYen: ThousandYen.nullable(),
  /** Remarks on the budget from all listings, deduplicated by kind. */
  notes: z.array(BudgetNote),
  /** ☑ indicators printed with the project. */
  indicators: z.array(Indicator),
  /** ※ footnotes explaining a term marked with ※ in the title, description or an indicator. */
  footnotes: z.array(SourceText),
  /** Sections the project is listed in, in document order. */
  sections: z.array(SectionKey).min(1),
  /** Every listing, in document order. */
  appearances: z.array(Appearance).min(1),
  /** IDs of tables printed with this project. */
  tableIds: z.array(z.string()),
  /** Lines of every budget figure of this project (the plan year's in each listing, and the previous year's where printed), ascending. */
  sourceLines: z.array(SourceLine).min(1),
});
export type Project = z.infer<typeof Project>;

/** A priority (重点事項). */
export const Priority = z.object({
  /** `priority-` and its number, e.g. `priority-1`. */
  id: z.string().regex(/^priority-[1-9]\d*$/),
  /** The number after 重点事項. */
  number: z.number().int().min(1),
  /** Title from the heading `重点事項N title`. */
  title: z.string().min(1),
  /** Line of that heading. */
  titleLine: SourceLine,
  /** Lead paragraph under the heading. */
  lead: SourceText,
  /** Bullets under 本市を取り巻く状況 (the situation). */
  situation: z.array(SourceText).min(1),
  /** Bullets under これまでのアクション (actions so far). */
  pastActions: z.array(SourceText).min(1),
  /** Sub-headings `<…>` under 令和N年度の主なアクション (the plan year's main actions), each with its projects in order. */
  groups: z
    .array(z.object({ title: z.string().min(1), line: SourceLine, projectIds: z.array(z.string()).min(1) }))
    .min(1),
  /** All projects of the priority, in document order. */
  projectIds: z.array(z.string()).min(1),
  /** Sum of the plan year's budgets of its projects, in 千円. */
  totalThousandYen: ThousandYen,
  /** Sum of the previous year's budgets printed for its projects, in 千円 (projects printed as `(一)` count as none). */
  previousTotalThousandYen: ThousandYen,
});
export type Priority = z.infer<typeof Priority>;

/** A measure (施策) of a vision, e.g. `1-1`. */
export const Measure = z.object({
  /** The measure's number as printed, e.g. `1-1`. */
  id: z.string().regex(/^[1-9]\d*-\d+$/),
  /** Title of the measure. */
  title: z.string().min(1),
  /** The one-sentence summary printed beside it. */
  summary: z.string().min(1),
  /** Line of the measure. */
  line: SourceLine,
});
export type Measure = z.infer<typeof Measure>;

/** A vision (ビジョン) of the 8th comprehensive plan. */
export const Vision = z.object({
  /** `vision-` and its number, e.g. `vision-1`. */
  id: z.string().regex(/^vision-[1-9]\d*$/),
  /** The vision's number. */
  number: z.number().int().min(1),
  /** Title from the table of contents. */
  title: z.string().min(1),
  /** Line of the title in the table of contents. */
  titleLine: SourceLine,
  /** Page number printed in the table of contents. */
  tocPage: z.number().int().positive(),
  /** Paragraphs under ◆ ビジョンNがめざす姿と取組の方向性 (what the vision aims at). */
  aims: z.array(SourceText).min(1),
  /** Measures under ◆ ビジョンを実現するための施策. */
  measures: z.array(Measure).min(1),
  /** Visions named under (関連するビジョン), with the title as printed there; empty where the source prints none. */
  relatedVisions: z.array(z.object({ number: z.number().int().min(1), titleAsPrinted: z.string(), line: SourceLine })),
  /** Projects listed in the vision, in document order. */
  projectIds: z.array(z.string()).min(1),
  /** Tables printed in the vision's pages that belong to no single project. */
  tableIds: z.array(z.string()),
  /** Sum of the plan year's budgets of its projects, in 千円. */
  totalThousandYen: ThousandYen,
});
export type Vision = z.infer<typeof Vision>;

/** A ward (区) of Kumamoto, or the projects common to all five. */
export const Ward = z.object({
  /** `chuo`, `higashi`, `nishi`, `minami`, `kita` or `common`. */
  id: z.enum(['chuo', 'higashi', 'nishi', 'minami', 'kita', 'common']),
  /** Section key used in project appearances, e.g. `ward-chuo`. */
  section: SectionKey,
  /** Name as printed: 中央区, 東区, 西区, 南区, 北区 or 5区共通. */
  name: z.string().min(1),
  /** The ward's slogan (the heading of its box), null for 5区共通. */
  slogan: SourceText.nullable(),
  /** The ward's vision paragraph, null for 5区共通. */
  vision: SourceText.nullable(),
  /** Line of the label that heads its projects. */
  labelLine: SourceLine,
  /** Projects of the ward in document order. */
  projectIds: z.array(z.string()).min(1),
  /** Sum of the plan year's budgets of its projects, in 千円. */
  totalThousandYen: ThousandYen,
  /** The budget frame printed for it (各区19百万円, 共通5百万円), in 千円. */
  frameThousandYen: ThousandYen,
});
export type Ward = z.infer<typeof Ward>;

/** A small table printed in the document, as rows of cells. */
export const Table = z.object({
  /** Curated stable ID, e.g. `school-staffing`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** A readable title (curated where the printed caption is an image label). */
  title: z.string().min(1),
  /** The caption line printed above the table. */
  caption: SourceText,
  /** Unit printed with the table, e.g. `円`; null if none. */
  unit: z.string().nullable(),
  /** Header cells, as printed (an empty string for an empty cell). */
  header: z.array(z.string()),
  /** Body rows: cells as printed with markup removed (list items become lines), and where each row stands. */
  rows: z.array(z.object({ cells: z.array(z.string()), line: SourceLine })).min(1),
  /** What the table belongs to. */
  attachedTo: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('project'), id: z.string() }),
    z.object({ kind: z.literal('vision'), id: z.string() }),
  ]),
});
export type Table = z.infer<typeof Table>;

/** A 千円 figure found in the document and what it is. */
export const Figure = z.object({
  /** `L<line>C<column>`: where the figure stands. */
  id: z.string().regex(/^L\d+C\d+$/),
  /** Line of the figure. */
  line: SourceLine,
  /** 1-based column (in characters) where the figure starts. */
  column: z.number().int().positive(),
  /** The figure as printed, e.g. `24,300千円`. */
  text: z.string(),
  /** Its value in 千円. */
  thousandYen: ThousandYen,
  /** A project's budget for the plan year, its previous-year budget, or another figure classified in the curated file. */
  kind: z.enum(['budget', 'previous-budget', 'other']),
  /** The project it belongs to (budget kinds), or null. */
  projectId: z.string().nullable(),
  /** Why an `other` figure is not a budget, in Japanese (the curated file's `reasonJa`); null for budgets. */
  reason: z.string().nullable(),
});
export type Figure = z.infer<typeof Figure>;

/**
 * What every quality note holds besides what its kind needs: the parser stores a code and the facts the sentence
 * needs (lines, quoted texts, counts), and each edition words the sentence itself (src/lib/i18n/notes.ts).
 */
const noteBase = {
  /** Stable ID derived from the kind and the lines involved. */
  id: z.string(),
  /** Lines involved. */
  lines: z.array(SourceLine).min(1),
  /** The project concerned, if any. */
  projectId: z.string().nullable(),
};

/** Text a curated file says is shown as printed (`asPrinted`), with the curated note, in Japanese, as written. */
export const AsPrintedFacts = {
  kind: z.literal('as-printed'),
  /** The text as printed. */
  text: z.string().min(1),
  /** What it is, in the curated file's Japanese (`note`). */
  note: z.string().min(1),
};

/** An inconsistency in the source and how the site resolves it: a kind and the facts its sentence words. */
export const QualityNote = z.discriminatedUnion('kind', [
  // One project printed under different titles with the same budget and description (curated sameProject).
  z.object({
    ...noteBase,
    kind: z.literal('title-variant'),
    /** Each listing's title as printed and its line. */
    titles: z.array(z.object({ text: z.string().min(1), line: SourceLine })).min(2),
    /** The title the site uses. */
    title: z.string().min(1),
  }),
  // A listing whose description differs from the first listing's.
  z.object({
    ...noteBase,
    kind: z.literal('description-variant'),
    /** The project's title. */
    title: z.string().min(1),
    /** Line of the first listing's description (the one shown). */
    firstLine: SourceLine,
    /** Line of the differing description. */
    line: SourceLine,
  }),
  // A budget remark printed with some of a project's listings only.
  z.object({
    ...noteBase,
    kind: z.literal('note-variant'),
    /** The project's title. */
    title: z.string().min(1),
    /** The remark, its kind and line. */
    budgetNote: BudgetNote,
    /** Budget lines of the listings without it. */
    withoutLines: z.array(SourceLine).min(1),
  }),
  // A related vision whose title is printed otherwise than in the table of contents.
  z.object({
    ...noteBase,
    kind: z.literal('related-vision-title'),
    /** The vision whose related visions print the title. */
    vision: z.number().int().positive(),
    /** The related vision's number. */
    related: z.number().int().positive(),
    /** Its title as printed there. */
    printed: z.string().min(1),
    /** Its title in the table of contents. */
    contents: z.string().min(1),
  }),
  // A previous-year budget printed (一): the kanji for one in place of a dash.
  z.object({
    ...noteBase,
    kind: z.literal('kanji-dash'),
    /** The project's title. */
    title: z.string().min(1),
    /** Line of the previous-year budget. */
    line: SourceLine,
  }),
  // Text shown as printed with a note (curated `asPrinted`).
  z.object({ ...noteBase, ...AsPrintedFacts }),
]);
export type QualityNote = z.infer<typeof QualityNote>;

/** The plan document itself. */
export const Plan = z.object({
  /** The plan's ID in the registry (content/plans.json), e.g. `fy2024`. */
  id: z.string().regex(/^fy\d{4}$/),
  /** Title as printed, e.g. 熊本市第8次総合計画 令和6年度アクションプラン(案). */
  title: z.string().min(1),
  /** True when the title carries (案): the document is a draft. */
  draft: z.boolean(),
  /** Fiscal year covered: 令和 era year and Gregorian year. */
  fiscalYear: z.object({ reiwa: z.number().int().positive(), gregorian: z.number().int() }),
  /** Publication month as printed (令和6年(2024年)6月) and as YYYY-MM. */
  published: z.object({ text: z.string(), month: z.string().regex(/^\d{4}-\d{2}$/), line: SourceLine }),
  /** The slogan printed on the cover. */
  slogan: SourceText,
  /** Bullets under アクションプランについて. */
  about: z.array(SourceText).min(1),
  /** The PDCA management-cycle section: its heading, numbered points and the paragraph under the cycle diagram. */
  pdca: z.object({ heading: SourceText, points: z.array(SourceText).min(1), cycle: SourceText }),
  /** Paragraphs of the opening 本市を取り巻く状況 (context) section. */
  context: z.array(SourceText).min(1),
  /** Paragraphs introducing the priorities. */
  priorityIntro: z.array(SourceText).min(1),
  /** Paragraph introducing the visions. */
  visionIntro: SourceText,
  /** The three cross-cutting viewpoints (横断的な視点). */
  crossCuttingViewpoints: z.object({ intro: SourceText, items: z.array(z.string()).length(3), line: SourceLine }),
  /** The ward section's introduction: its aim and the four support policies. */
  wards: z.object({
    aim: SourceText,
    policies: z.array(z.string()).length(4),
    policiesLine: SourceLine,
    /** The budget frame for ward projects: per ward, common, and total, in 千円, as printed in 百万円/億円. */
    frame: z.object({
      perWardThousandYen: ThousandYen,
      commonThousandYen: ThousandYen,
      totalThousandYen: ThousandYen,
      line: SourceLine,
    }),
  }),
  /** The publisher's contact block at the end. */
  contact: z.object({
    organisation: z.string(),
    department: z.string(),
    tel: z.string(),
    fax: z.string(),
    email: z.string(),
    line: SourceLine,
  }),
  /** Totals over the projects listed in the plan. */
  totals: z.object({
    /** Number of distinct projects. */
    projects: z.number().int().positive(),
    /** Number of listings (a project listed twice counts twice). */
    appearances: z.number().int().positive(),
    /** Sum of the plan year's budgets over distinct projects, in 千円: each project counted once. */
    thousandYen: ThousandYen,
  }),
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
export type Plan = z.infer<typeof Plan>;

/** Everything the action-plan parser produces for one plan. */
export const ActionPlanDataset = z.object({
  plan: Plan,
  priorities: z.array(Priority).min(1),
  visions: z.array(Vision).min(1),
  wards: z.array(Ward).length(6),
  projects: z.array(Project).min(1),
  tables: z.array(Table),
  figures: z.array(Figure).min(1),
  qualityNotes: z.array(QualityNote),
  /** Lines of the vision and ward pages that belong to no record: image labels, captions and page tags. */
  captions: z.array(SourceText),
});
export type ActionPlanDataset = z.infer<typeof ActionPlanDataset>;

/** Decisions a person made about a plan's source, kept in its curated file (e.g. `content/curated/fy2024.json`), each with its reason. */
export const ActionPlanCurated = z.object({
  /** Listings printed under titles that differ by more than 「」 or spacing but are one project. */
  sameProject: z.array(
    z.object({
      /** The titles as printed. */
      titles: z.array(z.string().min(1)).min(2),
      /** Which of them the site uses. */
      canonicalTitle: z.string().min(1),
      /** Why they are one project (English, for maintainers). */
      reason: z.string().min(1),
    }),
  ),
  /** 千円 figures that are not a project budget, found by the text of their line. */
  otherFigures: z.array(
    z.object({
      /** The figure as printed, e.g. `9,700千円`. */
      figure: z.string().regex(/^[\d,]+千円$/),
      /** The whole line it stands in, verbatim (trimmed). */
      lineText: z.string().min(1),
      /** What the figure is and why it is not a budget (English, for maintainers). */
      reason: z.string().min(1),
      /** The same in Japanese, for readers: published as the figure's reason in the open data. */
      reasonJa: z.string().min(1),
    }),
  ),
  /** Tables printed in the vision pages: which caption heads them and what they belong to. */
  tables: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** The caption line printed above the table, verbatim. */
      caption: z.string().min(1),
      /** A readable title for the site. */
      title: z.string().min(1),
      /** The project title (normalised match) or vision number it belongs to. */
      attachTo: z.union([z.object({ project: z.string().min(1) }), z.object({ vision: z.number().int().min(1) })]),
      /** Why it belongs there (English). */
      reason: z.string().min(1),
    }),
  ),
  /** Text the document prints in a form a reader may take for a mistake; shown as printed, with a note. */
  asPrinted: z.array(AsPrinted).default([]),
  /**
   * Projects of an earlier plan that this plan prints under a new title: one project across the two years. Equal
   * normalised titles link by themselves; only a real change of title needs an entry. Absent means none.
   */
  renames: z
    .array(
      z.object({
        /** The earlier plan's ID, e.g. `fy2024`. */
        fromPlan: z.string().regex(/^fy\d{4}$/),
        /** The title as printed in the earlier plan (normalised match). */
        from: z.string().min(1),
        /** The title as printed in this plan (normalised match). */
        to: z.string().min(1),
        /** Why they are one project (English, for maintainers). */
        reason: z.string().min(1),
      }),
    )
    .default([]),
});
export type ActionPlanCurated = z.infer<typeof ActionPlanCurated>;

/** How a project of one plan continues in the next plan of the registry. */
export const ProjectLink = z.object({
  /** The earlier plan and the project's ID there. */
  from: z.object({ plan: z.string().regex(/^fy\d{4}$/), id: z.string().regex(/^[0-9a-f]{8}$/) }),
  /** The next plan and the project's ID there. */
  to: z.object({ plan: z.string().regex(/^fy\d{4}$/), id: z.string().regex(/^[0-9a-f]{8}$/) }),
  /** `same-title`: equal normalised titles; `renamed`: a curated rename in the later plan's curated file. */
  by: z.enum(['same-title', 'renamed']),
  /** For a rename, the reason given in the curated file; null for `same-title`. */
  reason: z.string().nullable(),
});
export type ProjectLink = z.infer<typeof ProjectLink>;

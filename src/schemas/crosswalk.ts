/**
 * The crosswalk from the 2013 roadmap to one action plan (the registry's `crosswalk2013`, today FY2024): for each
 * 2013 item, the plan's projects, tables, measures (施策) or visions that continue it (successor, 後継) or are
 * related to it (related, 関連), decided by a person (content/curated/crosswalk-2013-2024.json) and checked by the
 * data build (scripts/crosswalk/build.ts).
 */
import { z } from 'zod';

/**
 * How strong a link is. `successor` (後継): the plan's project or table continues the same programme, same object and
 * same purpose. `related` (関連): same policy area, broader or narrower, or one part of it. A measure or a vision is a
 * policy heading, never a programme, so it is only ever `related` (checked by the build).
 */
export const Strength = z.enum(['successor', 'related']);
export type Strength = z.infer<typeof Strength>;

/** What a link points at in the linked plan: exactly one of these keys (the curated file's form). */
const targetKeys = {
  /** A project of the linked plan, by its title as printed (normalised match). */
  project: z.string().min(1).optional(),
  /** A table of the linked plan, by its ID in content/<plan>/tables.json, e.g. `school-staffing`. */
  table: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  /** A measure of the linked plan, by its number, e.g. `2-2`. */
  measure: z
    .string()
    .regex(/^[1-8]-\d$/)
    .optional(),
  /** A vision of the linked plan, by its number. */
  vision: z.number().int().min(1).max(8).optional(),
};
const oneTarget = (t: {
  project?: string | undefined;
  table?: string | undefined;
  measure?: string | undefined;
  vision?: number | undefined;
}) => [t.project, t.table, t.measure, t.vision].filter((x) => x !== undefined).length === 1;
const ONE_TARGET = { message: 'a link names exactly one of project, table, measure or vision' };

/** One link of a 2013 item as written by hand. */
export const CuratedLink = z
  .object({
    ...targetKeys,
    /** successor (後継) or related (関連). */
    strength: Strength,
    /** The 2013 sub-item (its name as printed) the link continues, when it is about one sub-item only. */
    subitem: z.string().min(1).optional(),
    /** For the reader, in Japanese: what continues (successor) or how the two are related (related). */
    note: z.string().min(1),
    /**
     * Wording that occurs in both the 2013 item and the target (checked by the build): evidence, never the reason. One
     * character is allowed because the reason is the note: 緑 is all 市電緑のじゅうたん and 緑あふれる景観形成 share.
     */
    shared: z.string().min(1),
  })
  .refine(oneTarget, ONE_TARGET);
export type CuratedLink = z.infer<typeof CuratedLink>;

/** A link considered and not made, with the reason (Japanese). */
export const CuratedRejection = z
  .object({ ...targetKeys, /** Why the link is not made. */ reason: z.string().min(1) })
  .refine(oneTarget, ONE_TARGET);
export type CuratedRejection = z.infer<typeof CuratedRejection>;

/** Why an item is not linked to a measure its sibling items (same 2013 category) are linked to. */
export const CuratedException = z.object({
  /** The measure, e.g. `2-2`. */
  measure: z.string().regex(/^[1-8]-\d$/),
  /** Why not (Japanese). */
  reason: z.string().min(1),
});
export type CuratedException = z.infer<typeof CuratedException>;

/** The curated file as written by hand. */
export const CrosswalkCurated = z.object({
  _comment: z.string().optional(),
  items: z.array(
    z.object({
      /** The 2013 item's number. */
      no: z.number().int().positive(),
      /** Its links to the linked plan; empty means the plan lists nothing that continues it. */
      links: z.array(CuratedLink),
      /** Links considered and not made. */
      rejected: z.array(CuratedRejection).optional(),
      /** Measures its sibling items are linked to and it is not, each with the reason. */
      exceptions: z.array(CuratedException).optional(),
    }),
  ),
});
export type CrosswalkCurated = z.infer<typeof CrosswalkCurated>;

/** The kinds of record a link can point at. */
export const LinkKind = z.enum(['project', 'table', 'measure', 'vision']);
export type LinkKind = z.infer<typeof LinkKind>;

/** A resolved target in the linked plan. */
const ResolvedTarget = {
  /** What kind of record of the linked plan it is. */
  kind: LinkKind,
  /** Its ID: project ID, table ID, measure number (`2-2`) or `vision-N`. */
  id: z.string(),
  /** Its title, with the vision for a measure. */
  title: z.string(),
  /** Site path of its page: a measure's is its vision's, a table's that of the project or vision it belongs to, with the table's anchor. */
  url: z.string(),
};

/** One link of a 2013 item. */
export const CrosswalkLink = z.object({
  ...ResolvedTarget,
  /** successor (後継) or related (関連). */
  strength: Strength,
  /**
   * The 2013 sub-item the link is about (its ID and its name in the reading form, as its item page shows it), or null
   * when the link is about the whole item.
   */
  subitem: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** What continues (successor) or how the two are related (related), in Japanese. */
  note: z.string(),
  /** Wording both texts share: shown as evidence, never as the reason. */
  shared: z.string(),
});
export type CrosswalkLink = z.infer<typeof CrosswalkLink>;

/** Whether the linked plan continues a 2013 item: a successor, related links only, or nothing. */
export const CrosswalkStatus = z.enum(['successor', 'related', 'none']);
export type CrosswalkStatus = z.infer<typeof CrosswalkStatus>;

/** A 2013 item with what continues it in the linked plan. */
export const CrosswalkEntry = z.object({
  /** The 2013 item number as a string. */
  id: z.string().regex(/^\d+$/),
  /** The 2013 item number. */
  no: z.number().int().positive(),
  /** `successor` when a link is a successor, `related` when all its links are related, `none` when it has none. */
  status: CrosswalkStatus,
  /** The links, in the curated order. */
  links: z.array(CrosswalkLink),
  /** Links considered and not made, with the reason. */
  rejected: z.array(z.object({ ...ResolvedTarget, reason: z.string() })),
  /** Measures its sibling items are linked to and it is not, with the reason. */
  exceptions: z.array(z.object({ measure: z.string(), title: z.string(), reason: z.string() })),
});
export type CrosswalkEntry = z.infer<typeof CrosswalkEntry>;

/**
 * The crosswalk from the 2013 roadmap to one action plan (the registry's `crosswalk2013`, today FY2024): for each
 * 2013 item, the plan's projects, measures (施策) or visions that continue it,
 * decided by a person (content/curated/crosswalk-2013-2024.json) and checked by the data build.
 */
import { z } from 'zod';

/** The curated file as written by hand. */
export const CrosswalkCurated = z.object({
  _comment: z.string().optional(),
  items: z.array(
    z.object({
      /** The 2013 item's number. */
      no: z.number().int().positive(),
      /** What continues it; empty means no successor is listed in the linked plan. */
      successors: z.array(
        z
          .object({
            /** A project of the linked plan, by its title as printed (normalised match). */
            project: z.string().optional(),
            /** A measure of the linked plan, by its number, e.g. `2-2`. */
            measure: z
              .string()
              .regex(/^[1-8]-\d$/)
              .optional(),
            /** A vision of the linked plan, by its number. */
            vision: z.number().int().min(1).max(8).optional(),
            /** Wording that occurs in both the 2013 item and the successor (checked by the build). */
            shared: z.string().min(2),
            /** Context for the reader, in Japanese. */
            note: z.string().optional(),
          })
          .refine((s) => [s.project, s.measure, s.vision].filter((x) => x !== undefined).length === 1, {
            message: 'a successor names exactly one of project, measure or vision',
          }),
      ),
    }),
  ),
});
export type CrosswalkCurated = z.infer<typeof CrosswalkCurated>;

/** One successor of a 2013 item. */
export const Successor = z.object({
  /** What kind of record of the linked plan continues the item. */
  kind: z.enum(['project', 'measure', 'vision']),
  /** Its ID: project ID, measure number (`2-2`) or `vision-N`. */
  id: z.string(),
  /** Its title, with the vision for a measure. */
  title: z.string(),
  /** Site path of its page (a measure's is its vision's). */
  url: z.string(),
  /** The wording both texts share, quoted as the reason for the link. */
  shared: z.string(),
  /** Further context, or null. */
  note: z.string().nullable(),
});
export type Successor = z.infer<typeof Successor>;

/** A 2013 item with what continues it in the linked plan. */
export const CrosswalkEntry = z.object({
  /** The 2013 item number as a string. */
  id: z.string().regex(/^\d+$/),
  /** The 2013 item number. */
  no: z.number().int().positive(),
  /** `linked` when the linked plan lists a successor, `none` (後継事業の掲載なし) when it does not. */
  status: z.enum(['linked', 'none']),
  /** The successors, in the curated order. */
  successors: z.array(Successor),
});
export type CrosswalkEntry = z.infer<typeof CrosswalkEntry>;

/**
 * The registry of action-plan documents (`content/plans.json`): one entry per yearly アクションプラン. Everything
 * that differs between years — routes, collections, open data, search filters, charts' year labels and the dataset
 * version — is read from here, so adding a year is a new entry, its source and its curated file.
 */
import { z } from 'zod';

export const PlanEntry = z.object({
  /** The plan's ID and the first segment of its URLs: `fy` and the Gregorian fiscal year, e.g. `fy2024`. */
  id: z.string().regex(/^fy\d{4}$/),
  /** The fiscal year the plan covers, in 西暦 and 和暦; the parser checks it against the document's title. */
  fiscalYear: z.object({
    gregorian: z.number().int().min(2019),
    era: z.literal('令和'),
    eraYear: z.number().int().positive(),
  }),
  /** The source text, relative to the repository root. */
  source: z.string().regex(/\.txt$/),
  /** The decisions a person made about this document (same shape for every year), relative to the root. */
  curated: z.string().regex(/\.json$/),
  /** Month of publication as printed on the cover, `YYYY-MM`; checked against the document. */
  published: z.string().regex(/^\d{4}-\d{2}$/),
  /** True when the document is a draft (its title carries (案)); checked against the document. */
  draft: z.boolean(),
  /**
   * The curated links from the 2013 roadmap's promises to this plan's records, if this is the plan they were read
   * against (e.g. `content/curated/crosswalk-2013-2024.json`). At most one plan has them.
   */
  crosswalk2013: z
    .string()
    .regex(/\.json$/)
    .optional(),
});
export type PlanEntry = z.infer<typeof PlanEntry>;

/** The whole registry: at least one plan, IDs and fiscal years unique, consistent and in ascending year order. */
export const PlanRegistry = z
  .array(PlanEntry)
  .min(1)
  .superRefine((plans, ctx) => {
    plans.forEach((p, i) => {
      if (p.id !== `fy${p.fiscalYear.gregorian}`)
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `expected fy${p.fiscalYear.gregorian} for ${p.id}` });
      if (p.fiscalYear.gregorian - 2018 !== p.fiscalYear.eraYear)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'fiscalYear'],
          message: `令和${p.fiscalYear.eraYear}年度 is ${2018 + p.fiscalYear.eraYear}, not ${p.fiscalYear.gregorian}`,
        });
      if (p.crosswalk2013 && plans.findIndex((q) => q.crosswalk2013) !== i)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'crosswalk2013'],
          message: 'only one plan can hold the 2013 crosswalk',
        });
      const before = plans[i - 1];
      if (before && before.fiscalYear.gregorian >= p.fiscalYear.gregorian)
        ctx.addIssue({ code: 'custom', path: [i], message: 'plans must be listed once each, oldest first' });
    });
  });

/**
 * The dated list of data updates (`content/updates.json`), newest first: one entry per released data version, written
 * by a person when the data changes. It gives the pages their data date (src/lib/files/datasets/version.ts) and
 * /about/ its 「データの更新履歴」, so a rebuild of the same data on another day shows the same date.
 */
import { z } from 'zod';

const words = z.string().trim().min(1, 'say in a sentence what changed');

export const DataUpdate = z
  .object({
    /** The day this data version was released, `YYYY-MM-DD`: the data date every page built from it shows. */
    date: z.iso.date(),
    /**
     * The data version: the first 12 hex digits of the hash datasetVersion() computes over content/ (without this
     * file); `npm run data` prints it.
     */
    version: z.string().regex(/^[0-9a-f]{12}$/, 'the data version is 12 hex digits, as `npm run data` prints it'),
    /** What changed in the data, for readers, in each edition's words (ja, やさしい日本語, English). */
    changes: z.object({ ja: words, easy: words, en: words }).strict(),
  })
  .strict();
export type DataUpdate = z.infer<typeof DataUpdate>;

export const DataUpdates = z
  .array(DataUpdate)
  .min(1)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      if (seen.has(entry.version))
        ctx.addIssue({ code: 'custom', path: [i, 'version'], message: `version ${entry.version} is listed twice` });
      seen.add(entry.version);
      const newer = list[i - 1];
      if (newer && newer.date < entry.date)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'date'],
          message: `${entry.date} comes after ${newer.date}: list the updates newest first`,
        });
    });
  });

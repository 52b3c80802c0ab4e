/**
 * What a downloadable dataset is: its path, what it holds, its row schema and its rows. The dataset modules build
 * them (action-plan.ts, roadmap2013.ts, cross-document.ts, dictionary.ts), datasets.ts lists them in order, and
 * columns.ts turns a schema into the CSV's columns and the dictionary's.
 */
import type { z } from 'zod';

export type Row = Record<string, unknown>;

export interface Dataset {
  /** Path without extension under /data/, e.g. `fy2024/projects`. */
  path: string;
  title: string;
  description: string;
  /** The row schema: JSON rows, CSV columns (and their CSV forms) and data dictionary. */
  schema: z.ZodObject;
  /** One flat record per row. */
  rows: Row[];
  /** The JSON file's content when it differs from the rows (the published contracts); else the rows. */
  json?: unknown[];
  /** Schema of that JSON when it differs from the row schema. */
  jsonSchema?: z.ZodType;
  /**
   * The whole code table of an enumerated column (code → label), so the dictionary lists every code, those no row
   * uses today too; other coded columns list the codes their rows use.
   */
  codes?: Record<string, Readonly<Record<string, string>>>;
}

/** Rows checked against their schema, as the schema outputs them (its columns, in its order). */
export const parse = <S extends z.ZodObject>(schema: S, rows: unknown[]): Row[] =>
  rows.map((row) => schema.parse(row) as Row);

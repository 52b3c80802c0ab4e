/**
 * A dataset's columns, read from its row schema and the metadata each column declares there (col() in
 * src/schemas/open-data.ts): the CSV's columns, in order and in their CSV form, the data dictionary's description of
 * each, the code table of each coded column and the JSON Schema. Nothing here names a column: a column declared in a
 * schema is in every one of them.
 */
import { z } from 'zod';
import { columnInfo } from '../../../schemas/open-data.ts';
import type { ColumnInfo, CsvFormKind } from '../../../schemas/open-data.ts';
import { toCsv } from '../csv.ts';
import type { CsvColumn } from '../csv.ts';
import type { Dataset } from './dataset.ts';

/** A column of a row schema as the dictionary shows it. */
export interface ColumnDoc {
  name: string;
  title: string;
  type: string;
  /** The type as codes, for the editions that word it themselves: the JSON type (of a list's items), list, nullable. */
  typeCode: { base: string; list: boolean; nullable: boolean };
  unit?: string | undefined;
  meaning: string;
  inCsv: boolean;
  csvForm?: string | undefined;
  /** Which CSV form `csvForm` explains, for the editions that word it themselves. */
  csvFormKind?: CsvFormKind | undefined;
  label?: string | undefined;
}

const TYPE_NAMES: Record<string, string> = {
  integer: '整数',
  number: '数値',
  string: '文字列',
  boolean: '真偽値',
};

/** Columns of a row schema with their Japanese name, type and meaning, for the data dictionary. */
export function columnsOf(schema: z.ZodObject): ColumnDoc[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const info = columnInfo.get(field as z.ZodType) as ColumnInfo | undefined;
    if (!info)
      throw new Error(`column ${name} has no Japanese name and meaning (see col() in src/schemas/open-data.ts)`);
    type Variant = { type?: string; items?: { type?: string } };
    const json = z.toJSONSchema(field as z.ZodType) as Omit<Variant, 'type'> & {
      type?: string | string[];
      anyOf?: Variant[];
    };
    // A nullable column is `anyOf: [T, null]` or `type: [T, "null"]`, by zod's choice.
    const variants: Variant[] =
      json.anyOf ??
      (Array.isArray(json.type)
        ? json.type.map((type) => ({ type, ...(json.items ? { items: json.items } : {}) }))
        : [{ type: json.type ?? 'string', ...(json.items ? { items: json.items } : {}) }]);
    const types = variants.map((v) => v.type ?? 'string');
    const base = variants
      .filter((v) => v.type !== 'null')
      .map((v) =>
        v.type === 'array'
          ? `${TYPE_NAMES[v.items?.type ?? 'string']}のリスト`
          : (TYPE_NAMES[v.type ?? 'string'] ?? String(v.type)),
      )
      .join('・');
    return {
      name,
      title: info.title,
      type: types.includes('null') ? `${base}（空欄あり）` : base,
      typeCode: {
        base:
          variants
            .filter((v) => v.type !== 'null')
            .map((v) => (v.type === 'array' ? (v.items?.type ?? 'string') : (v.type ?? 'string')))[0] ?? 'string',
        list: variants.some((v) => v.type === 'array'),
        nullable: types.includes('null'),
      },
      unit: info.unit,
      meaning: info.description,
      inCsv: !info.jsonOnly,
      csvForm: info.csvForm?.text,
      csvFormKind: info.csvForm?.kind,
      label: info.label,
    };
  });
}

/** Every coded column of a dataset with its codes and their labels, in the order they first occur. */
export function codesOf(
  d: Dataset,
): Array<{ name: string; title: string; codes: Array<{ code: string; label: string }> }> {
  return columnsOf(d.schema)
    .filter((c) => c.label)
    .map((c) => {
      const codes = new Map<string, string>(Object.entries(d.codes?.[c.name] ?? {}));
      for (const row of d.rows) {
        const code = row[c.name];
        if (code === null || code === undefined) continue;
        const label = String(row[c.label!]);
        const known = codes.get(String(code));
        if (known !== undefined && known !== label)
          throw new Error(`${d.path}: code ${String(code)} of ${c.name} has two labels, ${known} and ${label}`);
        codes.set(String(code), label);
      }
      const list = [...codes].map(([code, label]) => ({ code, label }));
      // A full table keeps its own order (statuses as the site lists them); the rest in natural order.
      if (!d.codes?.[c.name]) list.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
      return { name: c.name, title: c.title, codes: list };
    });
}

/**
 * The columns of a row schema's CSV, from the schema alone: its fields in order, less those kept in the JSON only,
 * each under its Japanese name and written in its CSV form where it declares one.
 */
export function csvColumns(schema: z.ZodObject): CsvColumn[] {
  return Object.entries(schema.shape).flatMap(([key, field]): CsvColumn[] => {
    const info = columnInfo.get(field as z.ZodType);
    if (!info)
      throw new Error(`column ${key} has no Japanese name and meaning (see col() in src/schemas/open-data.ts)`);
    if (info.jsonOnly) return [];
    return [{ key, title: info.title, ...(info.csvForm ? { write: info.csvForm.write } : {}) }];
  });
}

/** A dataset's CSV file. */
export const csvOf = (d: Dataset): string => toCsv(csvColumns(d.schema), d.rows);

/** A JSON Schema document for a dataset's JSON file. */
export function jsonSchemaOf(d: Dataset): unknown {
  return {
    $id: `/data/${d.path}.schema.json`,
    title: d.title,
    description: d.description,
    ...(z.toJSONSchema(z.array(d.jsonSchema ?? d.schema)) as object),
  };
}

/**
 * The data dictionary and the code table, as datasets of their own: every column of every dataset (these two too),
 * and every code of every coded column, read from the row schemas and the rows.
 */
import { CodeRow, DictionaryRow } from '../../../schemas/open-data.ts';
import { codesOf, columnsOf } from './columns.ts';
import { parse } from './dataset.ts';
import type { Dataset } from './dataset.ts';

/** The data dictionary and the code tables as datasets of their own, for programs and for the zip. */
export function dictionaryDatasets(data: Dataset[]): Dataset[] {
  const described = [
    ...data,
    // The two describe themselves too (their rows come from their schemas alone).
    { path: 'dictionary', title: 'データ辞書（1列1行）', schema: DictionaryRow },
    { path: 'codes', title: 'コード表（1コード1行）', schema: CodeRow },
  ];
  return [
    {
      path: 'dictionary',
      title: 'データ辞書（1列1行）',
      description: 'すべてのデータセットの列の日本語名・項目名（物理名）・型・単位・意味。',
      schema: DictionaryRow,
      rows: parse(
        DictionaryRow,
        described.flatMap((d) =>
          columnsOf(d.schema).map((c, i) => ({
            dataset: d.path,
            dataset_title: d.title,
            order: i + 1,
            name: c.name,
            title: c.title,
            type: c.type,
            unit: c.unit ?? null,
            in_csv: c.inCsv,
            csv_form: c.csvForm ?? null,
            label_column: c.label ?? null,
            meaning: c.meaning,
          })),
        ),
      ),
    },
    {
      path: 'codes',
      title: 'コード表（1コード1行）',
      description: 'コードで書かれた列の、すべてのコードとその意味。',
      schema: CodeRow,
      rows: parse(
        CodeRow,
        data.flatMap((d) =>
          codesOf(d).flatMap((c) =>
            c.codes.map((x) => ({
              dataset: d.path,
              column: c.name,
              column_title: c.title,
              code: x.code,
              label: x.label,
            })),
          ),
        ),
      ),
    },
  ];
}

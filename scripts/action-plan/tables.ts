/**
 * The tables of the vision pages: each raw table found by the layout rules becomes a record with the curated name
 * and attachment (a project, or the vision it is printed in); every curated table must be found.
 */
import type { Source } from '../lib/source.ts';
import type { Table } from '../../src/schemas/action-plan.ts';
import { cleanCell } from './blocks.ts';
import type { ProjectArea } from './blocks.ts';
import type { Curated } from './model.ts';

/** Builds tables from the raw ones found in the project pages, attached as the curated file says. */
export function buildTables(
  src: Source,
  areas: Array<{ number: number; area: ProjectArea }>,
  curated: Curated,
  idOfTitle: (t: string) => string | undefined,
): Table[] {
  const raw = areas.flatMap(({ number, area }) => area.tables.map((table) => ({ vision: number, table })));
  const seen = new Set<string>();
  const tables = raw.map(({ vision, table }) => {
    const entry = curated.tables.find((t) => t.caption === table.caption.text);
    if (!entry)
      src.fail(table.caption.no, `a table caption listed in ${curated.file} (tables)`, src.quote(table.caption.no));
    seen.add(entry.id);
    let attachedTo: Table['attachedTo'];
    if ('project' in entry.attachTo) {
      const id = idOfTitle(entry.attachTo.project);
      if (!id) src.fail(table.caption.no, `a project titled "${entry.attachTo.project}" for table ${entry.id}`, 'none');
      attachedTo = { kind: 'project', id };
    } else {
      if (entry.attachTo.vision !== vision)
        src.fail(
          table.caption.no,
          `table ${entry.id} in the pages of vision ${entry.attachTo.vision}`,
          `vision ${vision}`,
        );
      attachedTo = { kind: 'vision', id: `vision-${vision}` };
    }
    const [head, ...body] = table.lines;
    return {
      id: entry.id,
      title: entry.title,
      caption: { text: table.caption.text, line: table.caption.no },
      unit: table.unit,
      header: head!.raw.split('\t').map(cleanCell),
      rows: body.map((line) => ({ cells: line.raw.split('\t').map(cleanCell), line: line.no })),
      attachedTo,
    } satisfies Table;
  });
  for (const entry of curated.tables)
    if (!seen.has(entry.id))
      src.fail(
        src.lines.length,
        `the table "${entry.caption}" listed in ${curated.file}`,
        'no such table in the vision pages',
      );
  return tables;
}

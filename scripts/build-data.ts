/**
 * The data build: parses the source documents in content/sources/ and writes the records under content/ as
 * sorted, pretty JSON. With --check it writes nothing and fails if the committed JSON differs from a fresh parse,
 * so CI proves the data in the repository is what the parser makes of the sources.
 *
 * Exits non-zero with file:line and what was expected on anything the parser does not understand.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ParseError } from './lib/source.ts';
import { parseFy2024 } from './fy2024/parse.ts';
import { Fy2024Curated } from '../src/schemas/fy2024.ts';
import type { Fy2024Dataset } from '../src/schemas/fy2024.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FY2024_SOURCE = 'content/sources/000_dbb0204a5abc5e36.txt';

/** The files the data build writes, relative to the repository root, with their content. */
export function fy2024Files(data: Fy2024Dataset): Record<string, unknown> {
  return {
    'content/fy2024/plan.json': [data.plan],
    'content/fy2024/priorities.json': data.priorities,
    'content/fy2024/visions.json': data.visions,
    'content/fy2024/wards.json': data.wards,
    'content/fy2024/projects.json': data.projects,
    'content/fy2024/tables.json': data.tables,
    'content/fy2024/figures.json': data.figures,
    'content/fy2024/quality-notes.json': data.qualityNotes,
    'content/fy2024/captions.json': data.captions,
  };
}

export function loadFy2024(): Fy2024Dataset {
  const curatedPath = join(root, 'content/curated/fy2024.json');
  const curated = Fy2024Curated.parse(JSON.parse(readFileSync(curatedPath, 'utf8')));
  return parseFy2024(FY2024_SOURCE, readFileSync(join(root, FY2024_SOURCE), 'utf8'), curated);
}

function summary(data: Fy2024Dataset): string {
  const count = (kind: string) => data.figures.filter((f) => f.kind === kind).length;
  const yen = new Intl.NumberFormat('en-US');
  return [
    `fy2024: ${data.plan.totals.projects} projects in ${data.plan.totals.appearances} listings, ${yen.format(data.plan.totals.thousandYen)} thousand yen (each project once)`,
    `fy2024 reconciliation: ${data.figures.length} 千円 figures found, ${data.figures.length} accounted for ` +
      `(${count('budget')} budgets, ${count('previous-budget')} previous-year budgets, ${count('other')} other)`,
  ].join('\n');
}

function main(): void {
  const check = process.argv.includes('--check');
  const data = loadFy2024();
  const stale: string[] = [];
  for (const [path, value] of Object.entries(fy2024Files(data))) {
    const file = join(root, path);
    const text = JSON.stringify(value, null, 2) + '\n';
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    if (check) {
      stale.push(relative(root, file));
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  console.log(summary(data));
  if (stale.length) {
    console.error(
      `data:check: these files differ from a fresh parse of the sources; run \`npm run data\` and commit:\n  ${stale.join('\n  ')}`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    if (error instanceof ParseError) {
      console.error(`data build failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

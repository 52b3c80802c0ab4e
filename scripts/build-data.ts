/**
 * The data build: parses every action plan in the registry (content/plans.json) and the 2013 roadmap, and writes
 * the records under content/ as sorted, pretty JSON: content/<plan>/ per plan, content/2013/, the 2013 crosswalk
 * and the links of projects across plans (content/lineage/projects.json). With --check it writes nothing and fails if the committed JSON differs from a fresh parse,
 * so CI proves the data in the repository is what the parser makes of the sources.
 *
 * Exits non-zero with file:line and what was expected on anything the parser does not understand.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseActionPlan } from './action-plan/parse.ts';
import { linkPlans } from './action-plan/lineage.ts';
import type { ReadPlan } from './action-plan/lineage.ts';
import { parseRoadmap2013 } from './roadmap2013/parse.ts';
import { buildCrosswalk } from './crosswalk/build.ts';
import { z } from 'zod';
import { readTitles } from './readings/read.ts';
import { CrosswalkCurated } from '../src/schemas/crosswalk.ts';
import { ActionPlanCurated } from '../src/schemas/action-plan.ts';
import type { ActionPlanDataset } from '../src/schemas/action-plan.ts';
import type { PlanEntry } from '../src/schemas/plans.ts';
import { crosswalkPlan, plans } from '../src/lib/config/plans.ts';
import { Roadmap2013Curated, Roadmap2013Shape } from '../src/schemas/roadmap2013.ts';
import { ReadingsCurated } from '../src/schemas/readings.ts';
import { editionProblems, readEdition } from './editions/check.ts';
import { contentVersion, readUpdates, UPDATES_FILE } from '../src/lib/files/datasets/version.ts';
import { crosswalkOriginals, planOriginals, roadmapOriginals } from './editions/originals.ts';
import type { Roadmap2013Dataset } from '../src/schemas/roadmap2013.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROADMAP2013_SOURCE = 'content/sources/001_2876ceca144e21ba.txt';
const READINGS_CURATED = 'content/curated/readings.json';

/** The files the data build writes for one plan, relative to the repository root, with their content. */
export function actionPlanFiles(data: ActionPlanDataset): Record<string, unknown> {
  const dir = `content/${data.plan.id}`;
  return {
    [`${dir}/plan.json`]: [data.plan],
    [`${dir}/priorities.json`]: data.priorities,
    [`${dir}/visions.json`]: data.visions,
    [`${dir}/wards.json`]: data.wards,
    [`${dir}/projects.json`]: data.projects,
    [`${dir}/tables.json`]: data.tables,
    [`${dir}/figures.json`]: data.figures,
    [`${dir}/quality-notes.json`]: data.qualityNotes,
    [`${dir}/captions.json`]: data.captions,
  };
}

/** The files the data build writes for the 2013 roadmap. */
export function roadmap2013Files(data: Roadmap2013Dataset): Record<string, unknown> {
  return {
    'content/2013/roadmap.json': [data.roadmap],
    'content/2013/parts.json': data.parts,
    'content/2013/categories.json': data.categories,
    'content/2013/items.json': data.items,
    'content/2013/relistings.json': data.relistings,
    'content/2013/status-rules.json': data.statusRules,
    'content/2013/quality-notes.json': data.qualityNotes,
  };
}

/** The curated decisions on the 2013 report's text (content/curated/roadmap2013.json). */
const roadmap2013Curated = () =>
  Roadmap2013Curated.parse(JSON.parse(readFileSync(join(root, 'content/curated/roadmap2013.json'), 'utf8')));

export function loadRoadmap2013(): Roadmap2013Dataset {
  const shape = Roadmap2013Shape.parse(
    JSON.parse(readFileSync(join(root, 'content/curated/roadmap2013-shape.json'), 'utf8')),
  );
  const curated = roadmap2013Curated();
  const data = parseRoadmap2013(
    ROADMAP2013_SOURCE,
    readFileSync(join(root, ROADMAP2013_SOURCE), 'utf8'),
    shape,
    curated,
  );
  // Every promise of the hand-read shape (1–130) exists once: the parser checks the numbers run 1, 2, 3 … without
  // gaps or repeats, so the count settles it.
  const expected = Object.keys(shape.subitemsPerItem).length;
  if (data.items.length !== expected)
    throw new Error(`${ROADMAP2013_SOURCE}: expected ${expected} numbered items, found ${data.items.length}`);
  return data;
}

/** Reads the curated crosswalk, failing with the file's name and each misshapen field's item and key. */
function parseCurated(path: string): CrosswalkCurated {
  const result = CrosswalkCurated.safeParse(JSON.parse(readFileSync(join(root, path), 'utf8')));
  if (!result.success)
    throw new Error(`${path}: not in the crosswalk's curated format:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Reads one registered plan: its curated decisions, then its source through the action-plan parser. */
export function readPlan(entry: PlanEntry, base = root): ReadPlan {
  const curated = ActionPlanCurated.parse(JSON.parse(readFileSync(join(base, entry.curated), 'utf8')));
  return { entry, curated, data: parseActionPlan(entry, readFileSync(join(base, entry.source), 'utf8'), curated) };
}

/** Counts of item statuses per part, e.g. `I: 30 in-progress, 8 done …`. */
function statusSummary(data: Roadmap2013Dataset): string {
  const line = (label: string, items: Roadmap2013Dataset['items']) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
    return `  ${label}: ${[...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')}`;
  };
  const subitems = data.items.flatMap((i) => i.subitems).filter((s) => s.relistingOf === null);
  const subCounts = new Map<string, number>();
  for (const s of subitems) subCounts.set(s.status, (subCounts.get(s.status) ?? 0) + 1);
  return [
    `2013: ${data.items.length} items, ${data.roadmap.counts.subitems} sub-items (+${data.roadmap.counts.relistedSubitems} re-listed, not counted), status as of ${data.roadmap.asOf.date}`,
    `  sub-items: ${[...subCounts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([s, n]) => `${n} ${s}`)
      .join(', ')}`,
    line('items', data.items),
    ...data.parts.map((p) =>
      line(
        `part ${p.id}`,
        data.items.filter((i) => i.part === p.id),
      ),
    ),
  ].join('\n');
}

/**
 * How the 2013 cells' spaces were read, e.g. `2013 reading: 75 spaces in cells: 12 wraps joined, 58 entry boundaries,
 * 3 kept, 2 decided in content/curated/roadmap2013.json`: each space of a verbatim cell is a join, a boundary (one
 * entry more) or a space kept in the reading form.
 */
function readingSummary(data: Roadmap2013Dataset, decided: number): string {
  const gaps = (t: string | null) => (t ? t.trim().split(/\s+/).length - 1 : 0);
  let spaces = 0;
  let boundaries = 0;
  let keptSpaces = 0;
  for (const s of [...data.items, ...data.relistings].flatMap((o) => o.subitems)) {
    const cells: Array<[string | null, string[]]> = [
      [s.name, [s.nameReading]],
      [s.fy2012.text, s.fy2012.entries],
      [s.fy2013.text, s.fy2013.entries],
      [s.progress, s.progressEntries],
    ];
    for (const [raw, entries] of cells) {
      spaces += gaps(raw);
      boundaries += Math.max(0, entries.length - 1);
      keptSpaces += entries.reduce((n, e) => n + (e.match(/[ \u3000]/g)?.length ?? 0), 0);
    }
  }
  const joined = spaces - boundaries - keptSpaces;
  return `2013 reading: ${spaces} spaces in cells: ${joined} wraps joined, ${boundaries} entry boundaries, ${keptSpaces} kept, ${decided} decided in content/curated/roadmap2013.json`;
}

function summary(data: ActionPlanDataset): string {
  const count = (kind: string) => data.figures.filter((f) => f.kind === kind).length;
  const yen = new Intl.NumberFormat('en-US');
  const id = data.plan.id;
  return [
    `${id}: ${data.plan.totals.projects} projects in ${data.plan.totals.appearances} listings, ${yen.format(data.plan.totals.thousandYen)} thousand yen (each project once)`,
    `${id} reconciliation: ${data.figures.length} 千円 figures found, ${data.figures.length} accounted for ` +
      `(${count('budget')} budgets, ${count('previous-budget')} previous-year budgets, ${count('other')} other)`,
  ].join('\n');
}

/**
 * The readings of every title the list pages sort by (each plan's projects, the 2013 items), for 五十音順; the
 * analyser runs here, at data-build time, so only its result reaches the pages.
 */
async function titleReadings(read: readonly ReadPlan[], roadmap: Roadmap2013Dataset) {
  const curated = ReadingsCurated.parse(JSON.parse(readFileSync(join(root, READINGS_CURATED), 'utf8')));
  const titles = [...read.flatMap((p) => p.data.projects.map((x) => x.title)), ...roadmap.items.map((i) => i.title)];
  return readTitles(titles, curated.words, READINGS_CURATED);
}

/** The translated editions' curated files (EDITION_FILES): each must match the originals it was written from. */
export const EDITION_FILES = ['content/curated/en.json', 'content/curated/easy.json'];

function checkEditions(read: readonly ReadPlan[], roadmap: Roadmap2013Dataset): void {
  const problems = EDITION_FILES.flatMap((path) => {
    const file = readEdition(join(root, path));
    const plan = read.find((p) => p.entry.id === file.plan);
    if (!plan) return [`${path}: plan "${file.plan}" is not in the registry (content/plans.json)`];
    const notes = crosswalkPlan?.crosswalk2013 ? crosswalkOriginals(parseCurated(crosswalkPlan.crosswalk2013)) : [];
    return editionProblems(path, file, [...planOriginals(plan.data), ...roadmapOriginals(roadmap), ...notes]);
  });
  if (problems.length) throw new Error(`the translated editions do not match the data:\n  ${problems.join('\n  ')}`);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const read = plans.map((entry) => readPlan(entry));
  const links = linkPlans(read);
  const roadmap = loadRoadmap2013();
  const files: Record<string, unknown> = {
    ...Object.assign({}, ...read.map((p) => actionPlanFiles(p.data))),
    ...roadmap2013Files(roadmap),
    'content/lineage/projects.json': links,
  };
  const readings = await titleReadings(read, roadmap);
  files['content/readings/titles.json'] = readings;
  let crosswalk: ReturnType<typeof buildCrosswalk> = [];
  if (crosswalkPlan?.crosswalk2013) {
    crosswalk = buildCrosswalk(
      crosswalkPlan.crosswalk2013,
      parseCurated(crosswalkPlan.crosswalk2013),
      read.find((p) => p.entry.id === crosswalkPlan!.id)!.data,
      roadmap,
    );
    files[`content/crosswalk/2013-${crosswalkPlan.fiscalYear.gregorian}.json`] = crosswalk;
  }
  checkEditions(read, roadmap);
  const stale: string[] = [];
  for (const [path, value] of Object.entries(files)) {
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
  for (const p of read) console.log(summary(p.data));
  if (read.length > 1)
    console.log(
      `across plans: ${links.length} projects continue from one plan to the next (${links.filter((l) => l.by === 'renamed').length} under a curated rename)`,
    );
  console.log(statusSummary(roadmap));
  console.log(readingSummary(roadmap, roadmap2013Curated().spaces.length));
  console.log(`readings: ${readings.length} titles read for 五十音順 (curated words in ${READINGS_CURATED})`);
  console.log(
    `crosswalk: of ${crosswalk.length} 2013 items, ${crosswalk.filter((c) => c.status === 'successor').length} have a successor and ${crosswalk.filter((c) => c.status === 'related').length} related links only in ${crosswalkPlan?.id ?? 'no plan'}`,
  );
  if (!check) {
    // The version the pages will cite, and whether content/updates.json dates it yet (a deploy build requires it).
    const version = contentVersion(root);
    const entry = readUpdates(root).find((u) => u.version === version);
    console.log(
      entry
        ? `data version ${version}, released ${entry.date} (${UPDATES_FILE})`
        : `data version ${version}: not in ${UPDATES_FILE} yet; add its entry (date, version, changes) before a deploy build`,
    );
  }
  if (stale.length) {
    console.error(
      `data:check: these files differ from a fresh parse of the sources; run \`npm run data\` and commit:\n  ${stale.join('\n  ')}`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    // A parse error names file:line; a check of curated data names the curated file. Either way: no stack, exit 1.
    console.error(`data build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

/**
 * Every downloadable dataset, in the order the downloads page, the dictionary and the zip list them. The downloads
 * page, the data dictionary, the CSV/JSON/JSON-Schema endpoints, the zip of everything and their tests all read this
 * one list. Each document's datasets are built in a module of their own: action-plan.ts (one plan's, under
 * /data/<plan>/), roadmap2013.ts (/data/2013/), cross-document.ts (lineage, crosswalk, quality notes) and
 * dictionary.ts (the dictionary and code table, from all the others).
 *
 * A dataset's rows are flat records: the JSON file holds them as they are (IDs as the site uses them), the CSV holds
 * the columns that carry one datum each, under their Japanese names, with IDs in a form a spreadsheet keeps as text
 * (both from the row schema: columns.ts). A list (a project's sections, a note's lines) stays in the JSON and has a
 * long-format dataset of its own.
 */
import { loadPlans } from '../../data/collections.ts';
import { planDatasets } from './action-plan.ts';
import {
  acrossPlansDataset,
  crosswalkDataset,
  crosswalkRejectedDataset,
  qualityNoteDatasets,
} from './cross-document.ts';
import type { Dataset } from './dataset.ts';
import { dictionaryDatasets } from './dictionary.ts';
import { roadmapDatasets } from './roadmap2013.ts';

let datasets: Promise<Dataset[]> | undefined;

export function loadDatasets(): Promise<Dataset[]> {
  datasets ??= build();
  return datasets;
}

async function build(): Promise<Dataset[]> {
  const all = await loadPlans();
  const data = [
    ...(await Promise.all(all.map(planDatasets))).flat(),
    // Lineage needs two plans to link.
    ...(all.length > 1 ? [await acrossPlansDataset(all)] : []),
    ...(await roadmapDatasets()),
    await crosswalkDataset(all),
    await crosswalkRejectedDataset(all),
    ...(await qualityNoteDatasets(all)),
  ];
  return [...data, ...dictionaryDatasets(data)];
}

/**
 * Content collections: the JSON the data build writes under content/, loaded with the same zod schemas that
 * validated it (src/schemas/), so pages get the parser's types and a stale or hand-edited file fails the build.
 * Action-plan collections hold every plan of the registry (content/plans.json); an entry's ID is
 * `<plan>/<record id>`, e.g. `fy2024/c15a479c`.
 */
import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import {
  Figure,
  Plan,
  Priority,
  Project,
  ProjectLink,
  QualityNote,
  Table,
  Vision,
  Ward,
} from './schemas/action-plan.ts';
import { Category, Item, Part, Relisting, Roadmap, RoadmapQualityNote, StatusRule } from './schemas/roadmap2013.ts';
import { CrosswalkEntry } from './schemas/crosswalk.ts';
import { TitleReading } from './schemas/readings.ts';
import { crosswalkPlan, plans } from './lib/config/plans.ts';

/** One file name (e.g. `projects`) read from every registered plan's folder. */
function perPlan(name: string): Loader {
  return {
    name: `plans:${name}`,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const plan of plans) {
        const records = JSON.parse(await readFile(`content/${plan.id}/${name}.json`, 'utf8')) as Array<{ id: string }>;
        for (const record of records) {
          const id = `${plan.id}/${record.id}`;
          store.set({ id, data: await parseData({ id, data: record }) });
        }
      }
    },
  };
}

const roadmap2013 = (name: string) => file(`content/2013/${name}.json`);

export const collections = {
  plans: defineCollection({ loader: perPlan('plan'), schema: Plan }),
  priorities: defineCollection({ loader: perPlan('priorities'), schema: Priority }),
  visions: defineCollection({ loader: perPlan('visions'), schema: Vision }),
  wards: defineCollection({ loader: perPlan('wards'), schema: Ward }),
  projects: defineCollection({ loader: perPlan('projects'), schema: Project }),
  tables: defineCollection({ loader: perPlan('tables'), schema: Table }),
  figures: defineCollection({ loader: perPlan('figures'), schema: Figure }),
  planQualityNotes: defineCollection({ loader: perPlan('quality-notes'), schema: QualityNote }),
  // Keyed by the earlier plan's project (`fy2024/c15a479c`); empty while the registry holds one plan.
  projectLinks: defineCollection({
    loader: {
      name: 'project-links',
      load: async ({ store, parseData }) => {
        store.clear();
        const links = JSON.parse(await readFile('content/lineage/projects.json', 'utf8')) as ProjectLink[];
        for (const link of links) {
          const id = `${link.from.plan}/${link.from.id}`;
          store.set({ id, data: await parseData({ id, data: link }) });
        }
      },
    },
    schema: ProjectLink,
  }),
  // Keyed by the title itself: one reading per distinct title, whichever document prints it.
  titleReadings: defineCollection({
    loader: {
      name: 'title-readings',
      load: async ({ store, parseData }) => {
        store.clear();
        const readings = JSON.parse(await readFile('content/readings/titles.json', 'utf8')) as TitleReading[];
        for (const r of readings) store.set({ id: r.title, data: await parseData({ id: r.title, data: r }) });
      },
    },
    schema: TitleReading,
  }),
  roadmap2013: defineCollection({ loader: roadmap2013('roadmap'), schema: Roadmap }),
  roadmap2013Parts: defineCollection({ loader: roadmap2013('parts'), schema: Part }),
  roadmap2013Categories: defineCollection({ loader: roadmap2013('categories'), schema: Category }),
  roadmap2013Items: defineCollection({ loader: roadmap2013('items'), schema: Item }),
  roadmap2013Relistings: defineCollection({ loader: roadmap2013('relistings'), schema: Relisting }),
  roadmap2013StatusRules: defineCollection({ loader: roadmap2013('status-rules'), schema: StatusRule }),
  roadmap2013QualityNotes: defineCollection({ loader: roadmap2013('quality-notes'), schema: RoadmapQualityNote }),
  crosswalk: defineCollection({
    loader: crosswalkPlan
      ? file(`content/crosswalk/2013-${crosswalkPlan.fiscalYear.gregorian}.json`)
      : { name: 'no-crosswalk', load: async ({ store }) => store.clear() },
    schema: CrosswalkEntry,
  }),
};

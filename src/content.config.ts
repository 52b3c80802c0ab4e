/**
 * Content collections: the JSON the data build writes under content/, loaded with the same zod schemas that
 * validated it (src/schemas/), so pages get the parser's types and a stale or hand-edited file fails the build.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { Figure, Plan, Priority, Project, QualityNote, Table, Vision, Ward } from './schemas/fy2024.ts';
import { Category, Item, Part, Relisting, Roadmap, RoadmapQualityNote, StatusRule } from './schemas/roadmap2013.ts';
import { CrosswalkEntry } from './schemas/crosswalk.ts';

const fy2024 = (name: string) => file(`content/fy2024/${name}.json`);
const roadmap2013 = (name: string) => file(`content/2013/${name}.json`);

export const collections = {
  fy2024Plan: defineCollection({ loader: fy2024('plan'), schema: Plan }),
  fy2024Priorities: defineCollection({ loader: fy2024('priorities'), schema: Priority }),
  fy2024Visions: defineCollection({ loader: fy2024('visions'), schema: Vision }),
  fy2024Wards: defineCollection({ loader: fy2024('wards'), schema: Ward }),
  fy2024Projects: defineCollection({ loader: fy2024('projects'), schema: Project }),
  fy2024Tables: defineCollection({ loader: fy2024('tables'), schema: Table }),
  fy2024Figures: defineCollection({ loader: fy2024('figures'), schema: Figure }),
  fy2024QualityNotes: defineCollection({ loader: fy2024('quality-notes'), schema: QualityNote }),
  roadmap2013: defineCollection({ loader: roadmap2013('roadmap'), schema: Roadmap }),
  roadmap2013Parts: defineCollection({ loader: roadmap2013('parts'), schema: Part }),
  roadmap2013Categories: defineCollection({ loader: roadmap2013('categories'), schema: Category }),
  roadmap2013Items: defineCollection({ loader: roadmap2013('items'), schema: Item }),
  roadmap2013Relistings: defineCollection({ loader: roadmap2013('relistings'), schema: Relisting }),
  roadmap2013StatusRules: defineCollection({ loader: roadmap2013('status-rules'), schema: StatusRule }),
  roadmap2013QualityNotes: defineCollection({ loader: roadmap2013('quality-notes'), schema: RoadmapQualityNote }),
  crosswalk: defineCollection({ loader: file('content/crosswalk/2013-2024.json'), schema: CrosswalkEntry }),
};

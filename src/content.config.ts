/**
 * Content collections: the JSON the data build writes under content/, loaded with the same zod schemas that
 * validated it (src/schemas/), so pages get the parser's types and a stale or hand-edited file fails the build.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { Figure, Plan, Priority, Project, QualityNote, Table, Vision, Ward } from './schemas/fy2024.ts';

const json = (name: string) => file(`content/fy2024/${name}.json`);

export const collections = {
  fy2024Plan: defineCollection({ loader: json('plan'), schema: Plan }),
  fy2024Priorities: defineCollection({ loader: json('priorities'), schema: Priority }),
  fy2024Visions: defineCollection({ loader: json('visions'), schema: Vision }),
  fy2024Wards: defineCollection({ loader: json('wards'), schema: Ward }),
  fy2024Projects: defineCollection({ loader: json('projects'), schema: Project }),
  fy2024Tables: defineCollection({ loader: json('tables'), schema: Table }),
  fy2024Figures: defineCollection({ loader: json('figures'), schema: Figure }),
  fy2024QualityNotes: defineCollection({ loader: json('quality-notes'), schema: QualityNote }),
};

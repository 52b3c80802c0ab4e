/**
 * Proposes FY2024 successors for each 2013 item by text similarity, for a person to confirm. Its output is a
 * worklist printed to stdout, never data: the crosswalk is content/curated/crosswalk-2013-2024.json, written and
 * checked by hand, each link with the shared wording that justifies it.
 *
 * Similarity is character bigram overlap (Japanese needs no word segmentation for this) between the item's title and
 * sub-item names and each project's title and description, plus the longest shared substring as evidence.
 * With --links, each candidate is printed as a link in the curated format, to be graded (successor or related),
 * explained (note) and checked by hand before it goes into the file; a candidate not taken belongs in `rejected`.
 * Usage: node scripts/crosswalk-propose.ts [--top N] [--item NO] [--links]
 */
import { readFileSync } from 'node:fs';
import { similarity } from './lib/source.ts';
import type { Project } from '../src/schemas/action-plan.ts';
import type { Item } from '../src/schemas/roadmap2013.ts';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')) as T;

/** The longest substring (of 3 or more characters) two texts share. */
export function longestShared(a: string, b: string): string {
  let best = '';
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best.length + 1; j <= a.length; j++) {
      const piece = a.slice(i, j);
      if (!b.includes(piece)) break;
      if (piece.length > best.length) best = piece;
    }
  }
  return best.length >= 3 ? best : '';
}

export interface Candidate {
  projectId: string;
  title: string;
  score: number;
  shared: string;
}

/** Candidate successors of one item, best first. */
export function candidates(item: Item, projects: readonly Project[]): Candidate[] {
  const itemText = [item.title, ...item.subitems.map((s) => s.name)].join(' ');
  return projects
    .map((p) => {
      const projectText = `${p.title} ${p.description}`;
      const shared = [item.title, ...item.subitems.map((s) => s.name)]
        .map((t) => longestShared(t, projectText))
        .sort((a, b) => b.length - a.length)[0]!;
      return { projectId: p.id, title: p.title, score: similarity(itemText, projectText) + shared.length / 20, shared };
    })
    .sort((a, b) => b.score - a.score);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 3;
  const only = process.argv.includes('--item') ? Number(process.argv[process.argv.indexOf('--item') + 1]) : undefined;
  const projects = read<Project[]>('content/fy2024/projects.json');
  const items = read<Item[]>('content/2013/items.json');
  for (const item of items.filter((i) => only === undefined || i.no === only)) {
    console.log(`No.${item.no} ${item.title} | ${item.subitems.map((s) => s.name).join(' / ')}`);
    for (const c of candidates(item, projects).slice(0, top))
      console.log(
        process.argv.includes('--links')
          ? `    ${JSON.stringify({ project: c.title, strength: 'successor | related', note: '', shared: c.shared })}`
          : `    ${c.score.toFixed(2)} ${c.projectId} ${c.title} 〔${c.shared}〕`,
      );
  }
}

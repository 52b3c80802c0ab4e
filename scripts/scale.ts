/**
 * Scale benchmark: synthetic plans with 10× and 50× the real number of projects and promises, written in the
 * sources' own formats and fed through the same pipeline (scripts/pipeline.ts) in a throwaway copy of the
 * project. Prints build time per step, dist/ size, the search index and first-search bytes per factor, and the
 * growth per record relative to 1×. Nothing is asserted: it reports where the design bends.
 * Usage: npm run scale [-- 1 10 50]
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchSearch } from './bench-search.ts';
import { distFiles } from './lib/dist.ts';
import { copyProject } from './lib/workspace.ts';
import { runPipeline } from './pipeline.ts';
import type { SpaceDecision as Space } from '../src/schemas/roadmap2013.ts';

const FY2024 = 'content/sources/000_dbb0204a5abc5e36.txt';
const ROADMAP = 'content/sources/001_2876ceca144e21ba.txt';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';

const yen = new Intl.NumberFormat('en-US');

/** A seeded generator, so every run writes the same synthetic plan. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Adds `extra` projects to the FY2024 text, before the ward section, recombining real titles and descriptions. */
function scaleFy2024(text: string, extra: number, rand: () => number): string {
  const projects = JSON.parse(readFileSync('content/fy2024/projects.json', 'utf8')) as Array<{
    title: string;
    description: string;
  }>;
  const lines = text.split('\n');
  const wards = lines.findIndex((l, i) => i > 1000 && l.trim() === '区における自主自立のまちづくり');
  const added: string[] = [];
  for (let k = 1; k <= extra; k++) {
    const a = projects[Math.floor(rand() * projects.length)]!;
    const b = projects[Math.floor(rand() * projects.length)]!;
    // Unique title and budget: the parser refuses two records with one budget and near-identical descriptions.
    const title = `${a.title.replace(/[※]/g, '')}（第${k}次）`;
    const description = `${b.description.replace(/。$/, '')}、あわせて第${k}次の取組を進めます。`;
    added.push('', `${title} ${yen.format(1_000 + k * 7)}千円`, '', description);
  }
  lines.splice(wards, 0, ...added, '');
  return lines.join('\n');
}

/** Adds `extra` promises to part III of the 2013 text in new categories, and returns the shape file for them. */
function scaleRoadmap(
  text: string,
  extra: number,
  rand: () => number,
): { text: string; items: number; subitemsPerItem: Record<string, number>; spaces: Space[] } {
  const real = JSON.parse(readFileSync('content/2013/items.json', 'utf8')) as Array<{
    no: number;
    title: string;
    subitems: Array<{ name: string; fy2012: { raw: string }; fy2013: { raw: string }; progress: string }>;
  }>;
  // A copied cell brings its curated decisions on spaces inside 「…」 with it, under the copy's number.
  const curated = JSON.parse(readFileSync('content/curated/roadmap2013.json', 'utf8')) as { spaces: Space[] };
  const spaces = [...curated.spaces];
  const shape = JSON.parse(readFileSync('content/curated/roadmap2013-shape.json', 'utf8')) as {
    subitemsPerItem: Record<string, number>;
  };
  const lines = text.split('\n');
  // Part III has ①–⑥; new categories take ⑦ onwards, 46 items each (the letters ア to ン).
  const capacity = (CIRCLED.length - 6) * KANA.length;
  const count = Math.min(extra, capacity);
  const last = lines.findLastIndex((l) => /\t/.test(l));
  const rows: string[] = [];
  let no = 130;
  for (let k = 0; k < count; k++) {
    if (k % KANA.length === 0)
      rows.push(`${CIRCLED[6 + k / KANA.length]}. 新たな分野その${k / KANA.length + 1}\t\t\t\t`);
    const source = real[Math.floor(rand() * real.length)]!;
    no++;
    rows.push(`${no}\t${KANA[k % KANA.length]}. ${source.title}（第${no}号）\t\t\t`);
    const subs = source.subitems.slice(0, 1 + Math.floor(rand() * 2));
    for (const s of subs) {
      rows.push(`\t▪ ${s.name}（第${no}号）\t${s.fy2012.raw}\t${s.fy2013.raw}\t${s.progress}`);
      const cells = { name: s.name, fy2012: s.fy2012.raw, fy2013: s.fy2013.raw, progress: s.progress };
      for (const d of curated.spaces)
        if (d.item === source.no && cells[d.field].includes(d.text)) spaces.push({ ...d, item: no });
    }
    shape.subitemsPerItem[String(no)] = subs.length;
  }
  lines.splice(last + 1, 0, ...rows);
  return { text: lines.join('\n'), items: no, subitemsPerItem: shape.subitemsPerItem, spaces };
}

function size(dir: string): { bytes: number; files: number; pages: number } {
  const files = distFiles(dir);
  return {
    bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0),
    files: files.length,
    pages: files.filter((file) => file.endsWith('.html')).length,
  };
}

const factors = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n >= 1);
const rows: Array<Record<string, number | string>> = [];
for (const factor of factors.length ? factors : [1, 10, 50]) {
  const { dir, remove } = copyProject(`kpe-scale-${factor}x-`);
  try {
    const rand = random(factor);
    const fy = scaleFy2024(readFileSync(FY2024, 'utf8'), (factor - 1) * 104, rand);
    writeFileSync(join(dir, FY2024), fy);
    const roadmap = scaleRoadmap(readFileSync(ROADMAP, 'utf8'), (factor - 1) * 130, rand);
    writeFileSync(join(dir, ROADMAP), roadmap.text);
    const shapeFile = join(dir, 'content/curated/roadmap2013-shape.json');
    const shape = JSON.parse(readFileSync(shapeFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(shapeFile, JSON.stringify({ ...shape, subitemsPerItem: roadmap.subitemsPerItem }, null, 2));
    const curatedFile = join(dir, 'content/curated/roadmap2013.json');
    const curated = JSON.parse(readFileSync(curatedFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(curatedFile, JSON.stringify({ ...curated, spaces: roadmap.spaces }, null, 2));
    // The crosswalk lists every item: the new ones have no successor.
    const cwFile = join(dir, 'content/curated/crosswalk-2013-2024.json');
    const cw = JSON.parse(readFileSync(cwFile, 'utf8')) as { items: Array<{ no: number; links: unknown[] }> };
    for (let no = 131; no <= roadmap.items; no++) cw.items.push({ no, links: [] });
    writeFileSync(cwFile, JSON.stringify(cw, null, 2));

    const seconds = runPipeline(dir);
    const dist = size(join(dir, 'dist'));
    const index = size(join(dir, 'dist/pagefind/index'));
    const search = await benchSearch(join(dir, 'dist'));
    const projects = (JSON.parse(readFileSync(join(dir, 'content/fy2024/projects.json'), 'utf8')) as unknown[]).length;
    rows.push({
      factor: `${factor}×`,
      projects,
      promises: roadmap.items,
      pages: dist.pages,
      parse: seconds['parse']!,
      astro: seconds['astro']!,
      pagefind: seconds['pagefind']!,
      distMB: dist.bytes / 1024 / 1024,
      indexKB: index.bytes / 1024,
      chunks: index.files,
      searchKB: search.medianTransfer / 1024,
      searchMaxKB: search.maxTransfer / 1024,
      keypressMs: search.medianMs,
    });
  } finally {
    remove();
  }
}

const fmt = (v: number | string, digits = 1) =>
  typeof v === 'number' ? v.toFixed(Number.isInteger(v) ? 0 : digits) : v;
const cols = [
  'factor',
  'projects',
  'promises',
  'pages',
  'parse',
  'astro',
  'pagefind',
  'distMB',
  'indexKB',
  'chunks',
  'searchKB',
  'searchMaxKB',
  'keypressMs',
];
console.log('\nScale (times in s; search: first query sent, median and worst of six queries)');
console.log('  ' + cols.map((c) => c.padStart(11)).join(''));
for (const r of rows) console.log('  ' + cols.map((c) => String(fmt(r[c]!)).padStart(11)).join(''));
const base = rows[0]!;
console.log('\nPer page, relative to the first row (≤ 1.0 means growth is at most linear)');
for (const r of rows.slice(1)) {
  const per = (k: string) =>
    ((r[k] as number) / (r['pages'] as number) / ((base[k] as number) / (base['pages'] as number))).toFixed(2);
  console.log(
    `  ${r['factor']}: build time ${per('parse')} (parse) ${per('astro')} (astro) ${per('pagefind')} (pagefind), dist size ${per('distMB')}, index size ${per('indexKB')}`,
  );
}
if (rows.some((r) => (r['promises'] as number) < 130 * Number(String(r['factor']).replace('×', '')))) {
  console.log(
    `\nNote: the 2013 format holds at most ${(CIRCLED.length - 6) * KANA.length} new promises in part III (categories ⑦–㊿ × ア–ン); larger factors are capped there.`,
  );
}

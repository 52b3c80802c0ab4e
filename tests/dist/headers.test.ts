/**
 * The built dist/_headers covers every file of the build with exactly one Cache-Control rule (two would be joined
 * by the host into one contradictory value), and fingerprinted files get the year-long one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distFiles } from '../../scripts/lib/dist.ts';
import { dist } from './site.ts';

test('every file of dist/ gets one Cache-Control from dist/_headers', () => {
  const blocks = readFileSync(join(dist, '_headers'), 'utf8')
    .split(/\n(?=\S)/)
    .map((b) => b.trim().split('\n'));
  const cacheRules = blocks
    .filter((b) => b.some((l) => l.trim().startsWith('Cache-Control:')))
    .map((b) => ({ path: b[0]!, value: b.find((l) => l.trim().startsWith('Cache-Control:'))!.trim() }));
  const matching = (path: string) =>
    cacheRules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : r.path === path));
  const problems: string[] = [];
  for (const file of distFiles(dist).filter((f) => f !== '_headers')) {
    // A page is requested by its folder (/fy2024/), every file by its own path too.
    const paths = [`/${file}`, ...(file.endsWith('index.html') ? [`/${file.slice(0, -'index.html'.length)}`] : [])];
    for (const path of paths) {
      const rules = matching(path);
      if (rules.length !== 1) problems.push(`${path}: ${rules.length} Cache-Control rules`);
      // Each edition's search index (/pagefind/, /easy/pagefind/, /en/pagefind/) names its chunks by their content.
      const immutable =
        /^\/(_astro\/|((easy|en)\/)?pagefind\/(fragment|index|filter)\/|((easy|en)\/)?pagefind\/pagefind\.[^/]+\.pf_meta$)/.test(
          path,
        );
      if (rules.length === 1 && rules[0]!.value.includes('immutable') !== immutable)
        problems.push(`${path}: ${rules[0]!.value}`);
    }
  }
  expect(problems).toEqual([]);
});

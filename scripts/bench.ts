/**
 * Build time and page weight, printed as tables. Runs the data build and the Astro build, then measures one page
 * of each type in dist/: its HTML and the CSS and JS it loads, raw and gzipped. Timings are reported, not asserted.
 * Usage: npm run bench
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { benchSearch } from './bench-search.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

function timed(label: string, command: string, args: string[]): [string, number] {
  const start = performance.now();
  execFileSync(command, args, { cwd: root, stdio: 'ignore' });
  return [label, (performance.now() - start) / 1000];
}

const steps = [
  timed('parse (scripts/build-data.ts)', process.execPath, ['scripts/build-data.ts']),
  timed('astro build', 'npx', ['astro', 'build']),
  timed('search index (Pagefind)', process.execPath, ['scripts/build-search.ts']),
];

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['plan', '/fy2024/'],
  ['vision', '/fy2024/visions/1/'],
  ['project', '/fy2024/projects/c15a479c/'],
  ['ward', '/fy2024/wards/kita/'],
  ['promise', '/2013/items/44/'],
  ['2013 overview', '/2013/'],
  ['search', '/search/'],
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const file = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));

console.log('\nBuild time');
for (const [label, seconds] of steps) console.log(`  ${label.padEnd(32)} ${seconds.toFixed(1)} s`);

console.log('\nPage weight (raw / gzip)');
console.log(`  ${'page'.padEnd(14)} ${'HTML'.padStart(22)} ${'CSS'.padStart(22)} ${'JS'.padStart(10)}`);
for (const [label, path] of PAGES) {
  const html = file(path);
  const text = html.toString('utf8');
  const assets = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => file(m[1]!));
  // Astro inlines small stylesheets as <style>: counted with the linked ones (they are also inside the HTML size).
  const css = [
    ...assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    ...[...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]!)),
  ];
  const js = assets(/<script[^>]+src="([^"]+)"/g);
  const inlineJs = [...text.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!));
  const size = (bufs: Buffer[]) =>
    `${kb(bufs.reduce((s, b) => s + b.length, 0))} / ${kb(bufs.reduce((s, b) => s + gzipSync(b).length, 0))}`;
  console.log(
    `  ${label.padEnd(14)} ${size([html]).padStart(22)} ${size(css).padStart(22)} ${kb([...js, ...inlineJs].reduce((s, b) => s + b.length, 0)).padStart(10)}`,
  );
}

await benchSearch();

/**
 * Stability check: two builds in a row produce identical dist/ files. Builds, hashes every file, builds again,
 * compares, and names any file that differs. Run by `npm test`.
 * Usage: node scripts/check-reproducible.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

function build(): void {
  for (const args of [
    ['scripts/build-data.ts'],
    ['node_modules/astro/bin/astro.mjs', 'build'],
    ['scripts/build-search.ts'],
    ['scripts/write-headers.ts'],
  ]) {
    execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  }
}

function hashes(dir = dist, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashes(path, out);
    else out.set(relative(dist, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

build();
const first = hashes();
build();
const second = hashes();
const differing = [...new Set([...first.keys(), ...second.keys()])]
  .filter((f) => first.get(f) !== second.get(f))
  .sort();
if (differing.length) {
  console.error(
    `reproducible: ${differing.length} of ${first.size} files differ between two builds:\n  ${differing.slice(0, 20).join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`reproducible: two builds in a row give identical dist/ (${first.size} files)`);

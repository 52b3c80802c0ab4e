/**
 * A throwaway copy of the project for building the site from altered sources (the XSS test, the scale benchmark):
 * the project's own files copied, node_modules linked.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export function copyProject(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) {
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The build steps of `npm run build`, run with this Node in `dir`; returns seconds per step. */
export function buildIn(dir: string): Record<string, number> {
  const steps: Record<string, string[]> = {
    parse: ['scripts/build-data.ts'],
    astro: [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
    pagefind: ['scripts/build-search.ts'],
    headers: ['scripts/write-headers.ts'],
  };
  const seconds: Record<string, number> = {};
  for (const [name, args] of Object.entries(steps)) {
    const start = performance.now();
    execFileSync(process.execPath, args, { cwd: dir, stdio: 'pipe' });
    seconds[name] = (performance.now() - start) / 1000;
  }
  return seconds;
}

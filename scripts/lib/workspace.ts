/**
 * Copies of the project to build the site in, the project's own files copied and node_modules linked; build one with
 * runPipeline (scripts/pipeline.ts). A throwaway copy (copyProject) holds altered sources (the scale benchmark); a
 * kept one (refreshCopy) is refreshed before each build and keeps its own build caches (the variant build, the
 * reproducibility check).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../pipeline.ts';

export { projectRoot };

/** What a build reads of the project. */
const BUILD_INPUTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

/** The build's caches under .build/ (astro.config.mjs, src/lib/files/image-cache.ts): outputs keyed by their inputs. */
const BUILD_CACHES = ['images', 'astro-cache', 'vite-cache'];

/**
 * Makes dir a fresh copy of the project's build inputs with no dist/ (and no `also`, e.g. a folder a setting
 * fills), its node_modules linked to the project's. Its caches are kept; with `seedCaches`, a cache it lacks starts
 * as a copy of the project's, as a rebuild of the project would find it.
 */
export function refreshCopy(dir: string, options: { also?: string[]; seedCaches?: boolean } = {}): void {
  mkdirSync(dir, { recursive: true });
  for (const name of [...BUILD_INPUTS, ...(options.also ?? []), 'dist'])
    rmSync(join(dir, name), { recursive: true, force: true });
  for (const name of BUILD_INPUTS)
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  if (options.seedCaches)
    for (const name of BUILD_CACHES) {
      const [from, to] = [join(projectRoot, '.build', name), join(dir, '.build', name)];
      if (existsSync(from) && !existsSync(to)) cpSync(from, to, { recursive: true });
    }
}

export function copyProject(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  refreshCopy(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A throwaway copy of the project for building the site from altered sources (the scale benchmark):
 * the project's own files copied, node_modules linked. Build it with runPipeline (scripts/pipeline.ts).
 */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, runPipeline } from '../pipeline.ts';
import type { PipelineOptions, StepName } from '../pipeline.ts';

export { projectRoot };

export function copyProject(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) {
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The pipeline in a copy: the same as runPipeline(dir, options); returns seconds per step. */
export function buildIn(dir: string, options: PipelineOptions = {}): Record<StepName, number> {
  return runPipeline(dir, options);
}

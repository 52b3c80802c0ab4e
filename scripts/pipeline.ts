/**
 * The build pipeline, defined once: parse the sources (scripts/build-data.ts), build the site (astro build), index it
 * for search (scripts/build-search.ts), write, with the public address, the sitemap and robots.txt
 * (scripts/write-sitemap.ts), and dist/_headers (scripts/write-headers.ts), in that order. `npm run build`, the
 * variant build the tests read (scripts/build-variant.ts), the benchmarks, the reproducibility check and the
 * throwaway copies of scripts/lib/workspace.ts all build through
 * runPipeline.
 *
 * Every build records what it produced in .build/last-build.json: the SHA-256 of each dist/ file and the environment
 * the build depends on, so `check-reproducible.ts --against-last-build` can compare a second build with it.
 * Usage: node scripts/pipeline.ts (prints each step's output, then the time per step)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { distHashes } from './lib/dist.ts';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The steps, in order; each runs `node <args>` in the project being built, so a copy builds with its own scripts. */
export const STEPS = [
  { name: 'parse', label: 'parse (scripts/build-data.ts)', args: ['scripts/build-data.ts'] },
  { name: 'astro', label: 'astro build', args: ['node_modules/astro/bin/astro.mjs', 'build'] },
  { name: 'pagefind', label: 'search index (scripts/build-search.ts)', args: ['scripts/build-search.ts'] },
  { name: 'sitemap', label: 'sitemap and robots.txt (scripts/write-sitemap.ts)', args: ['scripts/write-sitemap.ts'] },
  // Last: the cache rules of dist/_headers cover every file of the build, the sitemap's included.
  { name: 'headers', label: 'headers (scripts/write-headers.ts)', args: ['scripts/write-headers.ts'] },
] as const;

export type StepName = (typeof STEPS)[number]['name'];

/** The variables of the environment that change what is built (src/lib/config/site.ts reads the SITE_ ones). */
const BUILD_VARIABLES = ['SITE_URL', 'SITE_OPERATOR', 'SITE_CONTACT', 'NODE_ENV'];

export interface PipelineOptions {
  /** Extra environment variables for every step, on top of this process's. */
  env?: Record<string, string>;
  /** Show each step's output as it runs (the command line), or keep it and show it only if a step fails (default). */
  output?: 'show' | 'on-failure';
  /** Runs after a step, before the next: e.g. a change a person makes once the data is built (build-variant.ts). */
  afterStep?: (step: StepName) => void;
}

/** What a build depends on besides the files: the extra variables and the build variables it saw. */
export interface BuildEnvironment {
  extra: Record<string, string>;
  variables: Record<string, string | null>;
}

export interface BuildRecord {
  environment: BuildEnvironment;
  /** SHA-256 of every file in dist/, by path relative to dist/. */
  files: Record<string, string>;
}

export const buildRecordFile = (dir: string) => join(dir, '.build', 'last-build.json');

export function buildEnvironment(extra: Record<string, string> = {}): BuildEnvironment {
  const env: Record<string, string | undefined> = { ...process.env, ...extra };
  return {
    extra: Object.fromEntries(Object.entries(extra).sort(([a], [b]) => (a < b ? -1 : 1))),
    variables: Object.fromEntries(BUILD_VARIABLES.map((name) => [name, env[name] ?? null])),
  };
}

/** Runs the pipeline in dir with this Node; returns seconds per step. Throws, with the step's output, if one fails. */
export function runPipeline(dir: string = projectRoot, options: PipelineOptions = {}): Record<StepName, number> {
  const extra = options.env ?? {};
  const show = options.output === 'show';
  const seconds = {} as Record<StepName, number>;
  for (const step of STEPS) {
    const start = performance.now();
    try {
      execFileSync(process.execPath, step.args, {
        cwd: dir,
        env: { ...process.env, ...extra },
        stdio: show ? 'inherit' : 'pipe',
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer };
      const output = show ? '' : `\n${String(e.stdout ?? '')}${String(e.stderr ?? '')}`.trimEnd();
      throw new Error(`build step ${step.name} (node ${step.args.join(' ')}) failed in ${dir}${output}`, {
        cause: error,
      });
    }
    seconds[step.name] = (performance.now() - start) / 1000;
    options.afterStep?.(step.name);
  }
  const record: BuildRecord = {
    environment: buildEnvironment(extra),
    files: Object.fromEntries(distHashes(join(dir, 'dist'))),
  };
  mkdirSync(join(dir, '.build'), { recursive: true });
  writeFileSync(buildRecordFile(dir), JSON.stringify(record, null, 1) + '\n');
  return seconds;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const seconds = runPipeline(projectRoot, { output: 'show' });
    console.log(`build: ${STEPS.map((s) => `${s.name} ${seconds[s.name].toFixed(1)} s`).join(', ')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

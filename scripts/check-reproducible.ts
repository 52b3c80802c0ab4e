/**
 * Stability check: two builds give identical dist/ files. Compares the SHA-256 of every file of two builds made
 * through scripts/pipeline.ts, and names any file that differs.
 *
 * - Without a flag: builds the project twice in a row, in place.
 * - With --against-last-build: the first build is the project's previous one, as recorded in .build/last-build.json
 *   by the pipeline when it finished (`npm test` compares the build its `build:test` step made, which the tests
 *   read, so that build is not done twice); the second is a build of a copy of the project in .build/reproducible/
 *   (scripts/lib/workspace.ts), whose caches start as the project's, as a rebuild in place would find them. It leaves
 *   dist/ alone, so it runs beside the tests that read dist/ (`npm run gate`), and it checks more than a rebuild in
 *   place: the build does not depend on the folder it is made in. The check refuses a record made with another build
 *   environment (extra variables, SITE_URL, NODE_ENV) or none at all.
 * Usage: node scripts/check-reproducible.ts [--against-last-build]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnvironment, buildRecordFile, projectRoot, runPipeline } from './pipeline.ts';
import type { BuildRecord } from './pipeline.ts';
import { refreshCopy } from './lib/workspace.ts';

/** Where --against-last-build builds its copy. */
const copyDir = join(projectRoot, '.build', 'reproducible');

const last = (dir: string): BuildRecord => JSON.parse(readFileSync(buildRecordFile(dir), 'utf8')) as BuildRecord;

let first: BuildRecord;
let second: BuildRecord;
if (process.argv.includes('--against-last-build')) {
  const file = buildRecordFile(projectRoot);
  if (!existsSync(file)) {
    console.error(`reproducible: no previous build recorded (${file}); run \`npm run build\` first`);
    process.exit(1);
  }
  first = last(projectRoot);
  const now = JSON.stringify(buildEnvironment());
  if (JSON.stringify(first.environment) !== now) {
    console.error(
      `reproducible: the previous build ran in another environment (${JSON.stringify(first.environment)}, now ${now})`,
    );
    process.exit(1);
  }
  refreshCopy(copyDir, { seedCaches: true });
  runPipeline(copyDir);
  second = last(copyDir);
} else {
  runPipeline(projectRoot);
  first = last(projectRoot);
  runPipeline(projectRoot);
  second = last(projectRoot);
}

const a = new Map(Object.entries(first.files));
const b = new Map(Object.entries(second.files));
const differing = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
if (differing.length) {
  console.error(
    `reproducible: ${differing.length} of ${b.size} files differ between two builds:\n  ${differing.slice(0, 20).join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`reproducible: two builds give identical dist/ (${b.size} files)`);

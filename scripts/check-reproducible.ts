/**
 * Stability check: two builds in a row produce identical dist/ files. Builds twice through scripts/pipeline.ts,
 * compares the SHA-256 of every file, and names any file that differs.
 *
 * With --against-last-build, the first of the two builds is the previous one, as recorded in .build/last-build.json
 * by the pipeline when it finished: `npm test` runs this last, after the tests that read the build
 * its `build:test` step made (`npm run build`), so that build is not done twice. The check refuses a record made with another
 * build environment (extra variables, SITE_URL, NODE_ENV) or none at all.
 * Usage: node scripts/check-reproducible.ts [--against-last-build]
 */
import { existsSync, readFileSync } from 'node:fs';
import { buildEnvironment, buildRecordFile, projectRoot, runPipeline } from './pipeline.ts';
import type { BuildRecord } from './pipeline.ts';

const file = buildRecordFile(projectRoot);
const last = (): BuildRecord => JSON.parse(readFileSync(file, 'utf8')) as BuildRecord;

let first: BuildRecord;
if (process.argv.includes('--against-last-build')) {
  if (!existsSync(file)) {
    console.error(`reproducible: no previous build recorded (${file}); run \`npm run build\` first`);
    process.exit(1);
  }
  first = last();
  const now = JSON.stringify(buildEnvironment());
  if (JSON.stringify(first.environment) !== now) {
    console.error(
      `reproducible: the previous build ran in another environment (${JSON.stringify(first.environment)}, now ${now})`,
    );
    process.exit(1);
  }
} else {
  runPipeline(projectRoot);
  first = last();
}
runPipeline(projectRoot);
const second = last();

const a = new Map(Object.entries(first.files));
const b = new Map(Object.entries(second.files));
const differing = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
if (differing.length) {
  console.error(
    `reproducible: ${differing.length} of ${b.size} files differ between two builds:\n  ${differing.slice(0, 20).join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`reproducible: two builds in a row give identical dist/ (${b.size} files)`);

/**
 * The variant build: one copy of the project built with every non-default setting at once, so the tests check them
 * all on one build instead of one build each. The copy lives in .build/variant/ (its dist/ in .build/variant/dist/);
 * its sources are copied afresh on every run, its build caches (.build/variant/.build/) are kept, like the project's.
 *
 * The settings, each applied to the copy before it is built (add one to SETTINGS to exercise a new setting):
 *   - public-address: the public address SITE_URL (a reserved name, so never a real site), with the operator and
 *     contact a deploy build requires (SITE_OPERATOR, SITE_CONTACT; reserved names too);
 *   - second-plan: the FY2025 fixture plan (tests/fixtures/fy2025/) registered after FY2024;
 *   - markup-title: markup in a project title, in the FY2024 source and in the fixture. In both texts, so the project
 *     stays one project across the two plans (titles are linked across plans by their normalised text): with the
 *     markup in FY2024 only, FY2024's project would count as dropped and FY2025's as new, and the fixture's counts
 *     (103 projects across plans, one added, one removed) would change.
 *   - data-update: the copy's data differs from the project's, so its version has no entry in content/updates.json,
 *     and a deploy build refuses it; once the data is built, this adds the entry for that version at the top, as a
 *     person releasing the data would.
 *
 * Usage: node scripts/build-variant.ts (npm run build:variant)
 */
import { EDITION_FILES } from './build-data.ts';
import { projectId } from './action-plan/records.ts';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot, runPipeline, STEPS } from './pipeline.ts';
import { refreshCopy } from './lib/workspace.ts';
import { contentVersion, UPDATES_FILE } from '../src/lib/files/datasets/version.ts';

/** Where the copy is built; its site is in `dist/` under it. */
export const variantDir = join(projectRoot, '.build', 'variant');
export const variantDist = join(variantDir, 'dist');

/** A reserved name (RFC 2606), so the test address can never be a real site. */
export const VARIANT_ADDRESS = 'https://kumamoto-plans.example';

/** The operator and contact of the copy: a test name and a mailbox at the reserved domain (RFC 2606). */
export const VARIANT_OPERATOR = '計画エクスプローラー試験運営者';
export const VARIANT_CONTACT = 'contact@kumamoto-plans.example';

/**
 * The copy's entry in content/updates.json, for whatever version its data has, dated as the newest real entry: a
 * later date would be a day no one released anything (and could be after the build), an earlier one out of order.
 */
export const VARIANT_UPDATE = {
  changes: {
    ja: '試験用の令和7年度の計画を加えました。',
    easy: '試しに、2025年度の計画を入れました。',
    en: 'A test plan for FY2025 added.',
  },
};

/** The FY2025 test plan, registered only in the copy. */
export const FIXTURE = 'tests/fixtures/fy2025';
export const FIXTURE_ENTRY = {
  id: 'fy2025',
  fiscalYear: { gregorian: 2025, era: '令和', eraYear: 7 },
  source: `${FIXTURE}/source.txt`,
  curated: `${FIXTURE}/curated.json`,
  published: '2025-06',
  draft: true,
};

/** Markup that would run or load something if a page printed it unescaped. */
export const PAYLOAD = `<script>window.__xss=1</script>"><img src=x onerror="window.__xss=2">`;
/** The title the payload goes into, as printed, and as it becomes. */
export const PAYLOAD_TITLE = '空き家の除却やリフォーム補助等による空き家を減らす取組';
export const PAYLOAD_TITLE_WITH_MARKUP = `空き家の除却${PAYLOAD}やリフォーム補助等による空き家を減らす取組`;
/** The title's line in the FY2024 source (1168) and in the fixture (1159), read by hand. */
const PAYLOAD_LINES = [
  { file: 'content/sources/000_dbb0204a5abc5e36.txt', line: 1168 },
  { file: `${FIXTURE}/source.txt`, line: 1159 },
];

interface Setting {
  name: string;
  /** Environment variables for the build. */
  env?: Record<string, string>;
  /** Changes the copy's files before the build. */
  apply?: (dir: string) => void;
  /** Changes the copy's files once the data is built (scripts/build-data.ts), before the site is. */
  afterData?: (dir: string) => void;
}

export const SETTINGS: readonly Setting[] = [
  {
    name: 'public-address',
    env: { SITE_URL: VARIANT_ADDRESS, SITE_OPERATOR: VARIANT_OPERATOR, SITE_CONTACT: VARIANT_CONTACT },
  },
  {
    name: 'second-plan',
    apply: (dir) => {
      cpSync(join(projectRoot, FIXTURE), join(dir, FIXTURE), { recursive: true });
      const file = join(dir, 'content/plans.json');
      const registry = JSON.parse(readFileSync(file, 'utf8')) as object[];
      registry.push(FIXTURE_ENTRY);
      writeFileSync(file, JSON.stringify(registry, null, 2) + '\n');
    },
  },
  {
    name: 'markup-title',
    apply: (dir) => {
      for (const { file, line } of PAYLOAD_LINES) {
        const path = join(dir, file);
        const lines = readFileSync(path, 'utf8').split('\n');
        if (lines[line - 1] !== PAYLOAD_TITLE)
          throw new Error(`${file}:${line} is not 「${PAYLOAD_TITLE}」; update PAYLOAD_LINES in build-variant.ts`);
        lines[line - 1] = PAYLOAD_TITLE_WITH_MARKUP;
        writeFileSync(path, lines.join('\n'));
      }
      // The translated editions record the Japanese title they translate (scripts/editions/check.ts): the copy's
      // curated files follow the changed title and the ID it gives, as a person updating them would.
      for (const file of EDITION_FILES) {
        const path = join(dir, file);
        const text = readFileSync(path, 'utf8');
        const before = `"id": "project:${projectId(PAYLOAD_TITLE)}",\n      "jaTitle": ${JSON.stringify(PAYLOAD_TITLE)},`;
        if (!text.includes(before))
          throw new Error(`${file} has no record of 「${PAYLOAD_TITLE}」; update build-variant.ts`);
        const after = `"id": "project:${projectId(PAYLOAD_TITLE_WITH_MARKUP)}",\n      "jaTitle": ${JSON.stringify(PAYLOAD_TITLE_WITH_MARKUP)},`;
        writeFileSync(path, text.replace(before, after));
      }
    },
  },
  {
    name: 'data-update',
    afterData: (dir) => {
      const file = join(dir, UPDATES_FILE);
      const updates = JSON.parse(readFileSync(file, 'utf8')) as { date: string; [field: string]: unknown }[];
      const date = updates[0]!.date;
      updates.unshift({ date, version: contentVersion(dir), changes: VARIANT_UPDATE.changes });
      writeFileSync(file, JSON.stringify(updates, null, 2) + '\n');
    },
  },
];

/** Copies the project into .build/variant/ (keeping the copy's build caches), applies every setting and builds it. */
export function buildVariant(): Record<(typeof STEPS)[number]['name'], number> {
  // tests/: where second-plan puts the fixture.
  refreshCopy(variantDir, { also: ['tests'] });
  const env: Record<string, string> = {};
  for (const setting of SETTINGS) {
    setting.apply?.(variantDir);
    Object.assign(env, setting.env);
  }
  return runPipeline(variantDir, {
    env,
    afterStep: (step) => {
      if (step === 'parse') for (const setting of SETTINGS) setting.afterData?.(variantDir);
    },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const seconds = buildVariant();
    console.log(
      `variant build (${SETTINGS.map((s) => s.name).join(', ')}) in ${variantDist}: ` +
        STEPS.map((s) => `${s.name} ${seconds[s.name].toFixed(1)} s`).join(', '),
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

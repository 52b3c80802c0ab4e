/**
 * The version of the published data and its date, cited on every record's page, on /data/ and in the zip's README.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { DataUpdates } from '../../../schemas/updates.ts';
import type { DataUpdate } from '../../../schemas/updates.ts';
import { siteUrl } from '../../config/site.ts';

/** The dated list of data updates, relative to the project root; written by a person, so it is not in the hash. */
export const UPDATES_FILE = 'content/updates.json';

export interface DataVersion {
  /** The first 12 hex digits of SHA-256 over every content JSON file but the updates list. */
  version: string;
  /** The date of this version's entry in content/updates.json (`YYYY-MM-DD`), or null: the data is unreleased. */
  date: string | null;
}

/**
 * The data version of a project's content/: SHA-256 over every JSON file under it (path and bytes, by path), so it
 * changes exactly when the data does. A new plan's folder is new files here, so it changes the version without a
 * list to update. The updates list is left out: adding the entry for a version must not change that version.
 */
export function contentVersion(root: string): string {
  const hash = createHash('sha256');
  const files = (readdirSync(join(root, 'content'), { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.json') && `content/${f}` !== UPDATES_FILE)
    .sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(root, 'content', file)));
  return hash.digest('hex').slice(0, 12);
}

/** The updates list of a project, validated; throws naming the file and the entry that is wrong. */
export function readUpdates(root: string): DataUpdate[] {
  const raw: unknown = JSON.parse(readFileSync(join(root, UPDATES_FILE), 'utf8'));
  const parsed = DataUpdates.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `${UPDATES_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(list)'}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/**
 * The date a version was released, from the updates list. Never a wrong date: a version without an entry has none.
 * A deploy build (one with the public address) must not publish unreleased data, so there it throws, saying what to
 * add; a local build (tests, a throwaway copy with changed content) gets null and the pages say the data is
 * unreleased.
 */
export function releaseDate(version: string, updates: readonly DataUpdate[], deploy: boolean): string | null {
  const entry = updates.find((u) => u.version === version);
  if (entry) return entry.date;
  if (deploy)
    throw new Error(
      `${UPDATES_FILE} has no entry for data version ${version}, and a deploy build (SITE_URL is set) must date its data: ` +
        `add one at the top, e.g. { "date": "YYYY-MM-DD", "version": "${version}", "changes": { "ja": "…", "easy": "…", "en": "…" } }`,
    );
  return null;
}

// Pages are rendered from the project root during the build.
const root = process.cwd();
let current: { version: DataVersion; updates: DataUpdate[] } | undefined;

function load(): { version: DataVersion; updates: DataUpdate[] } {
  // Once per build: every record page cites the version, and hashing the data per page would make the build
  // quadratic in the number of records.
  if (!current) {
    const version = contentVersion(root);
    const updates = readUpdates(root);
    current = { version: { version, date: releaseDate(version, updates, siteUrl() !== undefined) }, updates };
  }
  return current;
}

/** The version of the data this build publishes, and its release date (null when unreleased, in a local build). */
export const datasetVersion = (): DataVersion => load().version;

/** Every released data version, newest first, with what changed (/about/#updates). */
export const dataUpdates = (): readonly DataUpdate[] => load().updates;

/**
 * The version of the published data, cited on every record's page and in the zip's README.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Pages are rendered from the project root during the build.
const root = process.cwd();

/**
 * The dataset version: the first 12 hex digits of SHA-256 over every content JSON file, so it changes exactly when
 * the data does; and the date of the commit the site is built from (stable across rebuilds), if git knows it.
 */
let version: { version: string; date: string | null } | undefined;

export function datasetVersion(): { version: string; date: string | null } {
  // Once per build: every project and promise page cites it, and hashing the data or asking git per page would make
  // the build quadratic in the number of records.
  version ??= computeVersion();
  return version;
}

function computeVersion(): { version: string; date: string | null } {
  // Every JSON file under content/, by path: the registry, each plan's folder, the 2013 data, links and curated
  // decisions. A new plan's folder is new files here, so it changes the version without a list to update.
  const hash = createHash('sha256');
  const files = (readdirSync(join(root, 'content'), { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(root, 'content', file)));
  return { version: hash.digest('hex').slice(0, 12), date: commitDate() };
}

function commitDate(): string | null {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.trim() || null;
  } catch {
    // Not a git checkout (e.g. a source archive): the version alone identifies the data.
    return null;
  }
}
